/**
 * Dependency parser
 * =================
 *
 * Greedy arc-eager transition parser (Nivre 2003) with an averaged-perceptron move classifier
 * using the rich non-local feature set of Zhang & Nivre (2011): distance, valency, second-order
 * children and heads, and the label sets of the children of s0 and n0. The label of each arc is
 * chosen by a second perceptron when the arc is made (features of the head, the dependent, their
 * children so far and the direction). Training uses the dynamic oracle of Goldberg & Nivre (2012)
 * with exploration.
 *
 * Token indices are 1..n; 0 is the artificial root, which starts on the stack. The root takes a
 * single dependent; tokens left without a head at the end are attached to that dependent.
 */
import { beginFeatures, featureCount, f1, f2, f3, f4, mix, hashString } from './hash';
import { CLUSTER_FEATURES, F_CLUS1, F_CLUS2, F_LOWER, F_SUF3, PAD, STRIDE } from './features';
import { N_TAGS } from './tagger';
import type { Scorer } from './tagger';

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const N_MOVES = 4;

export const MAX_PARSER_FEATS = 112;
export const MAX_LABEL_FEATS = 52;
/** Feature-set switch (kept for comparing models in training). */
export let EXTRA_FEATURES = true;
export let QUOTE_FEATURES = true;
/**
 * Late root (header.lateRoot): the root takes no dependent during parsing (no RIGHT from the
 * root), as if it stood at the end of the buffer (Ballesteros & Nivre 2013, "Going to the roots of
 * dependency parsing"); the sentence's root is chosen among the tokens left without a head once
 * the buffer is empty (finish), so that the parser does not commit to its main predicate early.
 */
export let LATE_ROOT = false;
export function setLateRoot(on: boolean): void {
  LATE_ROOT = on;
}
/** Clause cues (verbs and conjunctions between s0 and n0, a verb still to come): header.clauseFeatures. */
export let CLAUSE_FEATURES = false;
export function setExtraFeatures(on: boolean, quotes = on, clause = false): void {
  EXTRA_FEATURES = on;
  QUOTE_FEATURES = quotes;
  CLAUSE_FEATURES = clause;
}

// Tags given to the parser are "fine" tags: UPOS index + N_TAGS × morphological class (morph.ts).
const ROOT_TAG = 1000;
const PUNCT_TAG = 12; // UPOS index of PUNCT (tagger.ts)
const VERB_TAG = 15;
const CCONJ_TAG = 4;
const NONE_TAG = 1001;
const ROOT_WORD = hashString('<root>');
const NONE_WORD = hashString('<none>');
const NONE_LABEL = 127;
const QUOTE = hashString('"');
const QUOTE2 = hashString('``');
const QUOTE3 = hashString("''");

export class State {
  n: number;
  stack: Int32Array;
  sp = 0;
  b = 1;
  heads: Int32Array;
  labels: Int32Array;
  lc1: Int32Array; // leftmost child
  lc2: Int32Array; // second leftmost
  rc1: Int32Array; // rightmost child
  rc2: Int32Array;
  nl: Int32Array; // number of left children
  nr: Int32Array;
  lsetLo: Int32Array; // label sets of left children (bits)
  lsetHi: Int32Array;
  rsetLo: Int32Array;
  rsetHi: Int32Array;
  rootChild = -1;

  constructor(
    n: number,
    readonly words: Int32Array, // token features (see features.ts), sentence token i ↔ index i+1
    readonly tags: Int32Array, // 0..n-1
  ) {
    this.n = n;
    const m = n + 1;
    this.stack = new Int32Array(m + 1);
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(NONE_LABEL);
    this.lc1 = new Int32Array(m).fill(-1);
    this.lc2 = new Int32Array(m).fill(-1);
    this.rc1 = new Int32Array(m).fill(-1);
    this.rc2 = new Int32Array(m).fill(-1);
    this.nl = new Int32Array(m);
    this.nr = new Int32Array(m);
    this.lsetLo = new Int32Array(m);
    this.lsetHi = new Int32Array(m);
    this.rsetLo = new Int32Array(m);
    this.rsetHi = new Int32Array(m);
    this.stack[0] = 0;
    this.sp = 1;
  }

