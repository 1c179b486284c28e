#!/usr/bin/env node
// Shared synthetic statement generator (issue 14): deterministic, seeded statements in the
// `statements.jsonl` record shape (../shared/spec/STATEMENTS.md, as `stancegraph extract` writes it).
//
//   import { generateStatements, actorPool, writeStatementsFile } from './synth/statements.mjs';
//   for (const s of generateStatements({ n: 1_000_000, seed: 42 })) …      // a generator, O(actors) memory
//   node bench/synth/statements.mjs --n 100000 [--seed 42] [--actors N] [--prefix synth] > statements.jsonl
//
// Shape, at the defaults:
// - actors: 60 real countries (ids `country:<ISO3>`, as the extractor gives them) plus `actors` invented
//   people, organizations, media outlets and groups (default max(200, n / 40): 25,060 at 1 M statements).
//   Names come from a syllable generator (`Abrako Kerasin`, `Tevalum Institute`): never real people.
//   Every invented actor belongs to a country, and every country to one of four camps.
// - activity is skewed: half of the speakers and targets are drawn from a power law over the actor pool
//   (a few actors make and receive much of the talk; countries are targets often), the other half
//   uniformly, so at 1 M statements nearly every actor of the pool speaks or is spoken about.
// - sign follows the camps: a statement within a camp is positive 75 % of the time, across camps
//   negative 75 %, with COMMENT 8 % throughout — so blocs and (im)balance have structure to find.
// - documents of 4…60 statements (mean ~20), dates in 2020…2024, ~1/3 of statements with a quote.
// The same (n, seed, actors, prefix) always gives the same bytes; a prefix of the output for n is the
// output for a smaller n only when `actors` is given explicitly (the pool size depends on n otherwise).

import { createWriteStream, renameSync } from 'node:fs';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The eleven statement types with their polarity (the spec's table). */
export const TYPES = {
  negative: ['CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION'],
  positive: ['SUPPORT', 'COOPERATE', 'MEET'],
  neutral: ['COMMENT'],
};
const VERBS = {
  CRITICIZE: 'criticized', ACCUSE: 'accused', WARN: 'warned', DEMAND: 'called on', REJECT: 'rejected the claims of',
  PROTEST: 'summoned the envoy of', SANCTION: 'announced sanctions on', SUPPORT: 'praised', COOPERATE: 'signed an agreement with',
  MEET: 'met', COMMENT: 'commented on',
};
const CUES = {
  CRITICIZE: 'criticize', ACCUSE: 'accuse', WARN: 'warn', DEMAND: 'call on', REJECT: 'reject', PROTEST: 'summon',
  SANCTION: 'sanction', SUPPORT: 'praise', COOPERATE: 'sign', MEET: 'meet', COMMENT: 'comment',
};

/** Real countries (short English name, ISO 3166-1 alpha-3) and the camp each is put in. */
export const COUNTRIES = [
  ['United States', 'USA'], ['China', 'CHN'], ['Russia', 'RUS'], ['Japan', 'JPN'], ['South Korea', 'KOR'], ['North Korea', 'PRK'],
  ['Germany', 'DEU'], ['France', 'FRA'], ['United Kingdom', 'GBR'], ['Italy', 'ITA'], ['Spain', 'ESP'], ['Poland', 'POL'],
  ['Ukraine', 'UKR'], ['Belarus', 'BLR'], ['Iran', 'IRN'], ['Iraq', 'IRQ'], ['Syria', 'SYR'], ['Turkey', 'TUR'],
  ['Israel', 'ISR'], ['Egypt', 'EGY'], ['Saudi Arabia', 'SAU'], ['India', 'IND'], ['Pakistan', 'PAK'], ['Afghanistan', 'AFG'],
  ['Brazil', 'BRA'], ['Argentina', 'ARG'], ['Mexico', 'MEX'], ['Canada', 'CAN'], ['Australia', 'AUS'], ['Indonesia', 'IDN'],
  ['Vietnam', 'VNM'], ['Philippines', 'PHL'], ['Thailand', 'THA'], ['Malaysia', 'MYS'], ['Nigeria', 'NGA'], ['South Africa', 'ZAF'],
  ['Kenya', 'KEN'], ['Ethiopia', 'ETH'], ['Venezuela', 'VEN'], ['Cuba', 'CUB'], ['Colombia', 'COL'], ['Chile', 'CHL'],
  ['Sweden', 'SWE'], ['Norway', 'NOR'], ['Finland', 'FIN'], ['Netherlands', 'NLD'], ['Belgium', 'BEL'], ['Austria', 'AUT'],
  ['Hungary', 'HUN'], ['Serbia', 'SRB'], ['Georgia', 'GEO'], ['Armenia', 'ARM'], ['Azerbaijan', 'AZE'], ['Kazakhstan', 'KAZ'],
  ['Mongolia', 'MNG'], ['Qatar', 'QAT'], ['Jordan', 'JOR'], ['Lebanon', 'LBN'], ['Greece', 'GRC'], ['Romania', 'ROU'],
];
const CAMPS = 4;

// Syllables are a consonant run and one vowel, so a run of syllables reads back one way only: the surname
// that spells an index is unique by construction (a final consonant is added only at the end).
const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr', 'st', 'sh', 'th', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'm'];
const SYLLABLES = [];
for (const o of ONSETS) for (const v of VOWELS) SYLLABLES.push(o + v);
const ORG_HEADS = ['Institute', 'Ministry of Trade', 'Council', 'Foundation', 'Party', 'Union', 'Agency', 'Forum', 'Alliance', 'Centre'];
const MEDIA_HEADS = ['Herald', 'Courier', 'Daily', 'Tribune', 'News Agency', 'Observer'];
const GROUP_HEADS = ['opposition bloc', 'youth movement', 'veterans group', 'farmers association'];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'spokesperson', 'Ambassador', 'MP', 'Senator', 'Governor', 'analyst'];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** An invented word of `k` seeded syllables (given names, author names). */
function word(k, r) {
  let w = VOWELS[Math.floor(r() * VOWELS.length)];
  for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w + CODAS[Math.floor(r() * CODAS.length)];
}
/** Distinct invented surname for index i: i spelled in base |SYLLABLES| (at least two syllables), then a final consonant. */
function surname(i) {
  let w = '';
  let x = i + SYLLABLES.length;
  while (x > 0) {
    w = SYLLABLES[x % SYLLABLES.length] + w;
    x = Math.floor(x / SYLLABLES.length);
  }
  return cap(w + CODAS[i % CODAS.length]);
}

