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
/** Word cluster of the normalized form, coarse and fine partition (clusters.ts); CLUSTER_NONE if unknown. */
export const F_CLUS1 = 12;
export const F_CLUS2 = 13;
export const STRIDE = 14;

export const CLUSTER_NONE = -1;
/** Whether the tagger, parser and labeller use the word-cluster features (set from the model header). */
export let CLUSTER_FEATURES = false;
export function setClusterFeatures(on: boolean): void {
  CLUSTER_FEATURES = on;
}
export const CLUSTER_PAD = -2;

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

/** normForm without lower-casing (the key of a cased cluster table): digits folded, quotes straightened. */
export function casedForm(s: string): string {
  let l = s;
  if (/\d/.test(l)) l = l.replace(/\d/g, '0');
  return l.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

export type LexiconFn = ((lower: string) => string | undefined) | null;
/**
 * Cluster ids of a case-kept form (casedForm) in the coarse and fine partitions, or undefined;
 * `fallback` allows the lower-cased form when the cased one is unknown (clusters.ts).
 */
export type ClusterFn = ((cased: string, fallback?: boolean) => readonly [number, number] | undefined) | null;

// Per-form features (all but the sentence-initial flag) are cached: news repeats its words, and
// hashing nine affixes, the shape and two lexicon look-ups per token is a tenth of parsing time.
const CACHE_MAX = 100_000;
let cache = new Map<string, Int32Array>();
let cacheLexicon: LexiconFn = null;
let cacheClusters: ClusterFn = null;

function formFeatures(f: string, lexicon: LexiconFn, clusters: ClusterFn): Int32Array {
  if (lexicon !== cacheLexicon || clusters !== cacheClusters || cache.size >= CACHE_MAX) {
    cache = new Map();
    cacheLexicon = lexicon;
    cacheClusters = clusters;
  }
  let r = cache.get(f);
  if (r) return r;
  r = new Int32Array(STRIDE);
  const l = normForm(f);
  r[F_FORM] = hashString(f);
  r[F_LOWER] = hashString(l);
  r[F_SUF1] = hashString(l.slice(-1));
  r[F_SUF2] = hashString(l.slice(-2));
  r[F_SUF3] = hashString(l.slice(-3));
  r[F_SUF4] = hashString(l.slice(-4));
  r[F_PRE1] = hashString(l.slice(0, 1));
  r[F_PRE2] = hashString(l.slice(0, 2));
  r[F_PRE3] = hashString(l.slice(0, 3));
  r[F_SHAPE] = hashString(shape(f));
  r[F_LEX] = lexicon ? hashString(lexicon(f.toLowerCase()) ?? '') : 0;
  const cap = /^\p{Lu}/u.test(f) ? 1 : 0;
  const hyph = f.includes('-') && f.length > 1 ? 4 : 0;
  const digit = /\d/.test(f) ? 8 : 0;
  const allcap = cap && f.length > 1 && !/\p{Ll}/u.test(f) ? 16 : 0;
  r[F_FLAGS] = cap | hyph | digit | allcap;
  const c = clusters ? clusters(casedForm(f)) : undefined;
  r[F_CLUS1] = c ? c[0] : CLUSTER_NONE;
  r[F_CLUS2] = c ? c[1] : CLUSTER_NONE;
  cache.set(f, r);
  return r;
}

/** Flat Int32Array of STRIDE values per token, with PAD positions of padding each side. */
export function tokenFeatures(forms: string[], lexicon: LexiconFn = null, clusters: ClusterFn = null): Int32Array {
  const n = forms.length;
  const a = new Int32Array((n + 2 * PAD) * STRIDE);
  for (let p = 0; p < PAD; p++) {
    a.fill(START, p * STRIDE, (p + 1) * STRIDE);
    a.fill(END, (n + PAD + p) * STRIDE, (n + PAD + p + 1) * STRIDE);
    a[p * STRIDE + F_CLUS1] = a[p * STRIDE + F_CLUS2] = CLUSTER_PAD;
    a[(n + PAD + p) * STRIDE + F_CLUS1] = a[(n + PAD + p) * STRIDE + F_CLUS2] = CLUSTER_PAD - 1;
  }
  for (let i = 0; i < n; i++) {
    const o = (i + PAD) * STRIDE;
    a.set(formFeatures(forms[i], lexicon, clusters), o);
    if (i === 0) {
      a[o + F_FLAGS] |= 2;
      // a sentence-initial capital says nothing: a word unknown in its cased form takes the
      // clusters of its lower case ("Officials" opening a sentence as "officials")
      if (clusters && a[o + F_CLUS1] === CLUSTER_NONE) {
        const c = clusters(casedForm(forms[i]), true);
        if (c) {
          a[o + F_CLUS1] = c[0];
          a[o + F_CLUS2] = c[1];
        }
      }
    }
  }
  return a;
}
