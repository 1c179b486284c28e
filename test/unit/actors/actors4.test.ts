/**
 * Actor resolution on invented sentences (session 5, actor side of issue 10): each case names the
 * mechanism it covers and fails when that mechanism stops resolving the actor.
 */
import { triples } from '../extract/helpers';

describe('partitive nouns split by the tokenizer (statements/actor-partitive)', () => {
  it('reads "a cross-section of MPs" as the MPs', () => {
    expect(triples('A cross-section of French MPs condemned Italy on Monday.')).toContain('French MPs|CRITICIZE|Italy');
  });
});