/**
 * The actor pool: 60 countries first, then `size` invented actors. Deterministic for (size, seed).
 * Each actor: { id, name, kind, country, camp, role?, aliases? } (`camp` is the generator's, not the spec's).
 */
export function actorPool(size, seed = 42) {
  const r = rng(seed ^ 0x5eed);
  const countries = COUNTRIES.map(([name, iso], i) => ({ id: `country:${iso}`, name, kind: 'country', country: name, camp: i % CAMPS }));
  const actors = [...countries];
  for (let i = 0; i < size; i++) {
    const c = countries[Math.floor(r() * r() * countries.length)]; // big countries have more people
    const u = r();
    const sur = surname(i);
    let a;
    if (u < 0.82) {
      const given = cap(word(2 + Math.floor(r() * 2), r));
      const name = `${given} ${sur}`;
      a = { id: `person:${slug(name)}`, name, kind: 'person', country: c.name, camp: c.camp, role: ROLES[Math.floor(r() * ROLES.length)] };
      if (r() < 0.3) a.aliases = [sur];
    } else if (u < 0.94) {
      const name = `${sur} ${ORG_HEADS[Math.floor(r() * ORG_HEADS.length)]}`;
      a = { id: `organization:${slug(name)}`, name, kind: 'organization', country: c.name, camp: c.camp };
    } else if (u < 0.98) {
      const name = `${sur} ${MEDIA_HEADS[Math.floor(r() * MEDIA_HEADS.length)]}`;
      a = { id: `media:${slug(name)}`, name, kind: 'media', country: c.name, camp: c.camp };
    } else {
      const name = `the ${sur} ${GROUP_HEADS[Math.floor(r() * GROUP_HEADS.length)]}`;
      a = { id: `group:${slug(name)}`, name, kind: 'group', country: c.name, camp: c.camp };
    }
    actors.push(a);
  }
  return actors;
}

const hex = (x, w) => (x >>> 0).toString(16).padStart(8, '0').slice(8 - w);
const pad2 = (n) => String(n).padStart(2, '0');
const ref = (a) => {
  const o = { id: a.id, name: a.name, kind: a.kind };
  if (a.country) o.country = a.country;
  if (a.role) o.role = a.role;
  if (a.aliases) o.aliases = a.aliases;
  return o;
};

/**
 * Statements, one object per statement, in document order.
 * @param {{n:number, seed?:number, actors?:number, prefix?:string, skew?:number}} opts
 *   n statements; seed (42); actors: invented actors in the pool (max(200, n/40)); prefix of document
 *   ids ('synth'); skew: exponent of the power law (3; higher = more concentrated).
 */
