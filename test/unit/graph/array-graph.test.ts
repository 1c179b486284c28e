/**
 * Blocs and the layout hand their arrays to graphology's Louvain and ForceAtlas2 through ArrayGraph
 * instead of a graphology copy of the ties: the libraries must give the very numbers they give on
 * the copy, and blocs and positions must be those of the code before the change
 * (fixtures/layout-blocs-before.json: written by the previous commit's layout and blocsDetailed on
 * the graph `randomGraph(60, 300, 5)` below; `posWholeCore`, the layout with every node in the core,
 * by the layout before session 7's typed arrays). Since session 7 the nodes outside a bounded core
 * are placed on a spiral around their anchor (src/graph/layout.ts, satellitePosition), so the
 * layout with a core of 40 of the 60 nodes no longer equals `pos`; a whole-core layout must still
 * be the same to the last digit.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { blocsDetailed, compactAffinity } from '../../../src/graph/analyses/communities';
import { assignSignedDegrees } from '../../../src/graph/analyses/signed-degree';
import { ArrayGraph } from '../../../src/graph/array-graph';
import { createStanceGraph, tieKey } from '../../../src/graph/build-graph';
import { layout } from '../../../src/graph/layout';
import { seededRng } from '../../../src/graph/rng';
import type { Sign, StanceGraph, TieAttrs } from '../../../src/graph/types';
import before from './fixtures/layout-blocs-before.json';

function randomGraph(nodes: number, ties: number, seed: number): StanceGraph {
  const rng = seededRng(seed);
  const g = createStanceGraph('actors');
  for (let i = 0; i < nodes; i++) {
    g.addNode(`person:n${i}`, { label: `Novak ${i}`, positiveDegree: 0, negativeDegree: 0, statementsMade: 0, statementsReceived: 0 } as never);
  }
  for (let k = 0; k < ties; k++) {
    const a = `person:n${Math.floor(rng() * nodes)}`;
    const b = `person:n${Math.floor(rng() ** 2 * nodes)}`;
    if (a === b) continue;
    const sign: Sign = rng() < 0.6 ? -1 : 1;
    const key = tieKey(a, b, sign);
    if (g.hasEdge(key)) { g.getEdgeAttributes(key).weight++; continue; }
    g.addDirectedEdgeWithKey(key, a, b, { sign, weight: 1 + Math.floor(rng() * 5), types: {}, dates: [], undated: 0, samples: [], docs: [] } as TieAttrs);
  }
  assignSignedDegrees(g);
  return g;
}

/** The affinity graph as the previous code built it: a map of pairs, then a graphology graph. */
function previousAffinity(graph: StanceGraph, coCriticism: number, maxCritics: number) {
  const keys = graph.nodes().sort();
  const n = keys.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const weights = new Map<number, number>();
  const add = (a: string, b: string, w: number) => {
    if (a === b || w === 0) return;
    const i = index.get(a)!;
    const j = index.get(b)!;
    const k = i < j ? i * n + j : j * n + i;
    weights.set(k, (weights.get(k) ?? 0) + w);
  };
  const critics = new Map<string, Array<[string, number]>>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.sign > 0) add(source, target, attrs.weight);
    else {
      add(source, target, -attrs.weight);
      const list = critics.get(target) ?? [];
      list.push([source, attrs.weight]);
      critics.set(target, list);
    }
  });
  for (const all of critics.values()) {
    const list = all.length <= maxCritics ? all : all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxCritics);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) add(list[i]![0], list[j]![0], coCriticism * Math.min(list[i]![1], list[j]![1]));
    }
  }
  const out = new Graph<Record<string, unknown>, { weight: number }>({ type: 'undirected', multi: false });
  for (const k of keys) out.addNode(k);
  const pairs = [...weights].filter(([, w]) => w > 0).map(([k]) => k).sort((x, y) => x - y);
  for (const k of pairs) out.addEdge(keys[Math.floor(k / n)]!, keys[k % n]!, { weight: weights.get(k)! });
  return out;
}

