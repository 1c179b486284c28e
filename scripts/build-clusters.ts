/**
 * Builds the word clusters used as tagger and parser features (src/data/syntax/clusters.tsv.gz).
 *
 *   npx tsx scripts/build-clusters.ts [--data DIR] [--polnear DIR] [--out FILE] [--classes 32,256] [--iters N] [--min-count N] [--lower]
 *
 * Unlabelled text: the word forms of the UD treebanks in DIR (every file except en_ewt-ud-test,
 * the test set, and except LinES, whose non-commercial licence would otherwise reach models
 * trained with --no-lines) and the PolNeAR article texts (DIR/../polnear/*\/text, tokenized with the
 * parser's tokenizer). Words keep their case (casedForm: digits as 0, quotes straightened; the
 * table's first line is `# cased`), so that a name is not clustered with the common word it
 * spells ("Bill", "bill"); --lower clusters lower-cased forms as before. Clustering is the
 * exchange algorithm of Kneser & Ney (1993) / Martin, Liermann
 * and Ney (1998): words move, one at a time and in order of frequency, to the class that most
 * raises the likelihood of a class-bigram model, until few move. It is run once per granularity
 * (e.g. 32 and 256 classes), a coarse and a fine partition, as the prefixes of Brown clusters
 * are used by Koo et al. (2008).
 *
 * The output holds, for each word seen at least --min-count times, its class in each partition:
 * `word<TAB>c1<TAB>c2`, most frequent first. No sentence or text is written. Deterministic.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/syntax/conllu';
import { normForm, casedForm } from '../src/syntax/features';
import { tokenize } from '../src/syntax/tokenize';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string' },
    polnear: { type: 'string' },
    out: { type: 'string' },
    classes: { type: 'string' },
    iters: { type: 'string' },
    'min-count': { type: 'string' },
    lower: { type: 'boolean' },
  },
});
const DATA = opt.data ?? process.env.UD_DIR ?? join(__dirname, '..', '..', 'shared', 'data', 'ud');
const POLNEAR = opt.polnear ?? join(DATA, '..', 'polnear');
const OUT = opt.out ?? join(__dirname, '..', 'src', 'data', 'syntax', 'clusters.tsv.gz');
const CLASSES = (opt.classes ?? '32,256').split(',').map(Number);
const ITERS = Number(opt.iters ?? 12);
const MIN_COUNT = Number(opt['min-count'] ?? 3);
// Case is kept unless --lower: lower-cased classes tied names to common words ("Bill" with "bill").
const LOWER = !!opt.lower;
const T0 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - T0) / 1000).toFixed(0)}s] ${s}\n`);

// ---------- corpus as a sequence of word ids, 0 = sentence boundary ----------
const vocab = new Map<string, number>([['<s>', 0]]);
const seq: number[] = [0];
function add(form: string): void {
  const w = LOWER ? normForm(form) : casedForm(form);
  let id = vocab.get(w);
  if (id === undefined) vocab.set(w, (id = vocab.size));
  seq.push(id);
}
for (const f of readdirSync(DATA).filter((f) => f.endsWith('.conllu') && !f.includes('ewt-ud-test') && !f.startsWith('en_lines')).sort()) {
  for (const s of readConllu(readFileSync(join(DATA, f), 'utf8'))) {
    for (const w of s.words) add(w.form);
    seq.push(0);
  }
}
const udTokens = seq.length;
for (const part of existsSync(POLNEAR) ? readdirSync(POLNEAR).sort() : []) {
  const dir = join(POLNEAR, part, 'text');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\n+/)) {
      if (!line.trim()) continue;
      for (const t of tokenize(line)) add(t.form);
      seq.push(0);
    }
  }
}
log(`corpus: ${seq.length} tokens (${udTokens} from UD), ${vocab.size} types`);

// ---------- vocabulary: words seen MIN_COUNT times; the rest share one id ----------
const count = new Float64Array(vocab.size);
for (const w of seq) count[w]++;
const words = [...vocab.keys()];
const kept = words.map((_, i) => i).filter((i) => i > 0 && count[i] >= MIN_COUNT).sort((a, b) => count[b] - count[a] || (words[a] < words[b] ? -1 : 1));
const V = kept.length + 2; // 0 boundary, 1 rare words, 2.. kept
const remap = new Int32Array(vocab.size).fill(1);
remap[0] = 0;
kept.forEach((w, i) => (remap[w] = i + 2));
const ids = Int32Array.from(seq, (w) => remap[w]);
log(`vocabulary: ${kept.length} words seen ${MIN_COUNT}+ times`);

// word bigram lists: for each word, its right neighbours (word, count) and left neighbours
function neighbours(right: boolean): { start: Int32Array; nb: Int32Array; cnt: Float64Array } {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < ids.length; i++) {
    const a = right ? ids[i] : ids[i + 1];
    const b = right ? ids[i + 1] : ids[i];
    const k = a * V + b;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const keys = [...m.keys()].sort((x, y) => x - y);
  const start = new Int32Array(V + 1);
  const nb = new Int32Array(keys.length);
  const cnt = new Float64Array(keys.length);
  keys.forEach((k, i) => {
    const a = Math.floor(k / V);
    start[a + 1]++;
    nb[i] = k - a * V;
    cnt[i] = m.get(k)!;
  });
  for (let a = 0; a < V; a++) start[a + 1] += start[a];
  return { start, nb, cnt };
}
const R = neighbours(true);
const L = neighbours(false);
const wcount = new Float64Array(V);
for (const w of ids) wcount[w]++;

const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);

function cluster(C: number): Int32Array {
  // class 0 is reserved for the boundary and class 1 for rare words; they never move
  const K = C + 2;
  const cls = new Int32Array(V);
  cls[0] = 0;
  cls[1] = 1;
  for (let w = 2; w < V; w++) cls[w] = 2 + ((w - 2) % C);
  const N = new Float64Array(K * K); // class bigram counts N[a*K+b]
  const NC = new Float64Array(K); // class unigram counts
  for (let i = 0; i + 1 < ids.length; i++) N[cls[ids[i]] * K + cls[ids[i + 1]]]++;
  for (let w = 0; w < V; w++) NC[cls[w]] += wcount[w];
  const rw = new Float64Array(K); // w's right-neighbour counts by class
  const lw = new Float64Array(K);
  const rList = new Int32Array(K);
  const lList = new Int32Array(K);
  for (let it = 0; it < ITERS; it++) {
    let moved = 0;
    for (let w = 2; w < V; w++) {
      // neighbour counts of w by class, its self-bigrams apart
      let nr = 0, nl = 0, self = 0;
      for (let j = R.start[w]; j < R.start[w + 1]; j++) {
        const v = R.nb[j];
        if (v === w) { self += R.cnt[j]; continue; }
        const c = cls[v];
        if (rw[c] === 0) rList[nr++] = c;
        rw[c] += R.cnt[j];
      }
      for (let j = L.start[w]; j < L.start[w + 1]; j++) {
        const v = L.nb[j];
        if (v === w) continue;
        const c = cls[v];
        if (lw[c] === 0) lList[nl++] = c;
        lw[c] += L.cnt[j];
      }
      const nw = wcount[w];
      const from = cls[w];
      // remove w from its class
      for (let k = 0; k < nr; k++) N[from * K + rList[k]] -= rw[rList[k]];
      for (let k = 0; k < nl; k++) N[lList[k] * K + from] -= lw[lList[k]];
      N[from * K + from] -= self;
      NC[from] -= nw;
      // gain of adding w to class c: change of Σ N log N over touched cells, minus 2·change of Σ NC log NC
      let best = from, bestGain = -Infinity;
      for (let c = 2; c < K; c++) {
        let g = 0;
        for (let k = 0; k < nr; k++) {
          const d = rList[k];
          if (d === c) continue;
          const x = N[c * K + d];
          g += xlogx(x + rw[d]) - xlogx(x);
        }
        for (let k = 0; k < nl; k++) {
          const d = lList[k];
          if (d === c) continue;
          const x = N[d * K + c];
          g += xlogx(x + lw[d]) - xlogx(x);
        }
        const xcc = N[c * K + c];
        g += xlogx(xcc + rw[c] + lw[c] + self) - xlogx(xcc);
        g -= 2 * (xlogx(NC[c] + nw) - xlogx(NC[c]));
        if (g > bestGain + 1e-9) { bestGain = g; best = c; }
      }
      for (let k = 0; k < nr; k++) N[best * K + rList[k]] += rw[rList[k]];
      for (let k = 0; k < nl; k++) N[lList[k] * K + best] += lw[lList[k]];
      N[best * K + best] += self;
      NC[best] += nw;
      if (best !== from) { cls[w] = best; moved++; }
      for (let k = 0; k < nr; k++) rw[rList[k]] = 0;
      for (let k = 0; k < nl; k++) lw[lList[k]] = 0;
    }
    let ll = 0;
    for (let i = 0; i < K * K; i++) ll += xlogx(N[i]);
    for (let c = 0; c < K; c++) ll -= 2 * xlogx(NC[c]);
    log(`  ${C} classes, iteration ${it + 1}: ${moved} words moved, objective ${(ll / ids.length).toFixed(4)}`);
    if (moved < (V - 2) * 0.002) break;
  }
  return cls;
}

const parts = CLASSES.map((C) => cluster(C));
const lines = kept.map((w, i) => [words[w], ...parts.map((cls) => cls[i + 2] - 2)].join('\t'));
writeFileSync(OUT, gzipSync(Buffer.from(`${LOWER ? '' : '# cased\n'}# word\t${CLASSES.map((c) => `class_of_${c}`).join('\t')}\n${lines.join('\n')}\n`, 'utf8'), { level: 9 }));
log(`wrote ${OUT}: ${lines.length} words`);