  private quotes: Int32Array | null = null;
  /** 1 if token i is inside a quotation (an odd number of quote marks before it), else 0. */
  inQuote(i: number): number {
    if (i <= 0) return 2;
    if (!this.quotes) {
      const q = new Int32Array(this.n + 2);
      let open = 0;
      for (let k = 1; k <= this.n; k++) {
        q[k] = open;
        const w = this.words[(k - 1 + PAD) * STRIDE + F_LOWER];
        if (w === QUOTE || w === QUOTE2 || w === QUOTE3) open ^= 1;
      }
      this.quotes = q;
    }
    return this.quotes[Math.min(i, this.n)];
  }

  private punct: Int32Array | null = null;
  /** Number of PUNCT tokens among tokens 1..i-1. */
  punctBefore(i: number): number {
    if (!this.punct) {
      const p = new Int32Array(this.n + 2);
      for (let k = 1; k <= this.n + 1; k++) p[k] = p[k - 1] + (k > 1 && this.tags[k - 2] % N_TAGS === PUNCT_TAG ? 1 : 0);
      this.punct = p;
    }
    return this.punct[Math.min(i, this.n + 1)];
  }

  private verbs: Int32Array | null = null;
  private conjs: Int32Array | null = null;
  private prefixes(): void {
    const v = new Int32Array(this.n + 2);
    const c = new Int32Array(this.n + 2);
    for (let k = 1; k <= this.n + 1; k++) {
      const t = k > 1 ? this.tags[k - 2] % N_TAGS : -1;
      v[k] = v[k - 1] + (t === VERB_TAG ? 1 : 0);
      c[k] = c[k - 1] + (t === CCONJ_TAG ? 1 : 0);
    }
    this.verbs = v;
    this.conjs = c;
  }
  /** Number of VERB tokens among tokens 1..i-1 (i up to n+1). */
  verbsBefore(i: number): number {
    if (!this.verbs) this.prefixes();
    return this.verbs![Math.min(i, this.n + 1)];
  }
  /** Number of CCONJ tokens among tokens 1..i-1. */
  conjsBefore(i: number): number {
    if (!this.conjs) this.prefixes();
    return this.conjs![Math.min(i, this.n + 1)];
  }

  /** A copy of this configuration (for beam search); the per-sentence caches are shared, not copied. */
  clone(): State {
    const c = Object.create(State.prototype) as State;
    c.n = this.n;
    (c as { words: Int32Array }).words = this.words;
    (c as { tags: Int32Array }).tags = this.tags;
    c.stack = this.stack.slice();
    c.sp = this.sp;
    c.b = this.b;
    c.heads = this.heads.slice();
    c.labels = this.labels.slice();
    c.lc1 = this.lc1.slice();
    c.lc2 = this.lc2.slice();
    c.rc1 = this.rc1.slice();
    c.rc2 = this.rc2.slice();
    c.nl = this.nl.slice();
    c.nr = this.nr.slice();
    c.lsetLo = this.lsetLo.slice();
    c.lsetHi = this.lsetHi.slice();
    c.rsetLo = this.rsetLo.slice();
    c.rsetHi = this.rsetHi.slice();
    c.rootChild = this.rootChild;
    c.quotes = this.quotes;
    c.punct = this.punct;
    c.verbs = this.verbs;
    c.conjs = this.conjs;
    return c;
  }

  /** Makes this configuration a copy of `o` (same sentence); no allocation (beam search reuses states). */
  copyFrom(o: State): void {
    this.stack.set(o.stack);
    this.sp = o.sp;
    this.b = o.b;
    this.heads.set(o.heads);
    this.labels.set(o.labels);
    this.lc1.set(o.lc1);
    this.lc2.set(o.lc2);
    this.rc1.set(o.rc1);
    this.rc2.set(o.rc2);
    this.nl.set(o.nl);
    this.nr.set(o.nr);
    this.lsetLo.set(o.lsetLo);
    this.lsetHi.set(o.lsetHi);
    this.rsetLo.set(o.rsetLo);
    this.rsetHi.set(o.rsetHi);
    this.rootChild = o.rootChild;
    this.quotes = o.quotes;
    this.punct = o.punct;
    this.verbs = o.verbs;
    this.conjs = o.conjs;
  }

  get done(): boolean {
    return this.b > this.n;
  }