describe('ArrayGraph', () => {
  it.each([[1, 200, 1500, 0.5, 10], [2, 300, 3000, 0.3, 4], [3, 30, 40, 0.5, 10]])(
    'gives Louvain the affinity graph the previous map of pairs gave (seed %i, %i nodes, %i ties)',
    (seed, nodes, ties, coCriticism, maxCritics) => {
      const g = randomGraph(nodes, ties, seed);
      const ref = previousAffinity(g, coCriticism, maxCritics);
      const a = compactAffinity(g, { coCriticism, maxCritics });
      const edges: Array<[string, string, number]> = [];
      for (let e = 0; e < a.size; e++) edges.push([a.keys[a.lo[e]!]!, a.keys[a.hi[e]!]!, a.weight[e]!]);
      expect(edges).toEqual(ref.mapEdges((_e, attrs, s, t) => [s, t, attrs.weight]));
      const arrays = new ArrayGraph({ type: 'undirected', keys: a.keys, source: a.lo, target: a.hi, weight: a.weight, size: a.size });
      const lib = louvain.detailed(ref, { rng: seededRng(seed), getEdgeWeight: 'weight' });
      const ours = louvain.detailed(arrays as never, { rng: seededRng(seed), getEdgeWeight: 'weight' });
      expect(ours.communities).toEqual(lib.communities);
      expect(ours.modularity).toBe(lib.modularity);
    },
  );

  it('gives ForceAtlas2 (Barnes–Hut too) the positions it computes on a graphology copy', () => {
    for (const [nodes, ties, bh] of [[80, 400, false], [150, 700, true]] as const) {
      const g = randomGraph(nodes, ties, 7);
      const rng = seededRng(4);
      const copy = new Graph<{ x: number; y: number; size: number }, { weight: number }>({ type: 'directed', multi: true });
      const keys = g.nodes();
      const x = new Float64Array(keys.length);
      const y = new Float64Array(keys.length);
      const size = new Float64Array(keys.length);
      keys.forEach((k, i) => {
        x[i] = rng() * 100; y[i] = rng() * 100; size[i] = 1 + (i % 7);
        copy.addNode(k, { x: x[i]!, y: y[i]!, size: size[i]! });
      });
      const index = new Map(keys.map((k, i) => [k, i]));
      const src: number[] = [];
      const dst: number[] = [];
      const w: number[] = [];
      g.forEachEdge((e, a, s, t) => {
        copy.addDirectedEdgeWithKey(e, s, t, { weight: a.weight });
        src.push(index.get(s)!); dst.push(index.get(t)!); w.push(a.weight);
      });
      const arrays = new ArrayGraph({ type: 'directed', keys, source: Int32Array.from(src), target: Int32Array.from(dst), weight: Float64Array.from(w), x, y, nodeSize: size });
      const settings = { ...forceAtlas2.inferSettings(keys.length), gravity: 1, barnesHutOptimize: bh };
      const lib = forceAtlas2(copy, { iterations: 10, settings, getEdgeWeight: 'weight' });
      const ours = forceAtlas2(arrays as never, { iterations: 10, settings, getEdgeWeight: 'weight' });
      expect(ours).toEqual(lib);
    }
  });

  it('refuses what it does not implement, loudly', () => {
    const arrays = new ArrayGraph({ type: 'directed', keys: ['a', 'b'], source: Int32Array.of(0), target: Int32Array.of(1), weight: Float64Array.of(1) });
    expect(() => arrays.addUndirectedEdgeWithKey()).toThrow(/not supported/);
    expect(() => arrays.undirectedDegreeWithoutSelfLoops('a')).toThrow(/directed graph/);
  });
});

describe('blocs and layout without copies', () => {
  it('give the blocs and positions of the code before the change', () => {
    const g = randomGraph(60, 300, 5);
    const rounded = (maxNodes: number) => {
      const pos = layout(g, { rng: seededRng(2), iterations: 60, maxNodes });
      const out: Record<string, [number, number]> = {};
      for (const k of Object.keys(pos).sort()) out[k] = [Math.round(pos[k]!.x * 1000) / 1000, Math.round(pos[k]!.y * 1000) / 1000];
      return out;
    };
    expect(rounded(60)).toEqual(before.posWholeCore);
    // the periphery (20 nodes outside a core of 40) is placed differently since session 7
    const withPeriphery = rounded(40);
    expect(Object.keys(withPeriphery)).toEqual(Object.keys(before.pos));
    expect(withPeriphery).not.toEqual(before.pos);
    const b = blocsDetailed(g, { rng: seededRng(1), coCriticism: 0.3, maxCritics: 4 });
    expect(b.members).toEqual(before.blocs);
    expect(b.modularity).toBe(before.modularity);
  });
});
