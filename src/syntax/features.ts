/**
 * Per-token word features
 * =======================
 *
 * Every token is hashed once into a fixed record of integers (form, lower-case form, affixes,
 * shape, lexicon class). Tagger and parser features then only mix integers.
 */
import { hashString } from './hash';

export const F_FORM = 0;
export const F_LOWER = 1;
export const F_SUF1 = 2;
export const F_SUF2 = 3;
export const F_SUF3 = 4;
export const F_SUF4 = 5;
export const F_PRE1 = 6;
export const F_PRE2 = 7;
export const F_PRE3 = 8;
export const F_SHAPE = 9;
export const F_LEX = 10;
export const F_FLAGS = 11;
export const STRIDE = 12;

/** Padding positions on each side of a sentence. */
export const PAD = 2;

const START = hashString('<s>');
const END = hashString('</s>');

/** Word shape with runs collapsed: "McCain" → "XxXx", "1,000" → "d,d", "U.S." → "X.X.". */
export function shape(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** Normalizes a form for the lower-case feature: digits folded, curly quotes straightened. */
export function normForm(s: string): string {
  let l = s.toLowerCase();
  if (/\d/.test(l)) l = l.replace(/\d/g, '0');
  return l.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

export type LexiconFn = ((lower: string) => string | undefined) | null;

/** Flat Int32Array of STRIDE values per token, with PAD positions of padding each side. */
export function tokenFeatures(forms: string[], lexicon: LexiconFn = null): Int32Array {
  const n = forms.length;
  const a = new Int32Array((n + 2 * PAD) * STRIDE);
  for (let p = 0; p < PAD; p++) {
    a.fill(START, p * STRIDE, (p + 1) * STRIDE);
    a.fill(END, (n + PAD + p) * STRIDE, (n + PAD + p + 1) * STRIDE);
  }
  for (let i = 0; i < n; i++) {
    const f = forms[i];
    const l = normForm(f);
    const o = (i + PAD) * STRIDE;
    a[o + F_FORM] = hashString(f);
    a[o + F_LOWER] = hashString(l);
    a[o + F_SUF1] = hashString(l.slice(-1));
    a[o + F_SUF2] = hashString(l.slice(-2));
    a[o + F_SUF3] = hashString(l.slice(-3));
    a[o + F_SUF4] = hashString(l.slice(-4));
    a[o + F_PRE1] = hashString(l.slice(0, 1));
    a[o + F_PRE2] = hashString(l.slice(0, 2));
    a[o + F_PRE3] = hashString(l.slice(0, 3));
    a[o + F_SHAPE] = hashString(shape(f));
    a[o + F_LEX] = lexicon ? hashString(lexicon(f.toLowerCase()) ?? '') : 0;
    const cap = /^\p{Lu}/u.test(f) ? 1 : 0;
    const first = i === 0 ? 2 : 0;
    const hyph = f.includes('-') && f.length > 1 ? 4 : 0;
    const digit = /\d/.test(f) ? 8 : 0;
    const allcap = cap && f.length > 1 && !/\p{Ll}/u.test(f) ? 16 : 0;
    a[o + F_FLAGS] = cap | first | hyph | digit | allcap;
  }
  return a;
}
