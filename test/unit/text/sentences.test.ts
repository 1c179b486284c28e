/**
 * The sentence splitter: boundaries, offsets, the cap on run-on "sentences", and inputs that made
 * the quadratic splitter it replaced take minutes (a 5 MB article without a line break; long runs
 * of full stops and abbreviations) split completely. Time per MB is measured in bench/sentences.mjs,
 * not asserted here: a wall-clock bound fails on a loaded machine and proves nothing on a fast one.
 */
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/text/sentences';

const ARTICLE =
  'Gen. Smith met U.S. officials on Monday. John Q. Public said "it was fine." ' +
  'The talks ended at 5 p.m. Nobody knew why! Was it over? "Yes," he said… It was.';

describe('splitSentences', () => {
  it('splits on terminal punctuation before a capital, not after abbreviations and initials', () => {
    const s = splitSentences('d', ARTICLE).map((x) => x.text);
    expect(s).toEqual([
      'Gen. Smith met U.S. officials on Monday.',
      'John Q. Public said "it was fine."',
      'The talks ended at 5 p.m. Nobody knew why!',
      'Was it over?',
      '"Yes," he said…',
      'It was.',
    ]);
  });

  it('keeps offsets into the original text, across curly quotes and paragraphs', () => {
    const text = '\u201CWe object,\u201D she said. Then she left.\n\nA new paragraph starts here.';
    const s = splitSentences('doc', text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
    for (const x of s) {
      expect(x.doc).toBe('doc');
      expect(text.slice(x.span.start, x.span.end)).toBe(x.text);
    }
    expect(s[2].text).toBe('A new paragraph starts here.');
  });

  it('cuts a run-on "sentence" at white space so that no sentence exceeds the cap', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const s = splitSentences('d', words);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // nothing lost: the pieces are the words, in order
    expect(s.map((x) => x.text).join(' ')).toBe(words);
  });

  it('cuts text without any white space too', () => {
    const s = splitSentences('d', 'x'.repeat(MAX_SENTENCE_CHARS * 3 + 5));
    expect(s.map((x) => x.text.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
  });

  it('splits a 5 MB article with no line break into every sentence', () => {
    const unit = 'The minister criticized the U.S. decision on Monday. Gen. Park said "we will respond." ';
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const s = splitSentences('d', text);
    expect(s.length).toBe(2 * Math.ceil((5 * 1024 * 1024) / unit.length));
    expect(s.at(-1)!.span.end).toBe(text.trimEnd().length);
  });

  it('splits long runs of punctuation and of abbreviations to the end', () => {
    const dots = `${'.'.repeat(2_000_000)} End. ${'Mr. '.repeat(200_000)}Done.`;
    const s = splitSentences('d', dots);
    expect(s.at(-1)!.text.endsWith('Done.')).toBe(true);
  });
});
