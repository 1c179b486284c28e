/**
 * Layout
 * ======
 *
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization designed for the Gephi software", PLoS ONE 9(6))
 * via graphology-layout-forceatlas2, then scaled to the node sizes and freed of overlaps with
 * Noverlap (graphology-layout-noverlap, the algorithm of Gephi's "Noverlap" layout), so that GEXF
 * files open readable in Gephi:
 *
 *   1. node sizes (`size`, a radius) are relative to the graph: 4 for an actor with one tie,
 *      MAX_SIZE for the actor with the most ties, growing with the square root in between; so a
 *      graph of 2 and one of 2,000 documents look alike;
 *   2. ForceAtlas2 from seeded random positions (deterministic; Barnes–Hut above 1,000 nodes);
 *   3. the positions are scaled so that the nodes cover about SPREAD × their own area;
 *   4. Noverlap pushes apart the nodes that still overlap, then a last exact pass (per grid
 *      cell) moves any remaining pair apart, so no two discs overlap (distance ≥ r1 + r2).
 *
 * ForceAtlas2 reads the core's ties as arrays (./array-graph.ts: 16 bytes a tie, no graphology copy);
 * Noverlap runs on a graphology graph of the nodes alone (no ties).
 *
 * A graph of more than `maxNodes` nodes (default 5,000) is laid out on a bounded core: ForceAtlas2
 * runs on its `maxNodes` nodes of highest signed degree and the ties among them; every other node
 * is then placed beside its heaviest tie to a node already placed (the core first, then outwards,
 * most-tied first), at a random angle just outside that node's disc; a node with no such tie goes
 * to a ring around the whole. Noverlap and the exact pass then run on every node. So the costly,
 * iterative part is bounded whatever the corpus, and the periphery still sits by whom it talks to.
 *
 * Cost: ForceAtlas2 O((k log k + m_k) × iterations) with Barnes–Hut (k = min(n, maxNodes) nodes,
 * m_k ties among them), O((k² + m_k) × iterations) without it, below 1000 nodes; the periphery
 * O(n + m) a pass, a few passes; Noverlap on a grid of √n × √n cells, about O(n) per iteration
 * (200 at most, 50 above 2,000 nodes); the exact pass O(n) per round on a grid (50 rounds at most).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { ArrayGraph } from './array-graph';
import { seededRng } from './rng';
import type { ActorAttrs, StanceGraph } from './types';

export interface LayoutOptions {
  /** Random source of the initial positions. Default seededRng(1). */
  rng?: () => number;
  /** ForceAtlas2 iterations. Default 300. */
  iterations?: number;
  /** Nodes ForceAtlas2 runs on at most: the core (see the file header). Default 5,000. */
  maxNodes?: number;
}

export const LAYOUT_DEFAULTS = { seed: 1, iterations: 300, maxNodes: 5_000 } as const;

/** Smallest and largest node radius. */
export const MIN_SIZE = 4;
export const MAX_SIZE = 20;
/** Area of the layout over the area of the nodes. */
const SPREAD = 12;
/** Gap kept between two nodes, in units of the smallest radius. */
const GAP = 0.5;

/** Distinct signed ties of a node (both signs, in and out). */
export function signedDegree(a: Pick<ActorAttrs, 'positiveDegree' | 'negativeDegree'>): number {
  return (a.positiveDegree ?? 0) + (a.negativeDegree ?? 0);
}

/** Node radius: MIN_SIZE … MAX_SIZE by the square root of the signed degree over the graph's largest. */
export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  const s = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, degree) / maxDegree);
  return Math.round(s * 100) / 100;
}

/** Writes `size` on every node (needs the signed degrees, see assignSignedDegrees). */
export function assignSizes(graph: StanceGraph): void {
  let max = 0;
  graph.forEachNode((_n, a) => { max = Math.max(max, signedDegree(a)); });
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'size', sizeForDegree(signedDegree(a), max)));
}

type Pos = { x: number; y: number };

/** Moves apart, exactly, any two nodes whose discs (plus the gap) still overlap. */
function separate(keys: string[], pos: Record<string, Pos>, size: (k: string) => number, gap: number): number {
  let moved = 0;
  for (let round = 0; round < 50; round++) {
    const maxR = Math.max(...keys.map(size)) + gap;
    const cell = 2 * maxR;
    const grid = new Map<string, string[]>();
    for (const k of keys) {
      const c = `${Math.floor(pos[k]!.x / cell)},${Math.floor(pos[k]!.y / cell)}`;
      (grid.get(c) ?? grid.set(c, []).get(c)!).push(k);
    }
    let overlaps = 0;
    for (const k of keys) {
      const p = pos[k]!;
      const cx = Math.floor(p.x / cell);
      const cy = Math.floor(p.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const o of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (o <= k) continue;
            const q = pos[o]!;
            const need = size(k) + size(o) + gap;
            let vx = q.x - p.x;
            let vy = q.y - p.y;
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            overlaps++;
            if (d < 1e-9) { vx = 1; vy = 0; d = 1; } // same place: split along x, deterministically
            const push = (need - (d < 1e-9 ? 0 : Math.hypot(q.x - p.x, q.y - p.y))) / 2 + 1e-6;
            p.x -= (vx / d) * push; p.y -= (vy / d) * push;
            q.x += (vx / d) * push; q.y += (vy / d) * push;
          }
        }
      }
    }
    moved += overlaps;
    if (!overlaps) break;
  }
  return moved;
}