  s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  valid(move: number): boolean {
    const s = this.sp > 0 ? this.stack[this.sp - 1] : -1;
    const bufOk = this.b <= this.n;
    switch (move) {
      case SHIFT:
        return bufOk;
      case REDUCE:
        return s > 0 && this.heads[s] >= 0;
      case LEFT:
        return bufOk && s > 0 && this.heads[s] < 0;
      case RIGHT:
        return bufOk && s >= 0 && (s > 0 || (!LATE_ROOT && this.rootChild < 0));
    }
    return false;
  }

  addArc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    if (h === 0) {
      this.rootChild = d;
      return;
    }
    if (d < h) {
      if (this.lc1[h] < 0 || d < this.lc1[h]) {
        this.lc2[h] = this.lc1[h];
        this.lc1[h] = d;
      } else if (this.lc2[h] < 0 || d < this.lc2[h]) this.lc2[h] = d;
      this.nl[h]++;
      if (label < 32) this.lsetLo[h] |= 1 << label;
      else this.lsetHi[h] |= 1 << (label - 32);
    } else {
      if (this.rc1[h] < 0 || d > this.rc1[h]) {
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = d;
      } else if (this.rc2[h] < 0 || d > this.rc2[h]) this.rc2[h] = d;
      this.nr[h]++;
      if (label < 32) this.rsetLo[h] |= 1 << label;
      else this.rsetHi[h] |= 1 << (label - 32);
    }
  }

  /** Applies a move; for arcs, `label` is the label of the new arc. */
  apply(move: number, label: number): void {
    const s = this.sp > 0 ? this.stack[this.sp - 1] : -1;
    switch (move) {
      case SHIFT:
        this.stack[this.sp++] = this.b++;
        break;
      case REDUCE:
        this.sp--;
        break;
      case LEFT:
        this.addArc(this.b, s, label);
        this.sp--;
        break;
      case RIGHT:
        this.addArc(s, this.b, label);
        this.stack[this.sp++] = this.b++;
        break;
    }
  }

  // --- token attribute helpers (index 0 = root, -1 = none) ---
  w(i: number): number {
    if (i < 0) return NONE_WORD;
    if (i === 0) return ROOT_WORD;
    return this.words[(i - 1 + PAD) * STRIDE + F_LOWER];
  }
  suf(i: number): number {
    if (i < 0) return NONE_WORD;
    if (i === 0) return ROOT_WORD;
    return this.words[(i - 1 + PAD) * STRIDE + F_SUF3];
  }
  /** Coarse / fine word cluster (features.ts). */
  c1(i: number): number {
    if (i <= 0) return -10 - i;
    return this.words[(i - 1 + PAD) * STRIDE + F_CLUS1];
  }
  c2(i: number): number {
    if (i <= 0) return -10 - i;
    return this.words[(i - 1 + PAD) * STRIDE + F_CLUS2];
  }
  p(i: number): number {
    if (i < 0) return NONE_TAG;
    if (i === 0) return ROOT_TAG;
    return this.tags[i - 1];
  }
  l(i: number): number {
    return i < 0 ? NONE_LABEL + 1 : this.labels[i];
  }
}



const featBuf = new Uint32Array(MAX_PARSER_FEATS);

