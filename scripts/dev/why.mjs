#!/usr/bin/env node
// Why each missed gold edge was missed: does its sentence have a cue, the actor, the target?
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { extractDocument } = require('../../dist/pipeline.js');
const { findCues } = require('../../dist/statements/cues.js');
const { loadLexicons } = require('../../dist/lexicon/load.js');
const lex = loadLexicons();
const GOLD = new URL('../../../shared/gold/dev/', import.meta.url).pathname;
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
const squash = (s) => String(s ?? '').replace(/[“”]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const SIGN = { CRITICIZE: '-', ACCUSE: '-', WARN: '-', DEMAND: '-', REJECT: '-', PROTEST: '-', SANCTION: '-', SUPPORT: '+', COOPERATE: '+', MEET: '+', COMMENT: '0' };
const tally = {};
for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(GOLD, f), 'utf8'));
  const alias = new Map();
  for (const [id, e] of Object.entries(g.entities)) for (const n of [id, e.name, ...(e.aliases ?? [])]) if (!alias.has(norm(n))) alias.set(norm(n), id);
  const res = (n) => alias.get(norm(n)) ?? `?${n}`;
  const text = readFileSync(join(GOLD, 'texts', `${g.doc}.txt`), 'utf8');
  const sents = [];
  const st = extractDocument({ id: g.doc, path: g.doc, text, published: g.published }, { lexicons: lex, onSentence: ({ sentence, tree, registry }) => {
    const ents = new Set(); for (const m of tree.mentionAt) if (m?.entity) ents.add(res(registry.ref(m.entity).name));
    sents.push({ text: sentence.text, index: sentence.index, cues: findCues(lex, tree).filter((c) => c.entry.type).map((c) => `${c.entry.lemma}/${c.entry.type}`), ents });
  } });
  for (const s of g.statements) {
    if (SIGN[s.type] === '0') continue;
    const sent = sents.find((x) => squash(x.text).includes(squash(s.anchor)));
    if (!sent) { (tally['no sentence'] ??= []).push(s.anchor); continue; }
    for (const t of s.targets) {
      const hit = st.some((p) => p.sentence === sent.index && res(p.actor.name) === s.actor && res(p.target.name) === t && SIGN[p.type] === SIGN[s.type]);
      if (hit) { (tally.ok ??= []).push(1); continue; }
      const sameType = sent.cues.some((c) => SIGN[c.split('/')[1]] === SIGN[s.type]);
      const k = `${sent.cues.length ? (sameType ? 'cue' : 'cue-wrong-sign') : 'no-cue'} ${sent.ents.has(s.actor) ? 'actor' : 'no-actor'} ${sent.ents.has(t) ? 'target' : 'no-target'}`;
      (tally[k] ??= []).push(`${g.doc.slice(0, 12)} ${s.actor} ${s.type} ${t} «${s.anchor}» cues=${sent.cues.join(',')}`);
    }
  }
}
for (const [k, v] of Object.entries(tally).sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(v.length).padStart(4)}  ${k}`);
  if (process.argv[2] && k.includes(process.argv[2])) for (const x of v) console.log(`        ${x}`);
}
