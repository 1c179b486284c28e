/**
 * Sentences and tokens
 * ====================
 *
 * A fast splitter that keeps UTF-16 offsets into the original text: paragraphs are split on line
 * breaks, sentences on terminal punctuation followed by a capital or an opening quote, with
 * abbreviations and initials ("Gen.", "U.S.", "John Q. Public") kept inside. Curly quotes,
 * dashes and non-breaking spaces are folded to plain forms by `normalize`, which keeps the length,
 * so offsets stay valid.
 */
import type { Sentence, Span } from '../types';

/** Same-length normalization: curly quotes → straight, NBSP and odd spaces → space. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n',
  'e.u', 'd.c', 'a.m', 'p.m', 'mt', 'ft', 'pres', 'amb',
]);

/** Longer sentences are cut at white space. */
export const MAX_SENTENCE_CHARS = 5000;

/** Splits `text` into sentences with offsets. `doc` is copied onto each sentence. */
export function splitSentences(doc: string, text: string): Sentence[] {
  const norm = normalize(text);
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(norm[start])) start++;
    while (end > start && /\s/.test(norm[end - 1])) end--;
    // A run-on "sentence" (a table, a dump without punctuation) is cut at white space so that
    // memory per sentence stays bounded.
    while (end - start > MAX_SENTENCE_CHARS) {
      let cut = norm.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      if (cut <= start) cut = start + MAX_SENTENCE_CHARS;
      out.push({ doc, index: out.length, span: { start, end: cut }, text: text.slice(start, cut) });
      start = cut;
      while (start < end && /\s/.test(norm[start])) start++;
    }
    if (end > start) out.push({ doc, index: out.length, span: { start, end }, text: text.slice(start, end) });
  };
  const paraRe = /[^\n]+/g;
  let para: RegExpExecArray | null;
  while ((para = paraRe.exec(norm))) {
    const pStart = para.index;
    const pText = para[0];
    let sStart = 0;
    // Candidate boundaries: . ! ? or … optionally followed by closing quotes/brackets, then space.
    const re = /([.!?…]+)(["')\]]*)(\s+)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(pText))) {
      const endPunct = m.index + m[1].length + m[2].length;
      const next = pText.slice(m.index + m[0].length);
      if (!/^["'(\[]?[\p{Lu}\p{N}]/u.test(next)) continue;
      if (m[1] === '.' && !m[2]) {
        const before = pText.slice(0, m.index);
        const word = (before.match(/([\p{L}.]+)$/u)?.[1] ?? '').toLowerCase();
        if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
        // An initial ("M." in "John Q. Public") or a dotted abbreviation ("U.S.") is no boundary.
        if (/(^|\s)\p{Lu}$/u.test(before) || /\p{L}\.\p{L}$/u.test(before)) continue;
      }
      push(pStart + sStart, pStart + endPunct);
      sStart = m.index + m[0].length;
    }
    push(pStart + sStart, pStart + pText.length);
  }
  return out;
}

export interface Token {
  /** Text as written (normalized quotes). */
  text: string;
  /** Lower-case form. */
  lower: string;
  span: Span;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** No white space between this token and the previous one. */
  joined: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:\.(?=\p{L}\.))?(?:\p{L}\.)*|'s\b|[^\s\p{L}\p{N}]/gu;

/** Tokens of a plain string, offsets relative to it. Shared by the lexicon loader and `tokenize`. */
export function tokenizeString(s: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = re.exec(s))) {
    const t = m[0];
    const tokStart = offset + m.index;
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      span: { start: tokStart, end: tokStart + t.length },
      cap: /^\p{Lu}/u.test(t),
      word: /^[\p{L}\p{N}]/u.test(t),
      joined: m.index === prevEnd,
    });
    prevEnd = m.index + t.length;
  }
  return tokens;
}

/** Words, "'s", and single punctuation marks of a sentence, with document offsets. */
export function tokenize(sentence: Sentence, norm: string): Token[] {
  return tokenizeString(norm.slice(sentence.span.start, sentence.span.end), sentence.span.start);
}
