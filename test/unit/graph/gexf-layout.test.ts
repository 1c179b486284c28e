/**
 * The GEXF files as delivered: no two nodes overlap (distance between centres ≥ the sum of the
 * two radii, Gephi's `viz:size`), for the seeds and for a 500-document synthetic corpus, and a
 * state has one colour in actors.gexf and countries.gexf.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildArgs, runBuild } from '../../../src/commands/build';
import { assignBlocColors } from '../../../src/export/colors';
import { writeGexf } from '../../../src/export/gexf';
import { analyse } from '../../../src/graph/analyse';
import { buildGraph } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { seededRng } from '../../../src/graph/rng';
import { dropUnsignedActors } from '../../../src/graph/signed-only';
import { POLARITY, STATEMENT_TYPES, type ActorRef, type Statement } from '../../../src/types';
import { REPO_ROOT } from '../export/xmllint';
import { testIO } from '../commands/io';

interface DrawnNode { id: string; label: string; color: string; x: number; y: number; size: number }

/** Nodes of a GEXF file as Gephi reads them: id, label, viz colour, position and size. */
function gexfNodes(xml: string): DrawnNode[] {
  const nodes: DrawnNode[] = [];
  for (const m of xml.matchAll(/<node id="([^"]+)" label="([^"]*)">([\s\S]*?)<\/node>/g)) {
    const body = m[3]!;
    const c = /<viz:color r="(\d+)" g="(\d+)" b="(\d+)"\/>/.exec(body);
    const p = /<viz:position x="([^"]+)" y="([^"]+)"/.exec(body);
    const s = /<viz:size value="([^"]+)"/.exec(body);
    if (!c || !p || !s) throw new Error(`node ${m[1]} lacks viz colour, position or size`);
    nodes.push({ id: m[1]!, label: m[2]!, color: `${c[1]},${c[2]},${c[3]}`, x: Number(p[1]), y: Number(p[2]), size: Number(s[1]) });
  }
  return nodes;
}

