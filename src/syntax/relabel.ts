/**
 * Relabeller
 * ==========
 *
 * A second labelling pass over the finished tree. The parser labels an arc when it makes it,
 * before the dependent's right children exist; here every arc is relabelled seeing the whole
 * tree: the labels and words of the dependent's children (both sides), the head's other
 * children, the head's own relation, and the punctuation between head and dependent.
 * Trained on gold trees (predicted tags); labels of neighbouring arcs come from the first pass
 * at prediction time.
 */
import { beginFeatures, featureCount, f1, f2, f3, mix } from './hash';
import { F_LOWER, F_SUF3, PAD, STRIDE } from './features';
import type { Scorer } from './tagger';

export const MAX_RELABEL_FEATS = 48;
const PUNCT_TAG = 12;

export interface Tree {
  n: number;
  words: Int32Array;
  tags: Int32Array; // 0..n-1
  heads: Int32Array; // 1..n
  labels: Int32Array; // 1..n, label indices (0 = root)
}

export interface TreeIndex {
  lsetLo: Int32Array;
  lsetHi: Int32Array;
  rsetLo: Int32Array;
  rsetHi: Int32Array;
  lc1: Int32Array;
  rc1: Int32Array;
  nch: Int32Array;
  punct: Int32Array;
}

export function indexTree(t: Tree): TreeIndex {
  const m = t.n + 1;
  const ix: TreeIndex = {
    lsetLo: new Int32Array(m), lsetHi: new Int32Array(m), rsetLo: new Int32Array(m), rsetHi: new Int32Array(m),
    lc1: new Int32Array(m).fill(-1), rc1: new Int32Array(m).fill(-1), nch: new Int32Array(m), punct: new Int32Array(m + 1),
  };
  for (let d = 1; d <= t.n; d++) {
    const h = t.heads[d];
    ix.punct[d + 1] = ix.punct[d] + (t.tags[d - 1] % 17 === PUNCT_TAG ? 1 : 0);
    if (h <= 0) continue;
    const l = t.labels[d];
    ix.nch[h]++;
    if (d < h) {
      if (ix.lc1[h] < 0) ix.lc1[h] = d;
      if (l < 32) ix.lsetLo[h] |= 1 << l; else ix.lsetHi[h] |= 1 << (l - 32);
    } else {
      ix.rc1[h] = d;
      if (l < 32) ix.rsetLo[h] |= 1 << l; else ix.rsetHi[h] |= 1 << (l - 32);
    }
  }
  return ix;
}



const NONE = 0x51ed270b;

export function relabelFeatures(t: Tree, ix: TreeIndex, d: number, out: Uint32Array): number {
  const h = t.heads[d];
  const w = (i: number) => (i <= 0 || i > t.n ? NONE + i : t.words[(i - 1 + PAD) * STRIDE + F_LOWER]);
  const sf = (i: number) => (i <= 0 || i > t.n ? NONE + i : t.words[(i - 1 + PAD) * STRIDE + F_SUF3]);
  const p = (i: number) => (i <= 0 || i > t.n ? 40 + (i <= 0 ? i + 5 : 9) : t.tags[i - 1]);
  const dir = d < h ? 0 : 1;
  let dist = Math.abs(h - d);
  if (dist > 5) dist = dist < 10 ? 6 : 7;
  const dp = p(d), hp = p(h), dw = w(d), hw = w(h);
  // the dependent's children: label sets; the head's other children: label sets without d
  const dl = mix(ix.lsetLo[d], ix.lsetHi[d]);
  const dr = mix(ix.rsetLo[d], ix.rsetHi[d]);
  // the head's other children (d itself left out: its label is what is predicted)
  let hlLo = 0, hlHi = 0, hrLo = 0, hrHi = 0;
  if (h > 0) {
    for (let k = 1; k <= t.n; k++) {
      if (k === d || t.heads[k] !== h) continue;
      const l = t.labels[k];
      if (k < h) { if (l < 32) hlLo |= 1 << l; else hlHi |= 1 << (l - 32); }
      else if (l < 32) hrLo |= 1 << l; else hrHi |= 1 << (l - 32);
    }
  }
  const hl = mix(hlLo, hlHi);
  const hr = mix(hrLo, hrHi);
  const hlab = h > 0 ? t.labels[h] : 99;
  const lo = Math.min(h, d), hi = Math.max(h, d);
  const pb = Math.min(3, ix.punct[hi] - ix.punct[lo + 1]);
  const dlc = ix.lc1[d], drc = ix.rc1[d];
  beginFeatures(out, 0x2545f491 + dir * 0x9e3779b9);
  f1(1, 0);
  f2(2, dp, hp);
  f2(3, dw, hp);
  f2(4, dp, hw);
  f2(5, dw, hw);
  f1(6, dw);
  f3(7, dp, hp, dist);
  f3(8, dp, hp, dl);
  f3(9, dp, hp, dr);
  f3(10, dp, hp, hl);
  f3(11, dp, hp, hr);
  f3(12, dp, dl, dr);
  f3(13, dp, hp, hlab);
  f3(14, dp, w(dlc), t.labels[dlc] ?? 0);
  f3(15, dp, hp, w(dlc));
  f2(16, dp, w(drc));
  f3(17, dp, hp, pb);
  f3(18, dp, hp, p(h > 0 ? t.heads[h] : -1));
  f2(19, sf(d), hp);
  f3(20, hw, dp, w(dlc));
  f3(21, dp, hp, p(d - 1));
  f3(22, dp, hp, p(d + 1));
  f3(23, dw, hp, hlab);
  f3(24, dp, ix.nch[d] > 3 ? 3 : ix.nch[d], hp);
  f3(25, dw, dl, dr);
  f3(26, hw, dp, hl);
  f3(27, dp, hp, d === 1 ? 1 : d === t.n ? 2 : 0);
  f3(28, dp, p(dlc), p(drc));
  f3(29, hp, hl, hr);
  return featureCount();
}

const featBuf = new Uint32Array(MAX_RELABEL_FEATS);
let scores = new Float64Array(64);

/** Relabels every non-root arc of the tree in place (labels of others read from the first pass). */
export function relabel(model: Scorer, nLabels: number, t: Tree): void {
  if (scores.length < nLabels) scores = new Float64Array(nLabels);
  const ix = indexTree(t);
  const next = new Int32Array(t.n + 1);
  for (let d = 1; d <= t.n; d++) {
    if (t.heads[d] <= 0) {
      next[d] = t.labels[d];
      continue;
    }
    const nf = relabelFeatures(t, ix, d, featBuf);
    model.score(featBuf, nf, scores);
    let best = 1;
    for (let c = 2; c < nLabels; c++) if (scores[c] > scores[best]) best = c;
    next[d] = best;
  }
  for (let d = 1; d <= t.n; d++) t.labels[d] = next[d];
}
