/**
 * The scaled graph stage gives what the direct methods give: bounded tie attributes keep exact
 * counts, the forward triangle enumeration counts what brute force counts, capped co-criticism
 * only changes targets with more critics than the cap, and the line-by-line writers write the
 * same bytes as the string writers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../../src/graph/analyse';
import { balance } from '../../../src/graph/analyses/balance';
import { affinityGraph } from '../../../src/graph/analyses/communities';
import { buildGraph, createStanceGraph, tieKey } from '../../../src/graph/build-graph';
import { projectCountries } from '../../../src/graph/project-countries';
import { seededRng } from '../../../src/graph/rng';
import type { Sign, StanceGraph, TieAttrs } from '../../../src/graph/types';
import { writeGexf, writeGexfFile } from '../../../src/export/gexf';
import { writeGraphml, writeGraphmlFile } from '../../../src/export/graphml';
import { st } from './make-statements';

function randomSignedGraph(nodes: number, ties: number, seed: number): StanceGraph {
  const rng = seededRng(seed);
  const g = createStanceGraph('actors');
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { label: `n${i}` } as never);
  for (let k = 0; k < ties; k++) {
    const a = `n${Math.floor(rng() * nodes)}`;
    const b = `n${Math.floor(rng() * nodes)}`;
    if (a === b) continue;
    const sign: Sign = rng() < 0.5 ? 1 : -1;
    const key = tieKey(a, b, sign);
    const w = 1 + Math.floor(rng() * 3);
    if (g.hasEdge(key)) g.getEdgeAttributes(key).weight += w;
    else g.addDirectedEdgeWithKey(key, a, b, { sign, weight: w } as TieAttrs);
  }
  return g;
}

/** Cartwright–Harary by brute force over every node triple. */
function bruteForce(g: StanceGraph): { triads: number; balanced: number; unbalanced: string[] } {
  const sum = new Map<string, number>();
  g.forEachEdge((_e, a, s, t) => {
    const k = s < t ? `${s}|${t}` : `${t}|${s}`;
    sum.set(k, (sum.get(k) ?? 0) + a.sign * a.weight);
  });
  const sign = (a: string, b: string) => Math.sign(sum.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0);
  const nodes = g.nodes().sort();
  let triads = 0;
  let balanced = 0;
  const unbalanced: string[] = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
    const sij = sign(nodes[i]!, nodes[j]!);
    if (!sij) continue;
    for (let k = j + 1; k < nodes.length; k++) {
      const sjk = sign(nodes[j]!, nodes[k]!);
      const sik = sign(nodes[i]!, nodes[k]!);
      if (!sjk || !sik) continue;
      triads++;
      if (sij * sjk * sik > 0) balanced++;
      else unbalanced.push([nodes[i], nodes[j], nodes[k]].join(','));
    }
  }
  return { triads, balanced, unbalanced };
}

describe('balance', () => {
  it('counts the triads brute force counts, on random signed graphs with hubs', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = randomSignedGraph(40, 300, seed);
      // a hub tied to everyone: the case the forward algorithm exists for
      for (let i = 1; i < 40; i++) if (!g.hasEdge(tieKey('n0', `n${i}`, -1))) g.addDirectedEdgeWithKey(tieKey('n0', `n${i}`, -1), 'n0', `n${i}`, { sign: -1, weight: 1 } as TieAttrs);
      const r = balance(g);
      const b = bruteForce(g);
      expect(r.triads).toBe(b.triads);
      expect(r.balanced).toBe(b.balanced);
      expect(r.unbalancedTriads.map((t) => t.nodes.join(','))).toEqual(b.unbalanced);
      expect(r.triads).toBeGreaterThan(50);
    }
  });

  it('lists only the first maxListed unbalanced triads in node order, counting all', () => {
    const g = randomSignedGraph(40, 400, 9);
    const all = balance(g);
    const few = balance(g, { maxListed: 7 });
    expect(few.unbalanced).toBe(all.unbalanced);
    expect(few.unbalancedTriads).toEqual(all.unbalancedTriads.slice(0, 7));
  });
});