/** Pairs of nodes whose discs overlap. */
function overlaps(nodes: DrawnNode[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.size + b.size) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

/** Invented corpus: `docs` documents of 8 statements among 300 invented actors of 40 invented states. */
function syntheticStatements(docs: number, seed = 7): Statement[] {
  const rng = seededRng(seed);
  const states: ActorRef[] = Array.from({ length: 40 }, (_, i) => ({ id: `country:S${i}`, name: `State ${i}`, kind: 'country', country: `State ${i}` }));
  const people: ActorRef[] = Array.from({ length: 260 }, (_, i) => {
    const st = states[Math.floor(rng() ** 2 * states.length)]!;
    return { id: `person:p${i}`, name: `Person ${i}`, kind: 'person', country: st.name };
  });
  const actors = [...states, ...people];
  // Popular actors are picked more often, as in news.
  const pick = () => actors[Math.floor(rng() ** 2.5 * actors.length)]!;
  const out: Statement[] = [];
  for (let d = 0; d < docs; d++) {
    for (let k = 0; k < 8; k++) {
      const a = pick();
      let t = pick();
      if (t.id === a.id) t = actors[(actors.indexOf(a) + 1) % actors.length]!;
      const type = STATEMENT_TYPES[Math.floor(rng() * STATEMENT_TYPES.length)]!;
      const text = `${a.name} made a statement of type ${type.toLowerCase()} about ${t.name}.`;
      out.push({
        id: `syn-${d}-${k}`, doc: `syn-${d}`, sentence: k, text, actor: a, type, polarity: POLARITY[type], target: t,
        confidence: 0.7, cue: 'statement', source: { path: `syn-${d}.txt`, published: '2022-01-01' },
        ...(rng() < 0.5 ? { date: `2022-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`, dateSource: 'text' as const } : { dateSource: 'none' as const }),
        evidence: { sentenceSpan: { start: 0, end: text.length }, cue: { start: a.name.length + 1, end: a.name.length + 5 }, rules: ['test/invented'], lexicon: [] },
      });
    }
  }
  return out;
}

/** The graph stage of `stancegraph build` on statements, to GEXF. */
function deliver(statements: Statement[]): { actors: string; countries: string } {
  const actors = buildGraph(statements);
  dropUnsignedActors(actors);
  const countries = projectCountries(actors);
  analyse(actors, { seed: 1 });
  analyse(countries, { seed: 1 });
  assignBlocColors(actors, countries);
  return { actors: writeGexf(actors), countries: writeGexf(countries) };
}

function expectSameStateColours(actorsXml: string, countriesXml: string): number {
  const inActors = new Map(gexfNodes(actorsXml).map((n) => [n.id, n.color]));
  let compared = 0;
  for (const n of gexfNodes(countriesXml)) {
    if (!inActors.has(n.id)) continue;
    expect(`${n.label} ${inActors.get(n.id)}`).toBe(`${n.label} ${n.color}`);
    compared++;
  }
  return compared;
}

describe('delivered GEXF layout', () => {
  let seeds: { actors: string; countries: string };

  beforeAll(async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-layout-'));
    const out = join(cwd, 'out');
    await runBuild(parseBuildArgs([join(REPO_ROOT, 'seeds'), '--out-dir', out, '-q']), testIO(cwd));
    seeds = { actors: readFileSync(join(out, 'actors.gexf'), 'utf8'), countries: readFileSync(join(out, 'countries.gexf'), 'utf8') };
  }, 180_000);

  it('has no overlapping nodes for the seeds', () => {
    const actors = gexfNodes(seeds.actors);
    const countries = gexfNodes(seeds.countries);
    expect(actors.length).toBeGreaterThan(20);
    expect(countries.length).toBeGreaterThan(3);
    expect(overlaps(actors)).toEqual([]);
    expect(overlaps(countries)).toEqual([]);
  });

  it('leaves out actors without a signed tie (COMMENT only)', () => {
    const edges = [...seeds.actors.matchAll(/<edge [^>]*source="([^"]+)" target="([^"]+)"/g)];
    const tied = new Set(edges.flatMap((m) => [m[1], m[2]]));
    for (const n of gexfNodes(seeds.actors)) expect(tied.has(n.id) ? n.id : `${n.id} has no tie`).toBe(n.id);
  });

  it('gives a state the same colour in actors.gexf and countries.gexf (seeds)', () => {
    expect(expectSameStateColours(seeds.actors, seeds.countries)).toBeGreaterThan(3);
  });

  it('has no overlapping nodes, sizes within 4–20 and the same state colours for 500 documents', () => {
    const statements = syntheticStatements(500);
    const t0 = Date.now();
    const files = deliver(statements);
    const ms = Date.now() - t0;
    const actors = gexfNodes(files.actors);
    const countries = gexfNodes(files.countries);
    expect(actors.length).toBeGreaterThan(200);
    expect(overlaps(actors)).toEqual([]);
    expect(overlaps(countries)).toEqual([]);
    for (const n of actors) {
      expect(n.size).toBeGreaterThanOrEqual(4);
      expect(n.size).toBeLessThanOrEqual(20);
    }
    expect(expectSameStateColours(files.actors, files.countries)).toBeGreaterThan(20);
    // Layout scaled to node sizes: the drawing is a few dozen node widths across, not thousands.
    const xs = actors.map((n) => n.x);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(width / 20).toBeLessThan(100);
    process.stderr.write(`[layout] 500 documents: ${actors.length} actors, ${countries.length} states, graph stage ${ms} ms\n`);
  }, 120_000);

  it('looks alike at 2 and 500 documents: node sizes relative to the graph', () => {
    const small = gexfNodes(deliver(syntheticStatements(2, 3)).actors);
    const sizes = small.map((n) => n.size);
    expect(Math.max(...sizes)).toBe(20);
    expect(overlaps(small)).toEqual([]);
  });
});
