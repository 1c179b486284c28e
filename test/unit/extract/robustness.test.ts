import fc from 'fast-check';
import { extract } from './helpers';

describe('extractDocument on arbitrary text', () => {
  it('never throws and always returns well-formed records', () => {
    const pieces = fc.constantFrom('Russia', 'the US', 'said', 'condemned', '"', '“', '”', ',', '.', ':', '(', ')', 'He', 'we', 'Seoul',
      'President', 'Jean Dupont', 'of', 'the', 'and', '\n', '\u00a0', '—', 'not', 'would', 'urged', 'to', 'On September 31', "'s", '\uFFFD');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(pieces, { maxLength: 80 }).map((a) => a.join(' '))), (text) => {
        const out = extract(text);
        for (const s of out) {
          expect(typeof s.actor.name).toBe('string');
          expect(typeof s.target.name).toBe('string');
          expect(s.actor.id).not.toBe(s.target.id);
          expect([-1, 0, 1]).toContain(s.polarity);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('handles an empty text and a very long line without sentence breaks', () => {
    expect(extract('')).toEqual([]);
    const long = 'word '.repeat(200_000);
    expect(extract(long)).toEqual([]);
  });
});
