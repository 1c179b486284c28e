/**
 * Beam-search decoding and global training for the arc-eager parser
 * =================================================================
 *
 * The greedy parser (parser.ts) commits to the best move of every configuration. With a beam
 * (Zhang & Clark 2008; Zhang & Nivre 2011), the `k` best move sequences so far are kept, scored
 * by the sum of their move scores, and the best complete one wins: an early mistake that a later
 * move shows up (a clause that turns out to need the subject already attached elsewhere) can be
 * outscored. Each arc's label is still chosen by the labeller when the arc is made (not part of
 * the beam score). Items whose buffer is empty are carried unchanged until all are complete
 * (arc-eager sequences differ in length), then finish() attaches what is left, as in greedy
 * decoding.
 *
 * Training (scripts/train-syntax.ts, --beam K) is the global perceptron with max-violation updates
 * (Huang, Fayong & Guo 2012): the reference ("gold") sequence is latent — at each step the best-
 * scoring sequence whose moves all cost nothing under the dynamic oracle — and the update is made
 * at the step where the best beam item outscores the reference by the most.
 */
import { State, parserFeatures, predictLabel, finish, N_MOVES, LEFT, RIGHT, MAX_PARSER_FEATS, moveCost, type ParserModel } from './parser';

/** One step of a move history (a linked list back to the start). */
export interface Step {
  move: number;
  label: number;
  prev: Step | null;
  depth: number;
}

export interface BeamItem {
  st: State;
  score: number;
  hist: Step | null;
  /** All moves so far cost nothing (training only). */
  correct: boolean;
}

interface Cand {
  item: number;
  move: number; // -1: a complete item carried over
  score: number;
}

const featBuf = new Uint32Array(MAX_PARSER_FEATS);
const scores = new Float64Array(N_MOVES);

function labelFor(model: ParserModel, st: State, move: number): number {
  if (move === LEFT) return predictLabel(model, st, st.b, st.s0());
  if (move === RIGHT) return st.s0() === 0 ? 0 : predictLabel(model, st, st.s0(), st.b);
  return 0;
}

function byScore(a: Cand, b: Cand): number {
  return b.score - a.score || a.item - b.item || a.move - b.move;
}

/**
 * Expands every item by its valid moves and keeps the `k` best. `gh` (training): items whose moves
 * all cost nothing are marked correct.
 */
export function beamStep(model: ParserModel, beam: BeamItem[], k: number, gh: Int32Array | null = null): BeamItem[] {
  const cands: Cand[] = [];
  for (let i = 0; i < beam.length; i++) {
    const it = beam[i];
    if (it.st.done) {
      cands.push({ item: i, move: -1, score: it.score });
      continue;
    }
    const nf = parserFeatures(it.st, featBuf);
    model.moves.score(featBuf, nf, scores);
    for (let m = 0; m < N_MOVES; m++) if (it.st.valid(m)) cands.push({ item: i, move: m, score: it.score + scores[m] });
  }
  cands.sort(byScore);
  const next: BeamItem[] = [];
  for (let c = 0; c < cands.length && next.length < k; c++) {
    const { item, move, score } = cands[c];
    const it = beam[item];
    if (move < 0) {
      next.push(it);
      continue;
    }
    const correct = gh ? it.correct && moveCost(it.st, move, gh) === 0 : false;
    const st = it.st.clone();
    const label = labelFor(model, st, move);
    st.apply(move, label);
    next.push({ st, score, hist: { move, label, prev: it.hist, depth: (it.hist?.depth ?? 0) + 1 }, correct });
  }
  return next;
}

/** Parses n tokens with a beam of width k; heads/labels in the returned state (1..n). */
export function parseSentenceBeam(model: ParserModel, words: Int32Array, tags: Int32Array, n: number, k: number): State {
  let beam: BeamItem[] = [{ st: new State(n, words, tags), score: 0, hist: null, correct: true }];
  while (!beam.every((it) => it.st.done)) beam = beamStep(model, beam, k);
  const st = beam[0].st;
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
  let beam: BeamItem[] = [{ st: new State(n, words, tags), score: 0, hist: null, correct: true }];
  let gold: BeamItem = beam[0];
  let best: Violation | null = null;
  let bestV = 0;
  while (!(beam.every((it) => it.st.done) && gold.st.done)) {
    beam = beamStep(model, beam, k, gh);
    // the reference advances by its best zero-cost move, or is replaced by a better correct item of the beam
    if (!gold.st.done) {
      const nf = parserFeatures(gold.st, featBuf);
      model.moves.score(featBuf, nf, scores);
      let gm = -1;
      for (let m = 0; m < N_MOVES; m++) {
        if (!gold.st.valid(m) || moveCost(gold.st, m, gh) !== 0) continue;
        if (gm < 0 || scores[m] > scores[gm]) gm = m;
      }
      if (gm < 0) return best; // no zero-cost move (cannot happen on projective trees)
      const st = gold.st.clone();
      const label = labelFor(model, st, gm);
      const score = gold.score + scores[gm];
      st.apply(gm, label);
      gold = { st, score, hist: { move: gm, label, prev: gold.hist, depth: (gold.hist?.depth ?? 0) + 1 }, correct: true };
    }
    for (const it of beam) if (it.correct && it.score > gold.score) gold = it;
    const top = beam[0];
    if (!top.correct) {
      const v = top.score - gold.score;
      if (v >= bestV) {
        bestV = v;
        best = { gold: gold.hist, pred: top.hist };
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