/** Zhang & Nivre (2011) features of a configuration. */
export function parserFeatures(st: State, out: Uint32Array): number {
  const sp = st.sp;
  const s0 = sp > 0 ? st.stack[sp - 1] : -1;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = n0 > 0 && n0 + 1 <= st.n ? n0 + 1 : -1;
  const n2 = n0 > 0 && n0 + 2 <= st.n ? n0 + 2 : -1;
  const s0w = st.w(s0), s0p = st.p(s0);
  const n0w = st.w(n0), n0p = st.p(n0);
  const n1w = st.w(n1), n1p = st.p(n1);
  const n2w = st.w(n2), n2p = st.p(n2);
  const s0h = s0 > 0 ? st.heads[s0] : -1;
  const s0h2 = s0h > 0 ? st.heads[s0h] : -1;
  const s0l = s0 > 0 ? st.lc1[s0] : -1;
  const s0l2 = s0 > 0 ? st.lc2[s0] : -1;
  const s0r = s0 > 0 ? st.rc1[s0] : -1;
  const s0r2 = s0 > 0 ? st.rc2[s0] : -1;
  const n0l = n0 > 0 ? st.lc1[n0] : -1;
  const n0l2 = n0 > 0 ? st.lc2[n0] : -1;
  const s0hp = st.p(s0h), s0lp = st.p(s0l), s0rp = st.p(s0r), n0lp = st.p(n0l);
  let d = s0 >= 0 && n0 > 0 ? n0 - s0 : 0;
  if (d > 5) d = d < 10 ? 6 : 7;
  const vr = s0 > 0 ? st.nr[s0] : 0, vl = s0 > 0 ? st.nl[s0] : 0, n0vl = n0 > 0 ? st.nl[n0] : 0;
  const s0sl = s0 > 0 ? mix(st.lsetLo[s0], st.lsetHi[s0]) : 0;
  const s0sr = s0 > 0 ? mix(st.rsetLo[s0], st.rsetHi[s0]) : 0;
  const n0sl = n0 > 0 ? mix(st.lsetLo[n0], st.lsetHi[n0]) : 0;

  beginFeatures(out, 0x9e3779b1);

  // single words
  f2(1, s0w, s0p); f1(2, s0w); f1(3, s0p);
  f2(4, n0w, n0p); f1(5, n0w); f1(6, n0p);
  f2(7, n1w, n1p); f1(8, n1w); f1(9, n1p);
  f2(10, n2w, n2p); f1(11, n2w); f1(12, n2p);
  // pairs
  f4(13, s0w, s0p, n0w, n0p);
  f3(14, s0w, s0p, n0w);
  f3(15, s0w, n0w, n0p);
  f3(16, s0w, s0p, n0p);
  f3(17, s0p, n0w, n0p);
  f2(18, s0w, n0w);
  f2(19, s0p, n0p);
  f2(20, n0p, n1p);
  // three words
  f3(21, n0p, n1p, n2p);
  f3(22, s0p, n0p, n1p);
  f3(23, s0hp, s0p, n0p);
  f3(24, s0p, s0lp, n0p);
  f3(25, s0p, s0rp, n0p);
  f3(26, s0p, n0p, n0lp);
  // distance
  f2(27, s0w, d); f2(28, s0p, d); f2(29, n0w, d); f2(30, n0p, d);
  f3(31, s0w, n0w, d); f3(32, s0p, n0p, d);
  // valency
  f2(33, s0w, vr); f2(34, s0p, vr); f2(35, s0w, vl); f2(36, s0p, vl); f2(37, n0w, n0vl); f2(38, n0p, n0vl);
  // unigrams of heads and children
  f1(39, st.w(s0h)); f1(40, s0hp); f1(41, st.l(s0));
  f1(42, st.w(s0l)); f1(43, s0lp); f1(44, st.l(s0l));
  f1(45, st.w(s0r)); f1(46, s0rp); f1(47, st.l(s0r));
  f1(48, st.w(n0l)); f1(49, n0lp); f1(50, st.l(n0l));
  // third order
  f1(51, st.w(s0h2)); f1(52, st.p(s0h2)); f1(53, st.l(s0h));
  f1(54, st.w(s0l2)); f1(55, st.p(s0l2)); f1(56, st.l(s0l2));
  f1(57, st.w(s0r2)); f1(58, st.p(s0r2)); f1(59, st.l(s0r2));
  f1(60, st.w(n0l2)); f1(61, st.p(n0l2)); f1(62, st.l(n0l2));
  f3(63, s0p, s0lp, st.p(s0l2));
  f3(64, s0p, s0rp, st.p(s0r2));
  f3(65, s0p, s0hp, st.p(s0h2));
  f3(66, n0p, n0lp, st.p(n0l2));
  // label sets
  f2(67, s0w, s0sr); f2(68, s0p, s0sr); f2(69, s0w, s0sl); f2(70, s0p, s0sl); f2(71, n0w, n0sl); f2(72, n0p, n0sl);
  // extras: s1, labels with tags, root attachment, suffixes
  f2(73, st.p(s1), s0p);
  f3(74, st.p(s1), s0p, n0p);
  f2(75, st.w(s1), st.p(s1));
  f3(76, s0p, st.l(s0), n0p);
  f3(77, s0p, s0 > 0 && st.heads[s0] >= 0 ? 1 : 0, n0p);
  f2(78, st.rootChild >= 0 ? 1 : 0, n0p);
  f2(79, st.suf(n0), n0p);
  f2(80, st.suf(s0), s0p);
  f3(81, s0p, n0p, st.p(n0 > 1 ? n0 - 1 : -1));
  f3(82, s0p, n0p, st.p(s0 > 0 && s0 < st.n ? s0 + 1 : -1));
  if (EXTRA_FEATURES) {
    const pb = s0 > 0 && n0 > 0 ? Math.min(3, st.punctBefore(n0) - st.punctBefore(s0 + 1)) : -1;
    f3(83, s0p, n0p, pb);
    f3(84, s0w, n0p, pb);
    f3(85, s0p, n0w, pb);
    f3(86, n0w, s0p, st.l(s0));
    f3(87, s0w, n0p, st.l(s0));
    f3(88, st.p(s1), st.w(s0), n0p);
    f4(89, st.p(s1), s0p, n0p, pb);
    f3(90, n0p, n1p, st.w(n1));
    if (QUOTE_FEATURES) {
      const q = st.inQuote(s0) * 3 + st.inQuote(n0);
      f3(91, s0p, n0p, q);
      f4(92, s0p, n0p, q, pb);
      f3(93, s0w, n0p, q);
    }
  }
  if (CLAUSE_FEATURES) {
    // verbs and conjunctions between s0 and n0, and whether a verb is still to come after n0:
    // cues for attaching punctuation, conjuncts and the root (a clause boundary or not)
    const inner = s0 > 0 && n0 > 0;
    const vb = inner ? Math.min(2, st.verbsBefore(n0) - st.verbsBefore(s0 + 1)) : -1;
    const cb = inner ? Math.min(2, st.conjsBefore(n0) - st.conjsBefore(s0 + 1)) : -1;
    const lv = n0 > 0 ? Math.min(2, st.verbsBefore(st.n + 1) - st.verbsBefore(n0 + 1)) : -1;
    f3(102, s0p, n0p, vb);
    f3(103, s0p, n0p, cb);
    f3(104, s0p, n0p, lv);
    f4(105, s0p, n0w, vb, lv);
    f4(106, s0p, st.l(s0), n0p, lv);
    f4(107, s0p, n0p, vb, cb);
    // what follows n0 (a comma before a conjunct or a clause attaches to the right)
    f3(108, n0w, n1p, n2p);
    f4(109, s0p, n0w, n1p, lv);
  }
  if (CLUSTER_FEATURES) {
    const s0c = st.c2(s0), n0c = st.c2(n0), s0k = st.c1(s0), n0k = st.c1(n0);
    f2(94, s0c, s0p);
    f2(95, n0c, n0p);
    f2(96, st.c2(n1), n1p);
    f2(97, s0c, n0c);
    f3(98, s0c, s0p, n0p);
    f3(99, s0p, n0c, n0p);
    f3(100, s0k, n0k, d);
    f3(101, s0k, n0k, st.c1(n1));
  }
  return featureCount();
}

