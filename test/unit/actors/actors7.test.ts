/**
 * Actor resolution on invented sentences (session 7, actor side of issue 10): each case names the
 * mechanism it covers and fails when that mechanism stops working.
 */
import { extract } from '../extract/helpers';

/** "actor|TYPE|target" of each statement. */
const triples = (text: string): string[] => extract(text).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);

describe('a body from coordinated states speaks for each (statements/actor-affiliation)', () => {
  it('distributes "the envoys of X and Y" over both states', () => {
    const t = triples('The envoys of Norway and Sweden have criticized Iran over the tests.');
    expect(t).toContain('Norway|CRITICIZE|Iran');
    expect(t).toContain('Sweden|CRITICIZE|Iran');
  });
});
