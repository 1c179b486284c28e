/**
 * Prunes a trained syntax model after training: reads a model file (the format of
 * src/syntax/model.ts), drops the rows of chosen weight tables whose spread (largest minus smallest
 * weight, int8 × the row's scale) is smallest, and writes a new model file. Kept rows are copied byte for byte (same
 * key, same scale byte, same int8 weights), so with nothing dropped the output decodes to the
 * same tables as the input.
 *
 *   npx tsx scripts/prune-model.ts [--in FILE] --out FILE --keep moves=0.6,labels=0.55[,tagger=1,morph=1] [--by spread|max]
 *
 * `--keep NAME=F` keeps the fraction F of that table's rows, largest first (ties broken by key, so
 * the result is deterministic); tables not named are kept whole. Why: at prediction time the
 * parser's weight look-ups are bound by memory (tables of 25 and 31 MB against a 2 MB L2 and a
 * shared 32 MB L3); rows whose weights are all near zero move scores least, and dropping them
 * shrinks the tables to the next power-of-two capacity (src/syntax/weights.ts). Accuracy against
 * table size is measured on EWT test (bench/REPORT.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeKeys, type SyntaxModelHeader } from '../src/syntax/model';

const { values: opt } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'string' },
    by: { type: 'string' },
  },
});
const IN = opt.in ?? join(__dirname, '..', 'src', 'data', 'syntax', 'model.bin.gz');
if (!opt.out) throw new Error('--out FILE is required');
const keep = new Map<string, number>();
for (const part of (opt.keep ?? '').split(',').filter(Boolean)) {
  const [name, f] = part.split('=');
  const v = Number(f);
  if (!(v > 0 && v <= 1)) throw new Error(`--keep ${part}: the fraction must be in (0, 1]`);
  keep.set(name, v);
}

const MAGIC = 'SGSYN2\n';
const buf = gunzipSync(readFileSync(IN));
if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${IN}: not a stancegraph syntax model`);
let p = MAGIC.length;
const jl = buf.readUInt32LE(p);
p += 4;
const header: SyntaxModelHeader = JSON.parse(buf.toString('utf8', p, p + jl));
p += jl;

function leb(out: number[], d: number): void {
  while (d >= 0x80) {
    out.push((d & 0x7f) | 0x80);
    d = Math.floor(d / 128);
  }
  out.push(d);
}

const parts: Buffer[] = [];
const meta: SyntaxModelHeader['tables'] = [];
for (const t of header.tables) {
  const { nRows, nClasses: nc } = t;
  const keys = decodeKeys(buf, p, nRows, t.keyBytes);
  if (!keys) throw new Error(`table ${t.name}: corrupt keys`);
  p += t.keyBytes;
  const scaleBytes = buf.subarray(p, p + nRows);
  p += nRows;
  const q = new Int8Array(buf.buffer, buf.byteOffset + p, nRows * nc);
  p += nRows * nc;

  const frac = keep.get(t.name) ?? 1;
  let rows = Array.from({ length: nRows }, (_, r) => r);
  if (frac < 1) {
    const mag = new Float64Array(nRows);
    for (let r = 0; r < nRows; r++) {
      // every use of a table is an argmax over its classes: adding the same amount to every
      // class changes no decision, so a row counts by its spread (largest minus smallest weight)
      let lo = 127;
      let hi = -127;
      for (let c = 0; c < nc; c++) {
        lo = Math.min(lo, q[r * nc + c]);
        hi = Math.max(hi, q[r * nc + c]);
      }
      // --by max: the largest |weight| instead
      const m = opt.by === 'max' ? Math.max(hi, -lo) : hi - lo;
      mag[r] = m * Math.pow(2, (scaleBytes[r] - 128) / 8);
    }
    const n = Math.round(nRows * frac);
    rows = rows.sort((a, b) => mag[b] - mag[a] || keys[a] - keys[b]).slice(0, n).sort((a, b) => a - b);
    console.log(`${t.name}: kept ${n} of ${nRows} rows (${opt.by === 'max' ? '|w|' : 'spread'} >= ${mag[rows.reduce((a, r) => (mag[r] < mag[a] ? r : a), rows[0])].toFixed(3)})`);
  }
  const kb: number[] = [];
  let prev = 0;
  const sc = Buffer.alloc(rows.length);
  const qq = Buffer.alloc(rows.length * nc);
  rows.forEach((r, i) => {
    leb(kb, keys[r] - prev);
    prev = keys[r];
    sc[i] = scaleBytes[r];
    qq.set(new Uint8Array(q.buffer, q.byteOffset + r * nc, nc), i * nc);
  });
  parts.push(Buffer.from(kb), sc, qq);
  meta.push({ name: t.name, nClasses: nc, nRows: rows.length, keyBytes: kb.length });
}
if (p !== buf.length) throw new Error(`${IN}: trailing bytes`);
const out: SyntaxModelHeader = {
  ...header,
  tables: meta,
  info: { ...header.info, ...(keep.size ? { prunedAfterTraining: Object.fromEntries(keep) } : {}) },
};
const json = Buffer.from(JSON.stringify(out), 'utf8');
const len = Buffer.alloc(4);
len.writeUInt32LE(json.length);
writeFileSync(opt.out, gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, json, ...parts]), { level: 9 }));
console.log(`${opt.out}: ${meta.map((m) => `${m.name} ${m.nRows}`).join(', ')}`);