const labelBuf = new Uint32Array(MAX_LABEL_FEATS);

/** Features for labelling the arc h → d about to be made (dir 0: LEFT, d = s0; 1: RIGHT, d = n0). */
export function labelFeatures(st: State, h: number, d: number, out: Uint32Array): number {
  const dir = d < h ? 0 : 1;
  const dw = st.w(d), dp = st.p(d), hw = st.w(h), hp = st.p(h);
  let dist = Math.abs(h - d);
  if (dist > 5) dist = dist < 10 ? 6 : 7;
  const dl = d > 0 ? st.lc1[d] : -1;
  const dr = d > 0 ? st.rc1[d] : -1;
  const dlset = d > 0 ? mix(st.lsetLo[d], st.lsetHi[d]) : 0;
  const drset = d > 0 ? mix(st.rsetLo[d], st.rsetHi[d]) : 0;
  const hlset = h > 0 ? mix(st.lsetLo[h], st.lsetHi[h]) : 0;
  const hrset = h > 0 ? mix(st.rsetLo[h], st.rsetHi[h]) : 0;
  const hh = h > 0 ? st.heads[h] : -1;
  const hl = h > 0 ? st.labels[h] : NONE_LABEL + 2;
  beginFeatures(out, 0x7f4a7c15 + dir * 0x1000193);
  f1(1, 0);
  f2(2, dp, hp);
  f2(3, dw, hp);
  f2(4, dp, hw);
  f2(5, dw, hw);
  f1(6, dp);
  f1(7, dw);
  f1(8, hp);
  f1(9, hw);
  f3(10, dp, hp, dist);
  f3(11, dp, hp, dlset);
  f3(12, dp, hp, drset);
  f3(13, dp, hp, hlset);
  f3(14, dp, hp, hrset);
  f3(15, dp, hp, st.l(dl));
  f2(16, dp, st.w(dl));
  f3(17, dp, hp, st.p(hh));
  f3(18, dp, hp, hl);
  f3(19, hw, dp, st.w(dl));
  f3(20, dp, hp, st.p(d + 1 <= st.n ? d + 1 : -1));
  f3(21, dp, hp, st.p(d - 1));
  f2(22, st.suf(d), hp);
  f3(23, dp, st.w(dl), st.l(dl));
  f2(24, dp, st.p(dr));
  f3(25, dp, hp, st.p(dl));
  f2(26, hw, hl);
  f3(27, dw, hp, hl);
  f2(28, dp, d === 1 ? 1 : d === st.n ? 2 : 0);
  f3(29, dp, hp, st.rootChild >= 0 ? 1 : 0);
  f2(30, st.w(d - 1), dp);
  if (EXTRA_FEATURES) {
    const lo = Math.min(h, d), hi = Math.max(h, d);
    const pb = h > 0 ? Math.min(3, st.punctBefore(hi) - st.punctBefore(lo + 1)) : -1;
    f3(31, dp, hp, pb);
    f3(32, dw, hw, dp);
    f3(33, dp, st.w(dl), hw);
    f3(34, dp, hp, st.p(dr));
    if (QUOTE_FEATURES) {
      const q = st.inQuote(d) * 3 + st.inQuote(h);
      f3(35, dp, hp, q);
      f3(36, dp, q, pb);
      f3(37, dp, hp, dlset);
    }
  }
  if (CLAUSE_FEATURES) {
    const lo = Math.min(h, d), hi = Math.max(h, d);
    const vb = h > 0 ? Math.min(2, st.verbsBefore(hi) - st.verbsBefore(lo + 1)) : -1;
    const cb = h > 0 ? Math.min(2, st.conjsBefore(hi) - st.conjsBefore(lo + 1)) : -1;
    f3(42, dp, hp, vb);
    f3(43, dp, hp, cb);
  }
  if (CLUSTER_FEATURES) {
    const dc = st.c2(d), hc = st.c2(h);
    f2(38, dc, hp);
    f2(39, dp, hc);
    f2(40, dc, hc);
    f3(41, st.c1(d), st.c1(h), dp);
  }
  return featureCount();
}