/** The `k` nodes of highest signed degree (then most statements, then key): the core laid out by ForceAtlas2. */
export function layoutCore(graph: StanceGraph, k: number): Set<string> {
  if (graph.order <= k) return new Set(graph.nodes());
  const ranked: Array<{ key: string; degree: number; weight: number }> = [];
  graph.forEachNode((key, a) => ranked.push({ key, degree: signedDegree(a), weight: (a.statementsMade ?? 0) + (a.statementsReceived ?? 0) }));
  ranked.sort((x, y) => y.degree - x.degree || y.weight - x.weight || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return new Set(ranked.slice(0, k).map((r) => r.key));
}

/** node → {x, y}: ForceAtlas2, scaled to the node sizes, without overlaps. */
export function layout(graph: StanceGraph, options: LayoutOptions = {}): Record<string, Pos> {
  const rng = options.rng ?? seededRng(LAYOUT_DEFAULTS.seed);
  const iterations = options.iterations ?? LAYOUT_DEFAULTS.iterations;
  const core = layoutCore(graph, options.maxNodes ?? LAYOUT_DEFAULTS.maxNodes);
  // ForceAtlas2 reads the core's nodes and weighted ties from arrays (./array-graph.ts), in the graph's
  // order (so the same result as a graphology copy of them), not from a copy: at 1 M statements the
  // ties among the core are hundreds of thousands, ~700 bytes each as graphology edges.
  const coreKeys: string[] = [];
  const coreIndex = new Map<string, number>();
  let maxDegree = 0;
  graph.forEachNode((node, a) => {
    maxDegree = Math.max(maxDegree, signedDegree(a));
    if (core.has(node)) { coreIndex.set(node, coreKeys.length); coreKeys.push(node); }
  });
  let m = 0;
  graph.forEachEdge((_e, _a, source, target) => { if (core.has(source) && core.has(target)) m++; });
  const esrc = new Int32Array(m);
  const edst = new Int32Array(m);
  const ew = new Float64Array(m);
  m = 0;
  graph.forEachEdge((_e, a, source, target) => {
    const i = coreIndex.get(source);
    const j = coreIndex.get(target);
    if (i !== undefined && j !== undefined) { esrc[m] = i; edst[m] = j; ew[m++] = a.weight; }
  });
  const sizeOf = (node: string) => {
    const a = graph.getNodeAttributes(node);
    return typeof a.size === 'number' ? a.size : sizeForDegree(signedDegree(a), maxDegree);
  };
  const k = coreKeys.length;
  const radius = 10 * Math.sqrt(Math.max(1, k));
  const x0 = new Float64Array(k);
  const y0 = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    x0[i] = (rng() * 2 - 1) * radius;
    y0[i] = (rng() * 2 - 1) * radius;
    sizes[i] = sizeOf(coreKeys[i]!);
  }
  let pos: Record<string, Pos> = {};
  if (m > 0 && k >= 2) {
    const arrays = new ArrayGraph({ type: 'directed', keys: coreKeys, source: esrc, target: edst, weight: ew, x: x0, y: y0, nodeSize: sizes });
    const settings = forceAtlas2.inferSettings(k);
    // Barnes–Hut (deterministic quadtree) keeps large graphs near O(n log n) per iteration.
    const barnesHutOptimize = k > 1000;
    pos = forceAtlas2(arrays as unknown as Graph, { iterations, settings: { ...settings, gravity: 1, barnesHutOptimize }, getEdgeWeight: 'weight' });
  } else {
    for (let i = 0; i < k; i++) pos[coreKeys[i]!] = { x: x0[i]!, y: y0[i]! };
  }
  const keys = coreKeys;
  if (!keys.length) return pos;
  const size = (key: string) => sizes[coreIndex.get(key)!]!;
  // Noverlap's graph: the nodes only (no ties), with position and size.
  const copy = new Graph<{ x?: number; y?: number; size?: number }, { weight: number }>({ type: 'directed', multi: true, allowSelfLoops: false });

  // Scale: the disc holding the nodes has SPREAD times their total area.
  let cx = 0;
  let cy = 0;
  for (const k of keys) { cx += pos[k]!.x; cy += pos[k]!.y; }
  cx /= keys.length; cy /= keys.length;
  const dists = keys.map((k) => Math.hypot(pos[k]!.x - cx, pos[k]!.y - cy)).sort((a, b) => a - b);
  const extent = dists[Math.floor(0.9 * (dists.length - 1))] || dists[dists.length - 1] || 1;
  const area = keys.reduce((s, k) => s + Math.PI * size(k) ** 2, 0);
  const target = Math.sqrt((SPREAD * area) / Math.PI);
  const scale = extent > 0 ? target / extent : 1;
  for (const k of keys) {
    pos[k] = { x: (pos[k]!.x - cx) * scale, y: (pos[k]!.y - cy) * scale };
    copy.addNode(k, { x: pos[k]!.x, y: pos[k]!.y, size: size(k) });
  }
  if (core.size < graph.order) placePeriphery(graph, core, pos, sizeOf, rng, copy);

  // Noverlap, then an exact pass for what it leaves.
  const all = copy.nodes();
  const sizeAll = (k: string) => copy.getNodeAttribute(k, 'size') as number;
  const gap = GAP * MIN_SIZE;
  if (all.length > 1) {
    // Noverlap compares the nodes within each cell of a gridSize × gridSize grid: with a fixed grid of
    // 20 that is O(n² / 400) an iteration (100 s for 10,000 nodes); a grid of √n cells a side keeps a
    // cell at a few nodes, and the exact pass below finishes what fewer iterations leave.
    const gridSize = Math.max(20, Math.ceil(Math.sqrt(all.length)));
    const maxIterations = all.length > 2000 ? 50 : 200;
    const free = noverlap(copy, { maxIterations, settings: { margin: gap, ratio: 1, expansion: 1.1, gridSize, speed: 3 } });
    for (const k of all) pos[k] = { x: free[k]!.x, y: free[k]!.y };
    separate(all, pos, sizeAll, gap);
  }
  return pos;
}

