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
    // two apostrophes are a double quotation mark in some newspaper archives (''Yes,'' he said): one
    // mark, the other character a space on its outer side, so that offsets stay where they were
    .replace(/''(?=[\p{L}\p{N}$])/gu, ' "')
    .replace(/''/g, '" ')
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
  // plural titles before names ("Sens. Erik Lund and Anna Novak") and other titles of address
  'sens', 'reps', 'govs', 'gens', 'messrs', 'rev', 'hon', 'cmdr', 'supt',
]);

/**
 * Longer "sentences" (a table, a dump without punctuation, a page with its full stops lost) are
 * cut at white space, so that one sentence, and one statement record carrying it, stays small.
 * Real sentences in news are far shorter (the longest in the dev gold is under 600 characters).
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Look-back window for the word before a full stop: no abbreviation or initial is longer. */
const LOOK_BACK = 64;
const TERMINAL = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", ')', ']']);
const SPACE_RE = /\s/;
const NEXT_RE = /^["'(\[]?[\p{Lu}\p{N}]/u;
const WORD_BEFORE_RE = /([\p{L}.]+)$/u;
const INITIAL_RE = /\s\p{Lu}$/u;
const INITIAL_AT_START_RE = /(^|\s)\p{Lu}$/u;
const DOTTED_RE = /\p{L}\.\p{L}$/u;

/**
 * Splits `text` into sentences with offsets. `doc` is copied onto each sentence.
 *
 * Linear in the length of the text: every character is looked at a bounded number of times (the
 * scan for boundaries moves forward only; the checks around a candidate boundary look at a window
 * of at most LOOK_BACK characters before it and one token after it).
 */
export function splitSentences(doc: string, text: string): Sentence[] {
  const norm = normalize(text);
  const n = norm.length;
  const out: Sentence[] = [];
  const isSpace = (i: number) => SPACE_RE.test(norm[i]);
  const push = (start: number, end: number) => {
    while (start < end && isSpace(start)) start++;
    while (end > start && isSpace(end - 1)) end--;
    // A run-on "sentence" is cut at white space so that memory per sentence stays bounded.
    while (end - start > MAX_SENTENCE_CHARS) {
      let cut = norm.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      if (cut <= start) cut = start + MAX_SENTENCE_CHARS;
      // never cut a surrogate pair in two
      const code = norm.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut++;
      out.push({ doc, index: out.length, span: { start, end: cut }, text: text.slice(start, cut) });
      start = cut;
      while (start < end && isSpace(start)) start++;
    }
    if (end > start) out.push({ doc, index: out.length, span: { start, end }, text: text.slice(start, end) });
  };
  let pStart = 0;
  while (pStart < n) {
    // Paragraphs: runs of characters other than a line break.
    let pEnd = norm.indexOf('\n', pStart);
    if (pEnd < 0) pEnd = n;
    if (pEnd > pStart) splitParagraph(norm, pStart, pEnd, push);
    pStart = pEnd + 1;
  }
  return out;
}

/**
 * Candidate boundaries in norm[from, to): one or more of . ! ? …, optional closing quotes or
 * brackets, then white space, then (optionally an opening quote or bracket and) a capital or digit.
 * After a single "." without closer, abbreviations ("Gen."), initials ("John Q. Public") and dotted
 * abbreviations ("U.S.") are no boundary.
 */
function splitParagraph(norm: string, from: number, to: number, push: (start: number, end: number) => void): void {
  let sStart = from;
  let i = from;
  while (i < to) {
    if (!TERMINAL.has(norm[i])) { i++; continue; }
    const punctStart = i;
    while (i < to && TERMINAL.has(norm[i])) i++;
    const punctEnd = i;
    let j = i;
    while (j < to && CLOSERS.has(norm[j])) j++;
    const endPunct = j;
    if (j >= to || !SPACE_RE.test(norm[j])) { i = Math.max(i, punctEnd); continue; }
    while (j < to && SPACE_RE.test(norm[j])) j++;
    const nextStart = j;
    i = nextStart;
    if (nextStart >= to || !NEXT_RE.test(norm.slice(nextStart, Math.min(to, nextStart + 3)))) continue;
    if (punctEnd - punctStart === 1 && norm[punctStart] === '.' && endPunct === punctEnd) {
      const windowStart = Math.max(from, punctStart - LOOK_BACK);
      const before = norm.slice(windowStart, punctStart);
      const word = (WORD_BEFORE_RE.exec(before)?.[1] ?? '').toLowerCase();
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) continue;
      if ((windowStart === from ? INITIAL_AT_START_RE : INITIAL_RE).test(before) || DOTTED_RE.test(before)) continue;
    }
    push(sStart, endPunct);
    sStart = nextStart;
  }
  push(sStart, to);
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
