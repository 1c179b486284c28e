/**
 * UPOS tagger
 * ===========
 *
 * Greedy left-to-right averaged perceptron (Collins 2002), features in the style of the
 * perceptron taggers of Ratnaparkhi / Honnibal: the word, its affixes and shape, the two
 * previous predicted tags, and the surrounding words.
 */
import { beginFeatures, featureCount, f0, f1, f2 } from './hash';
import {
  CLUSTER_FEATURES, F_CLUS1, F_CLUS2, F_FLAGS, F_FORM, F_LEX, F_LOWER, F_PRE1, F_PRE2, F_PRE3, F_SHAPE, F_SUF1, F_SUF2, F_SUF3, F_SUF4, PAD, STRIDE,
} from './features';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
export const N_TAGS = UPOS.length;
export const TAG_START = N_TAGS; // pseudo-tag before the sentence

export const MAX_TAGGER_FEATS = 64;

/**
 * Whether the tagger uses the context-case features (set from the model header, `taggerExtra`):
 * capitalization of the neighbours and the cased neighbouring words, which tell a name inside a
 * run of capitalized words from a common noun; with clusters, those of the next two words too.
 */
export let TAGGER_EXTRA = false;
export function setTaggerExtra(on: boolean): void {
  TAGGER_EXTRA = on;
}



/**
 * Features of token i (0-based) given the two previous tags. Returns the count written to `out`.
 */
export function taggerFeatures(a: Int32Array, i: number, p1: number, p2: number, out: Uint32Array): number {
  const o = (i + PAD) * STRIDE;
  const pm1 = o - STRIDE;
  const pm2 = o - 2 * STRIDE;
  const pp1 = o + STRIDE;
  const pp2 = o + 2 * STRIDE;
  beginFeatures(out, 0x9e3779b1);
  f0(0x1234567);
  f1(1, a[o + F_LOWER]);
  f1(2, a[o + F_FORM]);
  f1(3, a[o + F_SUF1]);
  f1(4, a[o + F_SUF2]);
  f1(5, a[o + F_SUF3]);
  f1(6, a[o + F_SUF4]);
  f1(7, a[o + F_PRE1]);
  f1(8, a[o + F_PRE2]);
  f1(9, a[o + F_PRE3]);
  f1(10, a[o + F_SHAPE]);
  f1(11, a[o + F_FLAGS]);
  f1(12, p1);
  f1(13, p2 * 64 + p1);
  f2(14, p1, a[o + F_LOWER]);
  f1(15, a[pm1 + F_LOWER]);
  f1(16, a[pm1 + F_SUF3]);
  f1(17, a[pm2 + F_LOWER]);
  f1(18, a[pp1 + F_LOWER]);
  f1(19, a[pp1 + F_SUF3]);
  f1(20, a[pp2 + F_LOWER]);
  f2(21, a[pm1 + F_LOWER], a[o + F_LOWER]);
  f2(22, a[o + F_LOWER], a[pp1 + F_LOWER]);
  f2(23, p1, a[o + F_SUF3]);
  f2(24, a[o + F_SHAPE], a[o + F_FLAGS]);
  f1(25, a[pp1 + F_SHAPE]);
  f1(26, a[pm1 + F_SHAPE]);
  f2(27, p1, a[pp1 + F_LOWER]);
  f1(28, a[pp1 + F_SUF2]);
  f1(29, a[o + F_LEX]);
  f2(30, a[o + F_LEX], a[o + F_SUF2]);
  f1(31, a[pp1 + F_LEX]);
  f1(32, a[pm1 + F_LEX]);
  if (CLUSTER_FEATURES) {
    f1(33, a[o + F_CLUS2]);
    f1(34, a[o + F_CLUS1]);
    f1(35, a[pp1 + F_CLUS2]);
    f1(36, a[pm1 + F_CLUS2]);
    f2(37, p1, a[o + F_CLUS2]);
    f2(38, a[o + F_CLUS2], a[o + F_SUF2]);
    f2(39, a[o + F_CLUS1], a[pp1 + F_CLUS1]);
  }
  if (TAGGER_EXTRA) {
    f1(40, a[pm1 + F_FLAGS] * 64 + a[o + F_FLAGS]);
    f1(41, a[o + F_FLAGS] * 64 + a[pp1 + F_FLAGS]);
    f1(42, a[pm1 + F_FORM]);
    f1(43, a[pp1 + F_FORM]);
    f2(44, p1, a[pp1 + F_SUF3]);
    f2(45, a[o + F_FLAGS], a[pp1 + F_LOWER]);
    if (CLUSTER_FEATURES) {
      f1(46, a[pp2 + F_CLUS2]);
      f2(47, a[pm1 + F_CLUS2], a[o + F_CLUS2]);
      f2(48, a[o + F_LOWER], a[pp1 + F_CLUS2]);
    }
  }
  return featureCount();
}

export interface Scorer {
  score(feats: Uint32Array, n: number, scores: Float64Array | Float32Array): void;
}

const featBuf = new Uint32Array(MAX_TAGGER_FEATS);
const scoreBuf = new Float64Array(N_TAGS);

/** Tags a sentence of n tokens (token features `a`), writing tag indices to `out`. */
export function tagSentence(model: Scorer, a: Int32Array, n: number, out: Int32Array): void {
  let p1 = TAG_START;
  let p2 = TAG_START;
  for (let i = 0; i < n; i++) {
    const nf = taggerFeatures(a, i, p1, p2, featBuf);
    model.score(featBuf, nf, scoreBuf);
    let best = 0;
    for (let c = 1; c < N_TAGS; c++) if (scoreBuf[c] > scoreBuf[best]) best = c;
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}

/**
 * Second pass: the first-pass features plus the first-pass tags of the token itself and of the
 * two tokens to its right (right context the left-to-right pass could not see).
 */
export function tagger2Features(a: Int32Array, i: number, p1: number, p2: number, first: Int32Array, n: number, out: Uint32Array): number {
  let k = taggerFeatures(a, i, p1, p2, out);
  const o = (i + PAD) * STRIDE;
  const t0 = first[i];
  const r1 = i + 1 < n ? first[i + 1] : TAG_START + 1;
  const r2 = i + 2 < n ? first[i + 2] : TAG_START + 1;
  beginFeatures(out, 0x85ebca77, k);
  const g = (t: number, v: number) => f1(t + 100, v);
  const g2 = (t: number, v: number, w: number) => f2(t + 100, v, w);
  g(1, t0);
  g(2, r1);
  g(3, r2 * 64 + r1);
  g2(4, r1, a[o + F_LOWER]);
  g2(5, p1 * 64 + r1, t0);
  g2(6, t0, a[o + F_SUF3]);
  g2(7, r1, a[o + F_SHAPE]);
  g2(8, t0 * 64 + r1, a[o + F_LEX]);
  g2(9, p1, r1);
  return featureCount();
}

/** Second-pass tagging over first-pass tags `first`, writing to `out`. */
export function tagSentence2(model: Scorer, a: Int32Array, n: number, first: Int32Array, out: Int32Array): void {
  let p1 = TAG_START;
  let p2 = TAG_START;
  for (let i = 0; i < n; i++) {
    const nf = tagger2Features(a, i, p1, p2, first, n, featBuf);
    model.score(featBuf, nf, scoreBuf);
    let best = 0;
    for (let c = 1; c < N_TAGS; c++) if (scoreBuf[c] > scoreBuf[best]) best = c;
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}
