#!/usr/bin/env node
// Review helper: node scripts/lexicon/senses.mjs <lemma> [pos]  — lists the synsets of a lemma with gloss,
// lexicographer file and troponym count, named as seeds.tsv and the review files name them.
import { loadWordNet } from './wordnet.mjs';
const wn = loadWordNet();
const [, , lemma, pos] = process.argv;
for (const fp of pos ? [pos] : ['v', 'n', 'a', 'r']) {
  wn.lemmaSynsets(lemma, fp).forEach((s, i) => {
    const hypo = s.ptrs.filter((p) => p.sym === '~' || p.sym === '&').length;
    console.log(`${lemma}.${s.pos}.${String(i + 1).padStart(2, '0')}\t[${wn.nameOf(s)}]\t${s.lexfile}\t${s.words.join(',')}\t+${hypo}\t${s.gloss.slice(0, 110)}`);
  });
}
