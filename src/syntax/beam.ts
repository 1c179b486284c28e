/**
 * Beam-search decoding and global training for the arc-eager parser
 * =================================================================
 *
 * The greedy parser (parser.ts) commits to the best move of every configuration. With a beam
 * (Zhang & Clark 2008; Zhang & Nivre 2011), the `k` best move sequences so far are kept, scored
 * by the sum of their move scores, and the best complete one wins: an early mistake that a later
 * move shows up (a clause that turns out to need the subject already attached elsewhere) can be
 * outscored. Each arc's label is still chosen by the labeller when the arc is made (not part of
 * the beam score). Items are compared by sums of move scores, so every sequence must have the same
 * length: once the buffer is empty, the stack is emptied by REDUCE moves, headless tokens included
 * (as in ZPar's arc-eager beam parser), which makes every sequence 2n moves long (each token is
 * shifted once and popped once; greedy decoding stops at the empty buffer, and with complete items
 * carried over unchanged, the short sequences of a beam without these moves won over right ones:
 * EWT test UAS 0.748 against 0.805 greedy with the same weights). finish() then attaches the
 * headless tokens, as in greedy decoding.
 *
 * Training (scripts/train-syntax.ts, --beam K) is the global perceptron with max-violation updates
 * (Huang, Fayong & Guo 2012): the reference ("gold") sequence is latent — at each step the best-
 * scoring sequence whose moves all cost nothing under the dynamic oracle — and the update is made
 * at the step where the best beam item outscores the reference by the most.
 */
import { State, parserFeatures, predictLabel, finish, N_MOVES, LEFT, RIGHT, REDUCE, MAX_PARSER_FEATS, moveCost, type ParserModel } from './parser';

/** One step of a move history (a linked list back to the start). */
export interface Step {
  move: number;
  label: number;
  prev: Step | null;
  depth: number;
}

/**
 * A beam: up to `k` configurations with their scores (and, in training, histories and whether all
 * their moves cost nothing). States are preallocated per sentence and reused: each step copies the
 * kept items into the other beam of a pair (no allocation per item and step).
 */
export class Beam {
  size = 0;
  readonly states: State[];
  readonly scores: Float64Array;
  readonly hist: (Step | null)[];
  readonly correct: Uint8Array;
  constructor(k: number, n: number, words: Int32Array, tags: Int32Array) {
    this.states = Array.from({ length: k }, () => new State(n, words, tags));
    this.scores = new Float64Array(k);
    this.hist = new Array(k).fill(null);
    this.correct = new Uint8Array(k);
  }
  allDone(): boolean {
    for (let i = 0; i < this.size; i++) if (!complete(this.states[i])) return false;
    return true;
  }
}

/** Buffer and stack empty (the root alone left). */
export function complete(st: State): boolean {
  return st.b > st.n && st.sp <= 1;
}

/** Whether a move is valid under the beam: as greedy, and once the buffer is empty, REDUCE of any s0 but the root. */
export function beamValid(st: State, m: number): boolean {
  if (st.b > st.n) return m === REDUCE && st.sp > 1;
  return st.valid(m);
}

const featBuf = new Uint32Array(MAX_PARSER_FEATS);
const scores = new Float64Array(N_MOVES);
let candItem = new Int32Array(256);
let candMove = new Int32Array(256);
let candScore = new Float64Array(256);

function labelFor(model: ParserModel, st: State, move: number): number {
  if (move === LEFT) return predictLabel(model, st, st.b, st.s0());
  if (move === RIGHT) return st.s0() === 0 ? 0 : predictLabel(model, st, st.s0(), st.b);
  return 0;
}

/**
 * Expands every item of `from` by its valid moves (a complete item is carried over unchanged) and
 * keeps the `k` best in `to`: by score, ties by item then move order, so that a beam of one is the
 * greedy parser. `gh` (training): items whose moves all cost nothing are marked correct, and
 * histories are kept.
 */
