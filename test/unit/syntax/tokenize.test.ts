/** Tokenizer: UD English (EWT) conventions, and offsets into the original text. */
import { tokenize } from '../../../src/syntax/index';

function forms(text: string): string[] {
  return tokenize(text).map((t) => t.form);
}

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the original text, plus the offset argument', () => {
    const text = '\u201cWe won\u2019t yield,\u201d said Mr. O\u2019Brien \u2014 at 3 p.m. \ud83d\ude00 Costs: $1,000.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.form);
    const shifted = tokenize(text, 100);
    expect(shifted.map((t) => t.start - 100)).toEqual(toks.map((t) => t.start));
    expect(forms(text)).toEqual(['\u201c', 'We', 'wo', 'n\u2019t', 'yield', ',', '\u201d', 'said', 'Mr.', 'O\u2019Brien', '\u2014', 'at', '3', 'p.m.', '\ud83d\ude00', 'Costs', ':', '$', '1,000', '.']);
  });

  it('splits clitics as EWT does', () => {
    expect(forms("I don't think they can't, won't or cannot; it's ours and we're sure I'll go.")).toEqual([
      'I', 'do', "n't", 'think', 'they', 'ca', "n't", ',', 'wo', "n't", 'or', 'can', 'not', ';', 'it', "'s", 'ours', 'and', 'we', "'re", 'sure', 'I', "'ll", 'go', '.',
    ]);
    expect(forms("The boys' club and the minister's plan")).toEqual(['The', 'boys', "'", 'club', 'and', 'the', 'minister', "'s", 'plan']);
  });

  it('reads words that are names of object properties as words ("constructor" once threw)', () => {
    expect(forms('The constructor, toString and __proto__ cannot fail.')).toEqual(['The', 'constructor', ',', 'toString', 'and', '__proto__', 'can', 'not', 'fail', '.']);
  });

  it('keeps abbreviations, initials and numbers whole', () => {
    expect(forms('Gen. J. Smith of the U.S. said 3.5% of 1,000 e.g. rose at 10:30 a.m. in Washington, D.C.')).toEqual([
      'Gen.', 'J.', 'Smith', 'of', 'the', 'U.S.', 'said', '3.5', '%', 'of', '1,000', 'e.g.', 'rose', 'at', '10:30', 'a.m.', 'in', 'Washington', ',', 'D.C.',
    ]);
  });

  it('splits a sentence-final period but not the period of an abbreviation inside', () => {
    expect(forms('He left. Mr. Doe stayed.')).toEqual(['He', 'left', '.', 'Mr.', 'Doe', 'stayed', '.']);
  });

  it('separates quotes, dashes and ellipses', () => {
    expect(forms('"No," she said -- and then\u2026 "never..."')).toEqual(['"', 'No', ',', '"', 'she', 'said', '--', 'and', 'then', '\u2026', '"', 'never', '...', '"']);
    expect(forms('peace\u2014or war')).toEqual(['peace', '\u2014', 'or', 'war']);
  });

  it('splits hyphens between words but keeps prefixed words, as in EWT', () => {
    expect(forms('a 15-year-old e-mail from a non-profit co-founder')).toEqual(['a', '15', '-', 'year', '-', 'old', 'e-mail', 'from', 'a', 'non-profit', 'co-founder']);
  });

  it('keeps URLs and e-mail addresses whole', () => {
    expect(forms('See https://example.org/a?b=1, or mail info@example.org.')).toEqual(['See', 'https://example.org/a?b=1', ',', 'or', 'mail', 'info@example.org', '.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n ')).toEqual([]);
  });
});

describe('tokenize: abbreviations that are also words', () => {
  it('keeps "No." before a number, splits "no." at the end of a sentence', () => {
    expect(forms('He lives at No. 10 and said no.')).toEqual(['He', 'lives', 'at', 'No.', '10', 'and', 'said', 'no', '.']);
  });
});
