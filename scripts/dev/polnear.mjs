#!/usr/bin/env node
// PolNeAR dev: each named-source attribution with our statements in its sentence (or none), and wrong speakers.
// node scripts/dev/polnear.mjs PRED.jsonl [miss|wrong] [N]
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
const DIR = new URL('../../../shared/data/polnear/dev/', import.meta.url).pathname;
const pred = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const mode = process.argv[3] ?? 'miss'; const N = Number(process.argv[4] ?? 40);
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'mr', 'mrs', 'ms', 'dr', 'said', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'this', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'official', 'officials', 'senator', 'sen', 'rep', 'gov', 'former', 'new', 'for', 'in', 'on']);
const tokens = (s) => new Set(String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w)));
const named = (s) => /\b[A-Z][a-z]+/.test(String(s).replace(/^(The|A|An|He|She|It|They)\b/, '')) || /\b[A-Z]{2,}\b/.test(s);
let shown = 0;
for (const f of readdirSync(join(DIR, 'attributions')).sort()) {
  const doc = basename(f, '.ann').replace(/_[0-9a-f]{4}$/, '');
  const text = readFileSync(join(DIR, 'text', `${doc}.txt`), 'utf8');
  const T = new Map(); const attrs = [];
  for (const line of readFileSync(join(DIR, 'attributions', f), 'utf8').split('\n')) {
    const [id, spec, body] = line.split('\t'); if (!id) continue;
    if (id.startsWith('T')) { const [type, ...rest] = spec.split(' '); const sp = rest.join(' ').split(';').map((p) => p.trim().split(' ').map(Number)); T.set(id, { type, start: sp[0][0], end: sp.at(-1)[1], text: body }); }
    else if (id.startsWith('E')) { const r = Object.fromEntries(spec.split(' ').map((x) => x.split(':'))); const cue = T.get(r.Cue); const src = T.get(r.Source); if (cue) attrs.push({ cue, source: src?.text ?? null }); }
  }
  const mine = pred.filter((p) => p.doc === doc).map((p) => ({ ...p, start: text.indexOf(p.text) })).map((p) => ({ ...p, end: p.start + p.text.length }));
  for (const a of attrs) {
    if (!a.source || !named(a.source)) continue;
    const here = mine.filter((p) => p.start >= 0 && a.cue.start >= p.start && a.cue.start < p.end);
    const hit = here.some((p) => [...tokens(a.source)].some((w) => tokens(p.actor.name).has(w)));
    if (mode === 'miss' && !hit && shown++ < N) {
      const s0 = text.lastIndexOf('\n', a.cue.start) + 1; const s1 = text.indexOf('\n', a.cue.start);
      console.log(`MISS src=«${a.source}» cue=«${a.cue.text}» we=[${here.map((p) => `${p.actor.name}:${p.type}`).join(', ')}]\n    ${text.slice(Math.max(s0, a.cue.start - 150), Math.min(s1 < 0 ? text.length : s1, a.cue.start + 150)).replace(/\n/g, ' ')}`);
    }
    if (mode === 'wrong' && here.length && !hit && shown++ < N) console.log(`WRONG src=«${a.source}» cue=«${a.cue.text}» we=[${here.map((p) => `${p.actor.name}:${p.type}:${p.evidence.rules[0]}`).join(', ')}]`);
  }
}
