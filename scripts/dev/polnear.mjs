#!/usr/bin/env node
// PolNeAR dev: each named-source attribution with our statements in its sentence (or none), and wrong speakers.
// node scripts/dev/polnear.mjs PRED.jsonl [miss|wrong] [N]
import { readFileSync } from 'node:fs';
import { annotatedDocuments, tokens, named } from './polnear-ann.mjs';
const pred = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const mode = process.argv[3] ?? 'miss'; const N = Number(process.argv[4] ?? 40);
let shown = 0;
for (const { doc, text, attrs } of annotatedDocuments()) {
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
