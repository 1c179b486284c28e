/**
 * Beam stage of the syntax model: trains the parser's move weights of an existing model (by default
 * the shipped, greedy one) globally under a beam (src/syntax/beam.ts: max-violation perceptron
 * updates, Huang et al. 2012), and writes a model whose header asks for beam decoding. The tagger,
 * morphological classes and labeller are copied unchanged.
 *
 *   JK_CACHE=/tmp/jk.json npm run train:syntax            # once: writes the jackknifed training tags
 *   npx tsx scripts/train-beam.ts --tags /tmp/jk.json [--from MODEL] [--out FILE] [--beam 8] [--epochs 1] [--data DIR]
 *
 * The training sentences and their order are those of train-syntax without --tune and without
 * --no-lines (EWT dev, LinES, PUD; EWT test is never read); `--tags` is the JSON file of their
 * jackknifed tags that train-syntax writes under JK_CACHE, so that the parser is trained on tags
 * with tagging errors as at test time. Seeded and deterministic (the sentence order of each epoch).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllu, type ConlluSentence } from '../src/syntax/conllu';
import { tokenFeatures, setClusterFeatures } from '../src/syntax/features';
import { clusterFn } from '../src/syntax/clusters';
import { getLexicon } from '../src/syntax/lexicon';
import { setTaggerExtra, UPOS } from '../src/syntax/tagger';
import { N_MOVES, setExtraFeatures, setLateRoot, type ParserModel } from '../src/syntax/parser';
import { TrainWeights, type Weights } from '../src/syntax/weights';
import { maxViolation, replayViolation } from '../src/syntax/beam';
import { loadModelFile, encodeModel, defaultModelPath } from '../src/syntax/model';
import { projectivize } from './projectivize';
import { seededRng } from '../src/graph/rng';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string' },
    from: { type: 'string' },
    out: { type: 'string' },
    tags: { type: 'string' },
    beam: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    'ewt-weight': { type: 'string' },
  },
});
const DATA = opt.data ?? process.env.UD_DIR ?? join(__dirname, '..', '..', 'shared', 'data', 'ud');
const FROM = opt.from ?? defaultModelPath();
const OUT = opt.out ?? join(__dirname, '..', 'src', 'data', 'syntax', 'model-beam.bin.gz');
const BEAM = Number(opt.beam ?? 8);
const EPOCHS = Number(opt.epochs ?? 1);
const EWT_WEIGHT = Number(opt['ewt-weight'] ?? 2);
if (!opt.tags) throw new Error('--tags FILE is required (the jackknifed tags train-syntax writes under JK_CACHE=FILE)');
if (!Number.isInteger(BEAM) || BEAM < 2) throw new Error(`--beam must be an integer ≥ 2, got ${opt.beam}`);
// mulberry32, as train-syntax.ts's (the same sequence for the same seed)
const rng = seededRng(Number(opt.seed ?? 1));
const T0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - T0) / 1000).toFixed(0)}s] ${s}\n`);

const src = loadModelFile(FROM);
const { header } = src;
const h2 = header as { lateRoot?: boolean; clauseFeatures?: boolean };
if (h2.lateRoot || h2.clauseFeatures) throw new Error('late-root / clause-feature models are not supported by the beam stage');
setExtraFeatures(header.extraFeatures === true, header.quoteFeatures === true, false);
setLateRoot(false);
setClusterFeatures(!!header.clusters);
setTaggerExtra(header.taggerExtra === true);
const lexiconFn = header.lexicon ? getLexicon() : null;
const clustersFn = clusterFn({}, header.clusters);
const labelIndex = new Map(header.labels.map((l, i) => [l, i]));
const tagIndex = new Map(UPOS.map((t, i) => [t, i]));
const labelOf = (l: string) => labelIndex.get(l) ?? labelIndex.get(l.split(':')[0]) ?? labelIndex.get('dep')!;

// ---------- data: as in train-syntax.ts (same files, order and filter) ----------
const load = (file: string): ConlluSentence[] => readConllu(readFileSync(join(DATA, file), 'utf8'));
const ewtDev = load('en_ewt-ud-dev.conllu');
const raw = [...ewtDev, ...load('en_lines-ud-train.conllu'), ...load('en_lines-ud-dev.conllu'), ...load('en_lines-ud-test.conllu'), ...load('en_pud-ud-test.conllu')];

interface Sent { n: number; words: Int32Array; heads: Int32Array; ewt: boolean }
const train: Sent[] = [];
raw.forEach((s, i) => {
  const n = s.words.length;
  if (!n || s.words.some((w) => w.head < 0 || !tagIndex.has(w.upos))) return;
  const heads = new Int32Array(n + 1);
  s.words.forEach((w, j) => (heads[j + 1] = w.head));
  projectivize(heads, n);
  void labelOf;
  train.push({ n, words: tokenFeatures(s.words.map((w) => w.form), lexiconFn, clustersFn), heads, ewt: i < ewtDev.length });
});
const tagsJson = JSON.parse(readFileSync(opt.tags, 'utf8')) as number[][];
if (tagsJson.length !== train.length || tagsJson.some((t, i) => t.length !== train[i].n)) {
  throw new Error(`${opt.tags}: ${tagsJson.length} tag sequences for ${train.length} training sentences (not made from the same data)`);
}
const tags = tagsJson.map((t) => Int32Array.from(t));
log(`${train.length} training sentences; beam ${BEAM}, ${EPOCHS} epoch(s), from ${FROM}`);

// ---------- the move weights, dequantized, as the starting point ----------
function rowsOf(w: Weights): { rowKeys: Uint32Array; w: Float32Array } {
  const w4 = w.stride >> 2;
  const rowKeys = new Uint32Array(w.nRows);
  const out = new Float32Array(w.nRows * w.nClasses);
  let r = 0;
  for (let i = 0; i < w.nSlots; i++) {
    const k = w.keys[i * w4];
    if (!k) continue;
    rowKeys[r] = k;
    out.set(w.row(i), r * w.nClasses);
    r++;
  }
  return { rowKeys, w: out };
}
const start = rowsOf(src.moves);
const Mb = TrainWeights.fromAveraged(N_MOVES, start.rowKeys, start.w);
const model: ParserModel = { moves: Mb, labels: src.labels, nLabels: header.labels.length };
const order = train.map((_, i) => i);
for (let ep = 0; ep < EPOCHS; ep++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let updates = 0, seen = 0;
  for (const k of order) {
    const s = train[k];
    const reps = s.ewt ? EWT_WEIGHT : 1;
    for (let rep = 0; rep < reps; rep++) {
      const v = maxViolation(model, s.words, tags[k], s.n, BEAM, s.heads);
      if (v) {
        updates++;
        replayViolation(v, s.n, s.words, tags[k], (f, nf, m, sign) => Mb.add(f, nf, m, sign));
      }
      Mb.tick();
    }
    if (++seen % 2000 === 0) log(`  epoch ${ep + 1}: ${seen} sentences, ${updates} updates`);
  }
  log(`epoch ${ep + 1}: ${updates} updates, rows ${Mb.nRows}`);
}

// ---------- write: the source tables, the moves replaced ----------
const prune = Number((header.info?.prune as number[] | undefined)?.[1] ?? 0.4);
const m = Mb.averaged(prune);
const tables = header.tables.map((t) => (t.name === 'moves' ? { name: 'moves', nClasses: N_MOVES, ...m } : { name: t.name, nClasses: t.nClasses, ...rowsOf(src[t.name as 'tagger'] as Weights) }));
const { tables: _t, ...rest } = header;
void _t;
const buf = encodeModel({ ...rest, beam: BEAM, info: { ...(header.info ?? {}), beam: BEAM, beamEpochs: EPOCHS, beamFrom: FROM.split('/').pop() } }, tables);
writeFileSync(OUT, buf);
log(`wrote ${OUT} (${(buf.length / 1e6).toFixed(2)} MB, moves rows ${m.rowKeys.length})`);
