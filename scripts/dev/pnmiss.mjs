#!/usr/bin/env node
// PolNeAR dev: missed named-source attributions, by whether our mentions have the speaker and another actor
// in the sentence; prints the cue token (lemma/upos) and the sentence. node scripts/dev/pnmiss.mjs PRED.jsonl [category] [N]
import { readFileSync } from 'node:fs';
import { annotatedDocuments, tokens, named } from './polnear-ann.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { extractDocument } = require('../../dist/pipeline.js');
const { loadLexicons } = require('../../dist/lexicon/load.js');
const lex = loadLexicons();
const pred = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const want = process.argv[3]; const N = Number(process.argv[4] ?? 1e9);
const tally = {}; const cueTally = {};
for (const { doc, text, attrs } of annotatedDocuments()) {
  const sents = [];
  extractDocument({ id: doc, path: doc, text, published: (doc.match(/\d{4}-\d{2}-\d{2}/) ?? ['2016-09-01'])[0] }, { lexicons: lex, onSentence: ({ sentence, tree, registry, drafts }) => {
    const ents = new Map();
    for (let i = 0; i < tree.n; i++) { const m = tree.mentionAt[i]; if (m?.entity) { const r = registry.ref(m.entity); ents.set(r.name, r); } }
    sents.push({ s: sentence, tree, ents, drafts });
  } });
  const mine = pred.filter((p) => p.doc === doc).map((p) => ({ ...p, start: text.indexOf(p.text) })).map((p) => ({ ...p, end: p.start + p.text.length }));
  for (const a of attrs) {
    if (!a.source || !named(a.source)) continue;
    const here = mine.filter((p) => p.start >= 0 && a.cue.start >= p.start && a.cue.start < p.end);
    const hit = here.some((p) => [...tokens(a.source)].some((w) => tokens(p.actor.name).has(w)));
    if (hit) continue;
    const st = sents.find((x) => a.cue.start >= x.s.span.start && a.cue.start < x.s.span.end);
    if (!st) { (tally['no-sentence'] ??= []).push(a.cue.text); continue; }
    const src = tokens(a.source);
    const names = [...st.ents.keys()];
    const spk = names.filter((n) => [...src].some((w) => tokens(n).has(w)));
    const other = names.filter((n) => !spk.includes(n));
    // cue token(s)
    const cueToks = []; for (let i = 0; i < st.tree.n; i++) { const t = st.tree.toks[i]; const off = t.start; if (t.start !== undefined && off >= a.cue.start && off < a.cue.end) cueToks.push(`${t.lemma}/${t.upos}`); }
    const k = `${spk.length ? 'speaker' : 'no-speaker'} ${other.length ? 'other' : 'no-other'}${here.length ? ' has-stmt' : ''}`;
    (tally[k] ??= []).push(`cue=«${a.cue.text}» [${cueToks.join(' ')}] src=«${a.source}» ents=[${names.join('; ')}] we=[${here.map((p) => `${p.actor.name}:${p.type}>${p.target.name}`).join(', ')}]\n      ${st.s.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    if (k === 'speaker other') { const c = a.cue.text.toLowerCase(); cueTally[c] = (cueTally[c] ?? 0) + 1; }
  }
}
for (const [k, v] of Object.entries(tally).sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(v.length).padStart(4)}  ${k}`);
  if (want && k === want) for (const x of v.slice(0, N)) console.log(`    ${x}`);
}
if (!want) console.log(Object.entries(cueTally).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} ${c}`).join('\n'));