export function* generateStatements({ n, seed = 42, actors, prefix = 'synth', skew = 3 } = {}) {
  const size = actors ?? Math.max(200, Math.round(n / 40));
  const pool = actorPool(size, seed);
  const r = rng(seed);
  const nC = COUNTRIES.length;
  const pick = () => {
    const u = r();
    if (u < 0.15) return pool[Math.floor(r() ** 2 * nC)]; // countries, the big ones most
    if (u < 0.55) return pool[nC + Math.floor(r() ** skew * size)]; // prominent actors
    return pool[nC + Math.floor(r() * size)]; // anyone
  };
  const seedHex = hex(Math.imul(seed, 2654435761), 8);
  let doc = 0;
  let inDoc = 0;
  let docLen = 0;
  let docId = '';
  let published = '';
  let author = '';
  let title = '';
  for (let i = 0; i < n; i++) {
    if (inDoc >= docLen) {
      doc++;
      inDoc = 0;
      docLen = 4 + Math.floor(r() * r() * 57) + Math.floor(r() * 20);
      const y = 2020 + Math.floor(r() * 5);
      const m = 1 + Math.floor(r() * 12);
      const d = 1 + Math.floor(r() * 28);
      published = `${y}-${pad2(m)}-${pad2(d)}`;
      docId = `${published}-${prefix}-${doc}`;
      author = `${cap(word(2, r))} ${surname(doc % 5000)}`;
      title = `Report ${doc} on ${COUNTRIES[doc % nC][0]}`;
    }
    const actor = pick();
    let target = pick();
    if (target === actor) target = pool[(pool.indexOf(actor) + 1) % nC];
    const u = r();
    let type;
    if (u < 0.08) type = 'COMMENT';
    else {
      const sameCamp = actor.camp === target.camp;
      const positive = sameCamp ? r() < 0.75 : r() < 0.25;
      const list = positive ? TYPES.positive : TYPES.negative;
      type = list[Math.floor(r() * list.length)];
    }
    const polarity = TYPES.negative.includes(type) ? -1 : TYPES.positive.includes(type) ? 1 : 0;
    const issue = `issue ${Math.floor(r() * 500)}`;
    const text = `${actor.name} ${VERBS[type]} ${target.name} over ${issue}.`;
    const ownDate = r() < 0.3;
    const date = ownDate ? `${published.slice(0, 8)}${pad2(1 + Math.floor(r() * Number(published.slice(8))))}` : published;
    const s = {
      id: `${seedHex}${i.toString(16).padStart(12, '0')}`,
      doc: docId,
      sentence: inDoc,
      text,
      actor: ref(actor),
      type,
      polarity,
      target: ref(target),
      date,
      dateSource: ownDate ? 'text' : 'published',
    };
    if (r() < 0.33) s.quote = `${VERBS[type]} ${issue}`;
    s.confidence = Math.round((0.5 + r() / 2) * 100) / 100;
    s.cue = CUES[type];
    s.source = { path: `synth/${docId}.txt`, title, author, published };
    const a0 = 0;
    const a1 = actor.name.length;
    const c1 = a1 + 1 + VERBS[type].length;
    s.evidence = {
      sentenceSpan: { start: 0, end: text.length }, cue: { start: a1 + 1, end: c1 }, actor: { start: a0, end: a1 },
      target: { start: c1 + 1, end: c1 + 1 + target.name.length }, rules: ['synth/generated'], lexicon: [],
    };
    inDoc++;
    yield s;
  }
}

/** Writes `n` generated statements as JSON lines to `path` (atomically, through `path.part`). */
export async function writeStatementsFile(path, opts) {
  const out = createWriteStream(`${path}.part`);
  let buf = '';
  for (const s of generateStatements(opts)) {
    buf += `${JSON.stringify(s)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  renameSync(`${path}.part`, path);
  return path;
}

// CLI: node bench/synth/statements.mjs --n 100000 [--seed 42] [--actors N] [--prefix synth] > out.jsonl
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (k, d) => {
    const i = args.indexOf(`--${k}`);
    return i >= 0 ? args[i + 1] : d;
  };
  const n = Number(opt('n', 1000));
  const o = { n, seed: Number(opt('seed', 42)), prefix: opt('prefix', 'synth') };
  if (opt('actors')) o.actors = Number(opt('actors'));
  let buf = '';
  const flush = () => new Promise((res) => (process.stdout.write(buf) ? res() : process.stdout.once('drain', res)));
  for (const s of generateStatements(o)) {
    buf += `${JSON.stringify(s)}\n`;
    if (buf.length > 1 << 20) {
      await flush();
      buf = '';
    }
  }
  await flush();
}
