// Benchmark of the graph stage (not a test): synthetic statements → buildGraph, projectCountries,
// analyse (with layout), writeGexf. Usage: node bench/graph.mjs [actors] [statements] [distDir]
// Run `npm run build` first (or pass a dist folder compiled elsewhere).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const [actorsN = 300, statementsN = 3000, dist = 'dist'] = process.argv.slice(2);
const root = resolve(dist);
const { buildGraph, projectCountries, analyse, seededRng } = require(`${root}/graph/index.js`);
const { writeGexf } = require(`${root}/export/index.js`);

const rng = seededRng(42);
const TYPES = ['CRITICIZE', 'WARN', 'SUPPORT', 'MEET', 'ACCUSE', 'COMMENT'];
const POL = { CRITICIZE: -1, WARN: -1, ACCUSE: -1, SUPPORT: 1, MEET: 1, COMMENT: 0 };
const actors = Array.from({ length: +actorsN }, (_, i) => ({
  id: `person:p${i}`, name: `Person ${i}`, kind: 'person', country: `State ${i % 40}`,
}));
const pick = () => actors[Math.floor(rng() ** 2 * actors.length)];
const statements = Array.from({ length: +statementsN }, (_, i) => {
  const type = TYPES[i % TYPES.length];
  let a = pick(); let t = pick();
  if (a === t) t = actors[(actors.indexOf(a) + 1) % actors.length];
  return {
    id: `s${i}`, doc: `d${i % 50}`, sentence: i, text: `Invented sentence ${i}.`, actor: a, target: t, type,
    polarity: POL[type], confidence: 0.8, cue: 'x', date: `2023-0${1 + (i % 9)}-1${i % 10}`,
    source: { path: 'x' }, evidence: { sentenceSpan: { start: 0, end: 1 }, cue: { start: 0, end: 1 }, rules: [], lexicon: [] },
  };
});

const time = (label, fn) => {
  const t0 = performance.now();
  const out = fn();
  console.log(`${label.padEnd(20)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return out;
};
const g = time('buildGraph', () => buildGraph(statements));
const c = time('projectCountries', () => projectCountries(g));
time('analyse actors', () => analyse(g, { seed: 1 }));
time('analyse countries', () => analyse(c, { seed: 1 }));
const xml = time('writeGexf actors', () => writeGexf(g));
console.log(`${g.order} actors, ${g.size} ties, ${c.order} states; GEXF ${(xml.length / 1e6).toFixed(1)} MB`);