export interface ParserModel {
  moves: Scorer;
  labels: Scorer;
  nLabels: number;
  /** Label names, for the clause-label constraint (see predictLabel). */
  labelNames?: string[];
}

const CLAUSAL = new Set(['ccomp', 'csubj', 'csubj:pass', 'advcl', 'advcl:relcl', 'xcomp', 'parataxis', 'acl', 'acl:relcl']);
const PREDICATE_CHILD = new Set(['cop', 'nsubj', 'nsubj:pass', 'nsubj:outer', 'csubj', 'aux', 'aux:pass', 'mark', 'expl']);
const NOMINAL_TAGS = new Set([7, 8, 10, 11]); // NOUN, NUM, PRON, PROPN
const constraintCache = new WeakMap<string[], { clausal: Uint8Array; predLo: number; predHi: number }>();

function constraint(names: string[]): { clausal: Uint8Array; predLo: number; predHi: number } {
  let c = constraintCache.get(names);
  if (!c) {
    const clausal = new Uint8Array(names.length);
    let predLo = 0;
    let predHi = 0;
    names.forEach((l, i) => {
      if (CLAUSAL.has(l)) clausal[i] = 1;
      if (PREDICATE_CHILD.has(l)) {
        if (i < 32) predLo |= 1 << i;
        else predHi |= 1 << (i - 32);
      }
    });
    c = { clausal, predLo, predHi };
    constraintCache.set(names, c);
  }
  return c;
}

const moveScores = new Float64Array(N_MOVES);
let labelScores = new Float64Array(64);

