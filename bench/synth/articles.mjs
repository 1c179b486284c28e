#!/usr/bin/env node
/**
 * Synthetic news corpus
 * =====================
 *
 * Deterministic (seeded) articles that stancegraph's extractor turns into statements, for
 * end-to-end runs of `build` at any size (bench/build.mjs). Every name is invented by a syllable
 * generator: no real person or organization appears.
 *
 * Shape: `actors` invented politicians, each with a title, in `factions` (parties/camps). Each
 * article is dated, has a title line and `sentences` sentences; each sentence is one statement
 * (criticize, warn, accuse, condemn, blame, reject, praise, thank, meet …) between two actors
 * drawn with a Zipf-like skew (a few prominent actors, a long tail), supportive mostly inside a
 * faction and critical mostly across factions, so blocs have something to find. Most titles carry
 * a nationality adjective ("Kenyan Senator …"), one state per faction, so the state network has ties. About 85 % of
 * the sentences yield a statement (bench/build.mjs reports the real count).
 *
 * Usage:
 *   node bench/synth/articles.mjs --statements 1000000 [--actors N] [--seed 1] [-o corpus.jsonl]
 *   (or --articles N; --sentences per article, default 40)
 * Writes JSON Lines, one article per line: {"id", "title", "date", "text"} (stancegraph reads
 * them with its default field names). Prints a one-line JSON summary on stderr.
 *
 * From code: `import { generateArticles } from './bench/synth/articles.mjs'` yields the records.
 */
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const { seededRng } = createRequire(import.meta.url)('../../dist/graph/rng.js');

/** The project's own seeded PRNG (Mulberry32, src/graph/rng.ts): same seed, same corpus. Needs `npm run build`. */
export const rng = seededRng;

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr', 'vr', 'st', 'sk', 'gl', 'pl', 'th', 'h', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'v', 'nd', 'rt', 'sk'];

function syllables(r, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += ONSETS[Math.floor(r() * ONSETS.length)] + VOWELS[Math.floor(r() * VOWELS.length)] + (i === n - 1 ? CODAS[Math.floor(r() * CODAS.length)] : '');
  return s[0].toUpperCase() + s.slice(1);
}

/** Nationality adjectives (states, not people): the extractor gives a titled person this country. */
const DEMONYMS = ['French', 'Brazilian', 'Kenyan', 'Canadian', 'Mexican', 'Italian', 'Polish', 'Chilean', 'Norwegian', 'Egyptian',
  'Indonesian', 'Nigerian', 'Peruvian', 'Swedish', 'Greek', 'Turkish', 'Argentine', 'Spanish', 'Dutch', 'Austrian'];
const TITLES = ['Senator', 'Governor', 'Minister', 'Foreign Minister', 'Defense Minister', 'Interior Minister', 'Prime Minister', 'President', 'Ambassador', 'Mayor', 'Representative', 'Finance Minister'];