/**
 * Places the nodes outside the core (see the file header) and adds them, with position and size,
 * to `copy` (no ties: Noverlap only needs the nodes).
 */
function placePeriphery(
  graph: StanceGraph, core: Set<string>, pos: Record<string, Pos>, sizeOf: (n: string) => number,
  rng: () => number, copy: Graph<{ x?: number; y?: number; size?: number }, { weight: number }>,
): void {
  const placed = new Set(core);
  // most-tied first, so hubs of the periphery are placed before the nodes that hang on them
  const rest = graph.filterNodes((n) => !core.has(n))
    .map((key) => ({ key, degree: signedDegree(graph.getNodeAttributes(key)) }))
    .sort((x, y) => y.degree - x.degree || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((r) => r.key);
  const put = (node: string, p: Pos) => {
    pos[node] = p;
    placed.add(node);
    copy.addNode(node, { x: p.x, y: p.y, size: sizeOf(node) });
  };
  let left = rest;
  for (let pass = 0; pass < 10 && left.length; pass++) {
    const next: string[] = [];
    for (const node of left) {
      let best: string | undefined;
      let bestW = 0;
      graph.forEachEdge(node, (_e, a, s, t) => {
        const other = s === node ? t : s;
        if (placed.has(other) && (a.weight > bestW || (a.weight === bestW && best !== undefined && other < best))) { best = other; bestW = a.weight; }
      });
      if (best === undefined) { next.push(node); continue; }
      const at = pos[best]!;
      const angle = rng() * 2 * Math.PI;
      const d = (sizeOf(best) + sizeOf(node) + GAP * MIN_SIZE) * (1 + rng());
      put(node, { x: at.x + Math.cos(angle) * d, y: at.y + Math.sin(angle) * d });
    }
    if (next.length === left.length) break;
    left = next;
  }
  if (!left.length) return;
  // No tie to anything placed: a ring around the whole.
  let r = 0;
  for (const p of Object.values(pos)) r = Math.max(r, Math.hypot(p.x, p.y));
  for (const node of left) {
    const angle = rng() * 2 * Math.PI;
    const d = r + 2 * MAX_SIZE + rng() * 4 * MAX_SIZE;
    put(node, { x: Math.cos(angle) * d, y: Math.sin(angle) * d });
  }
}

/** Writes `size` (when missing), `x` and `y` onto the nodes. */
export function assignLayout(graph: StanceGraph, options: LayoutOptions = {}): void {
  if (graph.order && typeof graph.getNodeAttributes(graph.nodes()[0]!).size !== 'number') assignSizes(graph);
  const positions = layout(graph, options);
  for (const [node, p] of Object.entries(positions)) {
    graph.mergeNodeAttributes(node, { x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 });
  }
}