export function bestValidMove(st: State, scores: Float64Array): number {
  let best = -1;
  for (let m = 0; m < N_MOVES; m++) if (st.valid(m) && (best < 0 || scores[m] > scores[best])) best = m;
  return best;
}

export function predictLabel(model: ParserModel, st: State, h: number, d: number): number {
  if (labelScores.length < model.nLabels) labelScores = new Float64Array(model.nLabels);
  const nf = labelFeatures(st, h, d, labelBuf);
  model.labels.score(labelBuf, nf, labelScores);
  // A nominal dependent takes a clausal relation (ccomp, advcl, parataxis, …) only as the
  // predicate of a clause (it has a copula, subject, auxiliary or marker) or inside a quotation.
  let banClausal = false;
  if (model.labelNames && d > 0 && NOMINAL_TAGS.has(st.p(d) % N_TAGS) && st.inQuote(d) === 0) {
    const c = constraint(model.labelNames);
    const lo = st.lsetLo[d] | st.rsetLo[d];
    const hi = st.lsetHi[d] | st.rsetHi[d];
    if ((lo & c.predLo) === 0 && (hi & c.predHi) === 0) banClausal = true;
  }
  const clausal = banClausal ? constraint(model.labelNames!).clausal : null;
  let best = -1; // 0 is 'root', given only to the root's dependent
  for (let c = 1; c < model.nLabels; c++) {
    if (clausal && clausal[c]) continue;
    if (best < 0 || labelScores[c] > labelScores[best]) best = c;
  }
  return best;
}

/** Attaches tokens left without a head (see the module comment). */
export function finish(model: ParserModel, st: State): void {
  if (LATE_ROOT && st.rootChild < 0) {
    // the root is the first headless verb, else the first headless token
    let r = -1;
    for (let i = 1; i <= st.n; i++) {
      if (st.heads[i] >= 0) continue;
      if (r < 0) r = i;
      if (st.p(i) % N_TAGS === VERB_TAG) { r = i; break; }
    }
    if (r > 0) st.addArc(0, r, 0);
  }
  for (let i = 1; i <= st.n; i++) {
    if (st.heads[i] >= 0) continue;
    if (st.rootChild < 0) {
      st.addArc(0, i, 0);
      continue;
    }
    const h = st.rootChild;
    st.addArc(h, i, predictLabel(model, st, h, i));
  }
}

/** Parses n tokens given their word features and tags; heads/labels in st.heads / st.labels (1..n). */
export function parseSentence(model: ParserModel, words: Int32Array, tags: Int32Array, n: number): State {
  const st = new State(n, words, tags);
  while (!st.done) {
    const nf = parserFeatures(st, featBuf);
    model.moves.score(featBuf, nf, moveScores);
    const m = bestValidMove(st, moveScores);
    let label = 0;
    if (m === LEFT) label = predictLabel(model, st, st.b, st.s0());
    else if (m === RIGHT) label = st.s0() === 0 ? 0 : predictLabel(model, st, st.s0(), st.b);
    st.apply(m, label);
  }
  finish(model, st);
  return st;
}

// --- dynamic oracle (Goldberg & Nivre 2012), gold heads gh[1..n] (projective) ---

export function moveCost(st: State, move: number, gh: Int32Array): number {
  const s = st.s0();
  const b = st.b;
  const n = st.n;
  let c = 0;
  switch (move) {
    case LEFT: {
      if (gh[s] > b) c++;
      for (let k = b; k <= n; k++) if (gh[k] === s) c++;
      return c;
    }
    case RIGHT: {
      const g = gh[b];
      if (g !== s) {
        if (g > b) c++;
        else if (g < b) {
          for (let i = 0; i < st.sp; i++) if (st.stack[i] === g) { c++; break; }
        }
      }
      for (let i = 0; i < st.sp; i++) {
        const k = st.stack[i];
        if (k > 0 && st.heads[k] < 0 && gh[k] === b) c++;
      }
      return c;
    }
    case REDUCE: {
      for (let k = b; k <= n; k++) if (gh[k] === s) c++;
      return c;
    }
    case SHIFT: {
      const g = gh[b];
      for (let i = 0; i < st.sp; i++) {
        const k = st.stack[i];
        if (k > 0 && st.heads[k] < 0 && gh[k] === b) c++;
        if (g === k) c++;
      }
      return c;
    }
  }
  return 0;
}