describe('affinityGraph', () => {
  it('counts co-criticism among the maxCritics heaviest critics of a target only', () => {
    const g = createStanceGraph('actors');
    g.addNode('T', { label: 'T' } as never);
    for (let i = 0; i < 200; i++) {
      g.addNode(`c${i}`, { label: `c${i}` } as never);
      g.addDirectedEdgeWithKey(tieKey(`c${i}`, 'T', -1), `c${i}`, 'T', { sign: -1, weight: i < 5 ? 10 : 1 } as TieAttrs);
    }
    expect(affinityGraph(g, { maxCritics: 5 }).size).toBe(10); // the 5 heaviest: 5·4/2 pairs
    expect(affinityGraph(g, { maxCritics: 1000 }).size).toBe((200 * 199) / 2);
    // a target with fewer critics than the cap: as before
    const small = randomSignedGraph(30, 120, 3);
    const capped = affinityGraph(small, { maxCritics: 1000 });
    const dflt = affinityGraph(small);
    const edges = (g: typeof dflt) => g.export().edges.map(({ key: _k, ...e }) => e);
    expect(edges(dflt)).toEqual(edges(capped));
    expect(edges(dflt).length).toBeGreaterThan(20);
  });
});

describe('buildGraph bounded ties', () => {
  it('keeps the first maxDocs document ids of a tie and counts every document', () => {
    const statements = Array.from({ length: 30 }, (_x, i) => st('FRE', 'CRITICIZE', 'SYL', { doc: `doc-${String(i).padStart(2, '0')}` }));
    const g = buildGraph(statements, { maxDocs: 4 });
    const tie = g.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1));
    expect(tie.docs).toEqual(['doc-00', 'doc-01', 'doc-02', 'doc-03']);
    expect(tie.docCount).toBe(30);
    expect(tie.weight).toBe(30);
    expect(tie.samples).toHaveLength(3);
    const full = buildGraph(statements, { maxDocs: 100 });
    expect(full.getEdgeAttributes(tieKey('country:FRE', 'country:SYL', -1)).docs).toHaveLength(30);
  });
});

describe('writeGexfFile / writeGraphmlFile', () => {
  it('write the same bytes as the string writers', () => {
    const statements = [
      st('FRE', 'CRITICIZE', 'SYL', { date: '2020-01-02', quote: 'a grave and needless provocation' }),
      st('SYL', 'SUPPORT', 'RUR', { date: '2020-01-03' }),
      st('firefly', 'WARN', 'elph', { date: '2020-02-01', doc: 'doc-b' }),
      st('elph', 'CRITICIZE', 'firefly', { doc: 'doc-c' }),
      st('RUR', 'CRITICIZE', 'FRE', { date: '2020-03-01' }),
      st('league', 'SUPPORT', 'FRE', { date: '2020-03-04' }),
    ];
    const g = buildGraph(statements);
    const c = projectCountries(g);
    analyse(g, { seed: 3 });
    analyse(c, { seed: 3 });
    const dir = mkdtempSync(join(tmpdir(), 'stancegraph-write-'));
    for (const [name, graph] of [['a', g], ['c', c]] as const) {
      writeGexfFile(graph, join(dir, `${name}.gexf`), { description: 'd' });
      expect(readFileSync(join(dir, `${name}.gexf`), 'utf8')).toBe(writeGexf(graph, { description: 'd' }));
      writeGraphmlFile(graph, join(dir, `${name}.graphml`));
      expect(readFileSync(join(dir, `${name}.graphml`), 'utf8')).toBe(writeGraphml(graph));
    }
  });

  it('write a graph whose document would be one string too many times over, in bounded pieces', () => {
    // 20,000 ties: the file grows past the 1 MB buffer several times; it must end with the footer
    const g = randomSignedGraph(2000, 20000, 11);
    g.forEachNode((_n, a) => Object.assign(a, { kind: 'person', dates: [], undated: 0, bloc: 0, blocSize: 1, positiveDegree: 0, negativeDegree: 0 }));
    g.forEachEdge((_e, a) => Object.assign(a, { types: { CRITICIZE: a.weight }, dates: [], undated: 0, samples: [], docs: ['d'], docCount: 1 }));
    const dir = mkdtempSync(join(tmpdir(), 'stancegraph-write-big-'));
    writeGexfFile(g, join(dir, 'big.gexf'));
    const text = readFileSync(join(dir, 'big.gexf'), 'utf8');
    expect(text.length).toBeGreaterThan(3 << 20);
    expect(text).toBe(writeGexf(g));
  });
});