export function beamStep(model: ParserModel, from: Beam, to: Beam, k: number, gh: Int32Array | null = null): void {
  if (candItem.length < from.size * N_MOVES) {
    candItem = new Int32Array(from.size * N_MOVES);
    candMove = new Int32Array(from.size * N_MOVES);
    candScore = new Float64Array(from.size * N_MOVES);
  }
  let nc = 0;
  for (let i = 0; i < from.size; i++) {
    const st = from.states[i];
    if (complete(st)) {
      candItem[nc] = i;
      candMove[nc] = -1;
      candScore[nc++] = from.scores[i];
      continue;
    }
    const nf = parserFeatures(st, featBuf);
    model.moves.score(featBuf, nf, scores);
    for (let m = 0; m < N_MOVES; m++) {
      if (!beamValid(st, m)) continue;
      candItem[nc] = i;
      candMove[nc] = m;
      candScore[nc++] = from.scores[i] + scores[m];
    }
  }
  // selection of the k best (nc is at most 4k)
  let kept = 0;
  for (; kept < k && kept < nc; kept++) {
    let b = kept;
    for (let c = kept + 1; c < nc; c++) {
      if (candScore[c] > candScore[b] || (candScore[c] === candScore[b] && (candItem[c] < candItem[b] || (candItem[c] === candItem[b] && candMove[c] < candMove[b])))) b = c;
    }
    if (b !== kept) {
      const ti = candItem[b], tm = candMove[b], ts = candScore[b];
      candItem[b] = candItem[kept]; candMove[b] = candMove[kept]; candScore[b] = candScore[kept];
      candItem[kept] = ti; candMove[kept] = tm; candScore[kept] = ts;
    }
    const item = candItem[kept], move = candMove[kept];
    const src = from.states[item];
    const st = to.states[kept];
    to.scores[kept] = candScore[kept];
    if (move < 0) {
      st.copyFrom(src);
      to.hist[kept] = from.hist[item];
      to.correct[kept] = from.correct[item];
      continue;
    }
    to.correct[kept] = gh && from.correct[item] && moveCost(src, move, gh) === 0 ? 1 : 0;
    st.copyFrom(src);
    const label = labelFor(model, st, move);
    st.apply(move, label);
    const h = from.hist[item];
    to.hist[kept] = gh ? { move, label, prev: h, depth: (h?.depth ?? 0) + 1 } : null;
  }
  to.size = kept;
}

/** Parses n tokens with a beam of width k; heads/labels in the returned state (1..n). */
export function parseSentenceBeam(model: ParserModel, words: Int32Array, tags: Int32Array, n: number, k: number): State {
  let a = new Beam(k, n, words, tags);
  let b = new Beam(k, n, words, tags);
  a.size = 1;
  while (!a.allDone()) {
    beamStep(model, a, b, k);
    const t = a; a = b; b = t;
  }
  const st = a.states[0];
  finish(model, st);
  return st;
}

/** The moves and labels of a history, first to last. */
export function historyOf(h: Step | null): Step[] {
  const out: Step[] = [];
  for (let s = h; s; s = s.prev) out.push(s);
  return out.reverse();
}

export interface Violation {
  gold: Step | null;
  pred: Step | null;
}

/**
 * One training sentence under the beam: returns the reference and predicted histories at the step
 * of maximum violation, or null when the best item at every step is correct or scores below the
 * reference. `gh`: oracle heads 1..n.
 */
export function maxViolation(model: ParserModel, words: Int32Array, tags: Int32Array, n: number, k: number, gh: Int32Array): Violation | null {
  let a = new Beam(k, n, words, tags);
  let b = new Beam(k, n, words, tags);
  a.size = 1;
  a.correct[0] = 1;
  // the reference: its own state, score and history
  let gst = new State(n, words, tags);
  let gscore = 0;
  let ghist: Step | null = null;
  let best: Violation | null = null;
  let bestV = 0;
  while (!(a.allDone() && complete(gst))) {
    beamStep(model, a, b, k, gh);
    const t = a; a = b; b = t;
    // the reference advances by its best zero-cost move, or is replaced by a better correct item of the beam
    if (!complete(gst)) {
      const nf = parserFeatures(gst, featBuf);
      model.moves.score(featBuf, nf, scores);
      let gm = -1;
      for (let m = 0; m < N_MOVES; m++) {
        if (!beamValid(gst, m) || moveCost(gst, m, gh) !== 0) continue;
        if (gm < 0 || scores[m] > scores[gm]) gm = m;
      }
      if (gm < 0) return best; // no zero-cost move (cannot happen on projective trees)
      const label = labelFor(model, gst, gm);
      gscore += scores[gm];
      gst.apply(gm, label);
      const gprev: Step | null = ghist as Step | null;
      ghist = { move: gm, label, prev: gprev, depth: (gprev ? gprev.depth : 0) + 1 };
    }
    for (let i = 0; i < a.size; i++) {
      if (a.correct[i] && a.scores[i] > gscore) {
        gscore = a.scores[i];
        ghist = a.hist[i];
        gst = a.states[i].clone();
      }
    }
    if (!a.correct[0]) {
      const v = a.scores[0] - gscore;
      if (v >= bestV) {
        bestV = v;
        best = { gold: ghist, pred: a.hist[0] };
      }
    }
  }
  return best;
}

/**
 * Calls `visit(features, count, move, sign)` for every configuration along the two histories of a
 * violation, replayed from the start; the common prefix (which cancels out) is skipped.
 */
export function replayViolation(
  v: Violation,
  n: number,
  words: Int32Array,
  tags: Int32Array,
  visit: (feats: Uint32Array, nf: number, move: number, sign: number) => void,
): void {
  const g = historyOf(v.gold);
  const p = historyOf(v.pred);
  let common = 0;
  while (common < g.length && common < p.length && g[common].move === p[common].move && g[common].label === p[common].label) common++;
  for (const [hist, sign] of [[g, 1], [p, -1]] as const) {
    const st = new State(n, words, tags);
    for (let i = 0; i < hist.length; i++) {
      const s = hist[i];
      if (i >= common) {
        const nf = parserFeatures(st, featBuf);
        visit(featBuf, nf, s.move, sign);
      }
      st.apply(s.move, s.label);
    }
  }
}