/** Sentence frames: {a} actor with title, {b} target with title, {an}/{bn} names alone. Type for reference only. */
const NEGATIVE = [
  ['CRITICIZE', '{a} criticized {b} on {day}.'],
  ['CRITICIZE', '{a} condemned the remarks by {bn}.'],
  ['WARN', '{a} warned {b} against further delays.'],
  ['ACCUSE', '{an} accused {b} of lying about the budget.'],
  ['REJECT', '{an} rejected the claims made by {bn}.'],
  ['BLAME', '{a} blamed {b} for the crisis.'],
];
const POSITIVE = [
  ['SUPPORT', '{a} praised {b} for the work on the new law.'],
  ['SUPPORT', '{a} thanked {bn} for the support.'],
  ['MEET', '{an} met {b} in the capital on {day}.'],
];
const HEADLINES = ['Tensions rise', 'Row deepens', 'Talks stall', 'Dispute grows', 'Budget fight goes on'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** The invented actors: distinct full names, a title each, a faction each. */
export function makeActors(count, factions, seed) {
  const r = rng(seed * 7919 + 1);
  const seen = new Set();
  const actors = [];
  while (actors.length < count) {
    const name = `${syllables(r, 2)} ${syllables(r, 2 + Math.floor(r() * 2))}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const faction = Math.floor(r() * factions);
    // most actors carry a nationality (a faction belongs to one state); some are given without
    const title = TITLES[Math.floor(r() * TITLES.length)];
    actors.push({ name, title: r() < 0.7 ? `${DEMONYMS[faction % DEMONYMS.length]} ${title}` : title, faction });
  }
  return actors;
}

/**
 * Yields `articles` article records. Options: actors (default 25,000), factions (default
 * actors / 100), sentences per article (default 40), seed (default 1), start date.
 */
export function* generateArticles({ articles, actors: actorCount = 25000, factions, sentences = 40, seed = 1, start = '2023-01-01' }) {
  const nFactions = factions ?? Math.max(2, Math.round(actorCount / 100));
  const actors = makeActors(actorCount, nFactions, seed);
  const byFaction = Array.from({ length: nFactions }, () => []);
  actors.forEach((a, i) => byFaction[a.faction].push(i));
  const r = rng(seed);
  // Zipf-like skew: index = floor(n * u^2.2) puts many draws on the first actors, the rest on a long tail
  const pick = () => Math.min(actorCount - 1, Math.floor(actorCount * r() ** 2.2));
  const t0 = Date.parse(`${start}T00:00:00Z`);
  for (let k = 0; k < articles; k++) {
    const date = new Date(t0 + Math.floor((k / Math.max(1, articles)) * 730) * 86400000).toISOString().slice(0, 10);
    const lines = [];
    for (let s = 0; s < sentences; s++) {
      const ai = pick();
      const a = actors[ai];
      const positive = r() < 0.4;
      let bi;
      if (positive) {
        const mates = byFaction[a.faction];
        bi = mates[Math.floor(r() * mates.length)];
      } else {
        bi = pick();
      }
      if (bi === ai) bi = (ai + 1) % actorCount;
      const b = actors[bi];
      const frames = positive ? POSITIVE : NEGATIVE;
      const [, frame] = frames[Math.floor(r() * frames.length)];
      lines.push(frame
        .replace('{a}', `${a.title} ${a.name}`).replace('{an}', a.name)
        .replace('{b}', `${b.title} ${b.name}`).replace('{bn}', b.name)
        .replace('{day}', DAYS[Math.floor(r() * DAYS.length)]));
    }
    // paragraphs of four sentences
    const paras = [];
    for (let i = 0; i < lines.length; i += 4) paras.push(lines.slice(i, i + 4).join(' '));
    yield { id: `synth-${String(k).padStart(7, '0')}`, title: HEADLINES[k % HEADLINES.length], date, text: paras.join('\n\n') };
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      statements: { type: 'string' }, articles: { type: 'string' }, actors: { type: 'string' },
      sentences: { type: 'string', default: '40' }, seed: { type: 'string', default: '1' }, output: { type: 'string', short: 'o' },
    },
  });
  const sentences = Number(values.sentences);
  // about 0.85 statements per sentence (measured on this generator; see bench/REPORT.md)
  const articles = values.articles ? Number(values.articles) : Math.ceil(Number(values.statements ?? 10000) / (0.85 * sentences));
  const actors = Number(values.actors ?? Math.max(1000, Math.round(articles * sentences * 0.025)));
  const out = values.output ? createWriteStream(values.output) : process.stdout;
  let bytes = 0;
  for (const a of generateArticles({ articles, actors, sentences, seed: Number(values.seed) })) {
    const line = `${JSON.stringify(a)}\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise((res) => out.once('drain', res));
  }
  if (values.output) await new Promise((res) => out.end(res));
  process.stderr.write(`${JSON.stringify({ articles, actors, sentences, bytes })}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
