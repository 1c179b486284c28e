/**
 * Actor resolution on invented sentences (session 5, round 2, actor side of issue 10): each case names the
 * mechanism it covers and fails when that mechanism stops resolving the actor.
 */
import { extract, mentions as allMentions } from '../extract/helpers';

/** Every named mention of the text: "text → name (kind, country)". */
const mentions = (text: string): string[] => allMentions(text, true);

/** "actor (kind, country)|TYPE|target" of each statement. */
function actors(text: string): string[] {
  return extract(text).map((s) => `${s.actor.name} (${s.actor.kind}, ${s.actor.country ?? '-'})|${s.type}|${s.target.name}`);
}

describe('national institutions (src/data/national-institutions.tsv)', () => {
  it('makes "the Pentagon" an organization of its state, not a person', () => {
    expect(actors('The Pentagon condemned Italy on Monday.')).toContain('Pentagon (organization, United States)|CRITICIZE|Italy');
  });
  it('gives the state to a person whose title names the institution', () => {
    expect(actors('State Department spokesman Jan Novak criticized Italy on Monday.')).toContain('Jan Novak (person, United States)|CRITICIZE|Italy');
  });
  it('keeps a title that begins with an institution whole, with its state ("Treasury Secretary X")', () => {
    const roles = extract('Treasury Secretary Ana Dupont condemned Italy on Monday.').map((x) => `${x.actor.name}:${x.actor.role}:${x.actor.country}`);
    expect(roles).toContain('Ana Dupont:Treasury Secretary:United States');
  });
  it('resolves "the Fed" and "the Federal Reserve" to one organization', () => {
    const m = mentions('The Fed criticized Italy. The Federal Reserve praised Spain.');
    expect(m).toContain('Fed → Fed (organization, USA)');
    expect(m).toContain('Federal Reserve → Fed (organization, USA)');
  });
});

describe('a plural title before conjoined names (actors/plural-title)', () => {
  it('gives "Senators" to both names, and neither keeps the title in its name', () => {
    const m = mentions('Senators Mark Wexler and Tom Brandt condemned Italy on Monday.');
    expect(m).toContain('Mark Wexler → Mark Wexler (person, -)');
    expect(m).toContain('Tom Brandt → Tom Brandt (person, -)');
    const roles = extract('Senators Mark Wexler and Tom Brandt condemned Italy on Monday.').map((s) => `${s.actor.name}:${s.actor.role}`);
    expect(roles).toEqual(expect.arrayContaining(['Mark Wexler:Senator', 'Tom Brandt:Senator']));
  });
  it('leaves a party plural alone ("Republicans said")', () => {
    expect(extract('Republicans condemned Italy on Monday.').map((s) => s.actor.name)).toContain('Republicans');
  });
});

describe('the unnamed voice of a named organization (statements/actor-voice-of)', () => {
  it('reads "the representative of the French Foreign Ministry" as the ministry, not an earlier official', () => {
    const text = 'Deputy Foreign Minister Jan Novak met Italian officials. The representative of the French Foreign Ministry criticized Russia.';
    const got = extract(text).map((s) => `${s.actor.name}|${s.type}|${s.target.name}`);
    expect(got).toContain('French Foreign Ministry|CRITICIZE|Russia');
    expect(got).not.toContain('Jan Novak|CRITICIZE|Russia');
  });
});

describe('a state\'s capitalized Government (actors/state-government)', () => {
  it('reads "the French Government" as France, as "the French government" is', () => {
    expect(mentions('The French Government condemned Russia on Monday.')).toContain('French Government → France (country, FRA)');
  });
});

describe('an international body named as the text first names it (actors/international-body)', () => {
  it('keeps one actor for "the IMF" and "the International Monetary Fund", shown as first written', () => {
    const m = mentions('The IMF criticized Italy on Monday. The International Monetary Fund praised Spain.');
    expect(m).toContain('IMF → IMF (organization, -)');
    expect(m).toContain('International Monetary Fund → IMF (organization, -)');
  });
});
