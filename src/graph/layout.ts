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
 * The layout works on typed arrays by node number (layoutArrays): the graph is read once, ForceAtlas2
 * reads the core's ties as arrays (./array-graph.ts: 16 bytes a tie, no graphology copy), the
 * periphery is placed from a compact neighbour index, and Noverlap reads the nodes (no ties) from
 * arrays through the same ArrayGraph. Positions stay Float64 (the same numbers as the object-based
 * code before, to the last bit, on graphs without a periphery: they are ~16 bytes a node, not where
 * memory goes).
 *
 * A graph of more than `maxNodes` nodes (default 5,000) is laid out on a bounded core: ForceAtlas2
 * runs on its `maxNodes` nodes of highest signed degree and the ties among them; every other node
 * is then placed beside its heaviest tie to a node already placed (the core first, then outwards,
 * most-tied first), on a sunflower spiral around that node (satellitePosition: the j-th node hung
 * on an anchor at a distance growing with √j, so thousands of nodes on one hub are not piled up);
 * a node with no such tie goes to a ring around the whole. Noverlap and the exact pass then run on
 * every node. So the costly, iterative part is bounded whatever the corpus, and the periphery still
 * sits by whom it talks to.
 *
 * Cost (n nodes, m ties): reading the graph O(n + m) time, 16 bytes a tie (freed after the
 * periphery) and ~60 bytes a node; ForceAtlas2 O((k log k + m_k) × iterations) with Barnes–Hut
 * (k = min(n, maxNodes) nodes, m_k ties among them), O((k² + m_k) × iterations) without it, below
 * 1000 nodes, memory O(k + m_k) (the library's Float32 matrices); the periphery O(n + m) to build
 * its neighbour index (12 bytes a tie end of a periphery node) and O(ties of the unplaced nodes) a
 * pass, 10 passes at most; Noverlap on a grid of √n × √n cells, about O(n) per iteration (200 at
 * most, 50 above 2,000 nodes) while cells hold a few nodes each, O(n) memory plus its set of the
 * pairs compared in an iteration; the exact pass O(n log n) per round on a grid (50 rounds at most),
 * O(n) memory allocated once.
 */
import type Graph from 'graphology';
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
  /** Called after each phase of the layout with its name (benchmarks sample memory there). */
  onPhase?: (phase: string) => void;
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

/**
 * Moves apart, exactly, any two nodes whose discs (plus the gap) still overlap: rounds (50 at most)
 * over a grid of cells two radii wide, each node compared with the nodes of its 3 × 3 cells that come
 * after it in key order. Positions, radii and the grid are typed arrays by node number (`order`: the
 * nodes to separate, in the order they are visited); `rank` is each node's place in key order.
 * Cost per round: O(n log n) to sort the nodes by cell, O(n × nodes per cell) to compare; memory
 * O(n), allocated once.
 */
function separate(order: Int32Array, x: Float64Array, y: Float64Array, r: Float64Array, rank: Int32Array, gap: number): number {
  const n = order.length;
  let moved = 0;
  let maxR = -Infinity;
  for (let p = 0; p < n; p++) maxR = Math.max(maxR, r[order[p]!]!);
  const cell = 2 * (maxR + gap);
  const cellOf = new Float64Array(n); // cell number of the p-th node at the start of the round
  const byCell = new Int32Array(n); // p, sorted by cell then p (so each cell lists its nodes in visiting order)
  const cellEnd = new Int32Array(n); // for the first place of a cell in byCell: one past its last
  const cellStart = new Map<number, number>();
  for (let round = 0; round < 50; round++) {
    let minCx = Infinity, maxCx = -Infinity, minCy = Infinity, maxCy = -Infinity;
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      const cx = Math.floor(x[i]! / cell);
      const cy = Math.floor(y[i]! / cell);
      if (cx < minCx) minCx = cx;
      if (cx > maxCx) maxCx = cx;
      if (cy < minCy) minCy = cy;
      if (cy > maxCy) maxCy = cy;
    }
    const span = maxCy - minCy + 1;
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      cellOf[p] = (Math.floor(x[i]! / cell) - minCx) * span + (Math.floor(y[i]! / cell) - minCy);
      byCell[p] = p;
    }
    byCell.sort((a, b) => cellOf[a]! - cellOf[b]! || a - b);
    cellStart.clear();
    for (let s = 0; s < n;) {
      const c = cellOf[byCell[s]!]!;
      let e = s + 1;
      while (e < n && cellOf[byCell[e]!] === c) e++;
      cellStart.set(c, s);
      cellEnd[s] = e;
      s = e;
    }
    let overlaps = 0;
    for (let p = 0; p < n; p++) {
      const k = order[p]!;
      const cx = Math.floor(x[k]! / cell);
      const cy = Math.floor(y[k]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        const gx = cx + dx;
        if (gx < minCx || gx > maxCx) continue;
        for (let dy = -1; dy <= 1; dy++) {
          const gy = cy + dy;
          if (gy < minCy || gy > maxCy) continue;
          const start = cellStart.get((gx - minCx) * span + (gy - minCy));
          if (start === undefined) continue;
          for (let s = start, end = cellEnd[start]!; s < end; s++) {
            const o = order[byCell[s]!]!;
            if (rank[o]! <= rank[k]!) continue;
            const need = r[k]! + r[o]! + gap;
            let vx = x[o]! - x[k]!;
            let vy = y[o]! - y[k]!;
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            overlaps++;
            if (d < 1e-9) { vx = 1; vy = 0; d = 1; } // same place: split along x, deterministically
            const push = (need - (d < 1e-9 ? 0 : Math.hypot(x[o]! - x[k]!, y[o]! - y[k]!))) / 2 + 1e-6;
            x[k] = x[k]! - (vx / d) * push; y[k] = y[k]! - (vy / d) * push;
            x[o] = x[o]! + (vx / d) * push; y[o] = y[o]! + (vy / d) * push;
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

/** Positions by node number (the graph's node order); `order` lists the laid-out nodes in placement order. */
export interface LayoutArrays {
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  order: Int32Array;
}

const byKey = (keys: string[]) => (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);

/** node → {x, y}: ForceAtlas2, scaled to the node sizes, without overlaps. */
export function layout(graph: StanceGraph, options: LayoutOptions = {}): Record<string, Pos> {
  const { keys, x, y, order } = layoutArrays(graph, options);
  const pos: Record<string, Pos> = {};
  for (const i of order) pos[keys[i]!] = { x: x[i]!, y: y[i]! };
  return pos;
}

/**
 * The layout (see the file header) on typed arrays by node number: the graph is read once (nodes,
 * then one sweep over the ties into three columns), and every later phase works on arrays sized
 * once — ForceAtlas2 on the core's ties, the periphery from a compact neighbour index (CSR) of the
 * nodes outside the core, Noverlap and the exact pass on the positions. Memory: 16 bytes a tie
 * (the columns, freed after the periphery) + 12 per incident tie of a periphery node + ~60 bytes a
 * node; ForceAtlas2's own matrices (12 bytes a core tie, 40 a core node) and Noverlap's (12 bytes a
 * node, a grid and its set of compared pairs per iteration).
 */
export function layoutArrays(graph: StanceGraph, options: LayoutOptions = {}): LayoutArrays {
  const rng = options.rng ?? seededRng(LAYOUT_DEFAULTS.seed);
  const iterations = options.iterations ?? LAYOUT_DEFAULTS.iterations;
  const phase = options.onPhase ?? (() => undefined);
  const core = layoutCore(graph, options.maxNodes ?? LAYOUT_DEFAULTS.maxNodes);
  const n = graph.order;
  const keys: string[] = new Array<string>(n);
  const index = new Map<string, number>();
  const degree = new Float64Array(n);
  const given = new Float64Array(n).fill(NaN); // a `size` already on the node
  let maxDegree = 0;
  let i = 0;
  graph.forEachNode((node, a) => {
    keys[i] = node;
    index.set(node, i);
    degree[i] = signedDegree(a);
    if (typeof a.size === 'number') given[i] = a.size;
    maxDegree = Math.max(maxDegree, degree[i]!);
    i++;
  });
  const r = new Float64Array(n);
  for (let v = 0; v < n; v++) r[v] = Number.isNaN(given[v]!) ? sizeForDegree(degree[v]!, maxDegree) : given[v]!;
  // ForceAtlas2 reads the core's nodes and weighted ties from arrays (./array-graph.ts), in the graph's
  // order (so the same result as a graphology copy of them), not from a copy: at 1 M statements the
  // ties among the core are hundreds of thousands, ~700 bytes each as graphology edges.
  const coreNo = new Int32Array(n).fill(-1);
  const coreKeys: string[] = [];
  for (let v = 0; v < n; v++) if (core.has(keys[v]!)) { coreNo[v] = coreKeys.length; coreKeys.push(keys[v]!); }
  const m = graph.size;
  let src: Int32Array | undefined = new Int32Array(m);
  let dst: Int32Array | undefined = new Int32Array(m);
  let wt: Float64Array | undefined = new Float64Array(m);
  let e = 0;
  let mCore = 0;
  graph.forEachEdge((_e, a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    src![e] = s; dst![e] = t; wt![e++] = a.weight;
    if (coreNo[s]! >= 0 && coreNo[t]! >= 0) mCore++;
  });
  const esrc = new Int32Array(mCore);
  const edst = new Int32Array(mCore);
  const ew = new Float64Array(mCore);
  for (let f = 0, c = 0; f < m; f++) {
    const s = coreNo[src[f]!]!;
    const t = coreNo[dst[f]!]!;
    if (s >= 0 && t >= 0) { esrc[c] = s; edst[c] = t; ew[c++] = wt[f]!; }
  }
  const k = coreKeys.length;
  const radius = 10 * Math.sqrt(Math.max(1, k));
  const x0 = new Float64Array(k);
  const y0 = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    x0[c] = (rng() * 2 - 1) * radius;
    y0[c] = (rng() * 2 - 1) * radius;
    sizes[c] = r[index.get(coreKeys[c]!)!]!;
  }
  phase('core arrays');
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const coreNodes = new Int32Array(k);
  for (let v = 0; v < n; v++) if (coreNo[v]! >= 0) coreNodes[coreNo[v]!] = v;
  if (mCore > 0 && k >= 2) {
    const arrays = new ArrayGraph({ type: 'directed', keys: coreKeys, source: esrc, target: edst, weight: ew, x: x0, y: y0, nodeSize: sizes });
    const settings = forceAtlas2.inferSettings(k);
    // Barnes–Hut (deterministic quadtree) keeps large graphs near O(n log n) per iteration.
    const barnesHutOptimize = k > 1000;
    const fa2 = forceAtlas2(arrays as unknown as Graph, { iterations, settings: { ...settings, gravity: 1, barnesHutOptimize }, getEdgeWeight: 'weight' });
    for (let c = 0; c < k; c++) { const p = fa2[coreKeys[c]!]!; x[coreNodes[c]!] = p.x; y[coreNodes[c]!] = p.y; }
  } else {
    for (let c = 0; c < k; c++) { x[coreNodes[c]!] = x0[c]!; y[coreNodes[c]!] = y0[c]!; }
  }
  phase('forceatlas2');
  const order = new Int32Array(n); // the nodes in placement order: the core, then the periphery
  if (!k) return { keys, x, y, order: order.subarray(0, 0) };

  // Scale: the disc holding the nodes has SPREAD times their total area.
  let cx = 0;
  let cy = 0;
  for (let c = 0; c < k; c++) { cx += x[coreNodes[c]!]!; cy += y[coreNodes[c]!]!; }
  cx /= k; cy /= k;
  const dists = new Float64Array(k);
  for (let c = 0; c < k; c++) dists[c] = Math.hypot(x[coreNodes[c]!]! - cx, y[coreNodes[c]!]! - cy);
  dists.sort();
  const extent = dists[Math.floor(0.9 * (k - 1))] || dists[k - 1] || 1;
  let area = 0;
  for (let c = 0; c < k; c++) area += Math.PI * sizes[c]! ** 2;
  const target = Math.sqrt((SPREAD * area) / Math.PI);
  const scale = extent > 0 ? target / extent : 1;
  for (let c = 0; c < k; c++) {
    const v = coreNodes[c]!;
    x[v] = (x[v]! - cx) * scale;
    y[v] = (y[v]! - cy) * scale;
    order[c] = v;
  }
  phase('scale');
  const rank = new Int32Array(n); // place of each node in key order (for ties broken by key)
  Int32Array.from({ length: n }, (_, v) => v).sort(byKey(keys)).forEach((v, p) => { rank[v] = p; });
  let placedCount = k;
  if (k < n) placedCount = placePeriphery(n, coreNo, src, dst, wt, degree, keys, rank, r, x, y, order, k, rng);
  src = dst = undefined; wt = undefined; // the tie columns are not needed any more
  phase('periphery');

  // Noverlap, then an exact pass for what it leaves.
  const all = order.subarray(0, placedCount);
  const gap = GAP * MIN_SIZE;
  if (all.length > 1) {
    // Noverlap compares the nodes within each cell of a gridSize × gridSize grid: with a fixed grid of
    // 20 that is O(n² / 400) an iteration (100 s for 10,000 nodes); a grid of √n cells a side keeps a
    // cell at a few nodes, and the exact pass below finishes what fewer iterations leave. It reads the
    // nodes (no ties) from arrays, in placement order, through ArrayGraph.
    const gridSize = Math.max(20, Math.ceil(Math.sqrt(all.length)));
    const maxIterations = all.length > 2000 ? 50 : 200;
    const allKeys = Array.from(all, (v) => keys[v]!);
    const nodes = new ArrayGraph({
      type: 'directed', keys: allKeys, source: new Int32Array(0), target: new Int32Array(0), weight: new Float64Array(0),
      x: Float64Array.from(all, (v) => x[v]!), y: Float64Array.from(all, (v) => y[v]!), nodeSize: Float64Array.from(all, (v) => r[v]!),
    });
    const free = noverlap(nodes as unknown as Graph, { maxIterations, settings: { margin: gap, ratio: 1, expansion: 1.1, gridSize, speed: 3 } });
    for (let p = 0; p < all.length; p++) { const q = free[allKeys[p]!]!; x[all[p]!] = q.x; y[all[p]!] = q.y; }
    phase('noverlap');
    separate(all, x, y, r, rank, gap);
    phase('exact pass');
  }
  return { keys, x, y, order: all };
}

/** The golden angle: successive points of a spiral turned by it spread evenly (Vogel 1979). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the `j`-th node (0, 1, …) hung on an anchor goes: on a sunflower spiral around it (Vogel,
 * "A better way to construct the sunflower head", Mathematical Biosciences 44, 1979), turned by the
 * golden angle each time, at a distance growing with √j so that each node gets about the area of
 * its own square (side 2r + gap): the first just outside the anchor's disc, a thousand of the
 * smallest size within ~200 units of the anchor (about 25 of their diameters). (Session 6 put
 * every node at a random angle at 1–2 radii of its anchor: at 1 M statements thousands of nodes
 * hang on the same hubs, so they were piled on top of each other, and Noverlap — which compares
 * every pair within a cell and keeps the pair in a set — and the exact pass spent their time and
 * memory pulling the piles apart.) Time and memory O(1).
 */
export function satellitePosition(ax: number, ay: number, anchorR: number, r: number, j: number, turn: number): Pos {
  const gap = GAP * MIN_SIZE;
  const spacing = (2 * r + gap) / Math.sqrt(Math.PI);
  const d = anchorR + gap + r + spacing * Math.sqrt(j);
  const angle = turn + j * GOLDEN_ANGLE;
  return { x: ax + Math.cos(angle) * d, y: ay + Math.sin(angle) * d };
}

/**
 * Places the nodes outside the core (see the file header), writing their positions into `x`, `y`
 * and appending them to `order` (from `placed`, the number already there); returns the new count.
 * The ties of the periphery's nodes are read from a compact neighbour index built once from the
 * tie columns (CSR: offsets by node, neighbours and weights), so a pass costs O(ties of the nodes
 * still unplaced) and no graphology walk or string comparison (ties of equal weight go to the
 * neighbour first in key order, by `rank`). Memory: 12 bytes a (periphery node, tie) pair.
 */
function placePeriphery(
  n: number, coreNo: Int32Array, src: Int32Array, dst: Int32Array, wt: Float64Array, degree: Float64Array,
  keys: string[], rank: Int32Array, r: Float64Array, x: Float64Array, y: Float64Array, order: Int32Array,
  placed: number, rng: () => number,
): number {
  const isPlaced = new Uint8Array(n);
  for (let p = 0; p < placed; p++) isPlaced[order[p]!] = 1;
  // CSR of the ties of the nodes outside the core
  const start = new Int32Array(n + 1);
  for (let f = 0; f < src.length; f++) {
    if (coreNo[src[f]!]! < 0) start[src[f]! + 1]!++;
    if (coreNo[dst[f]!]! < 0) start[dst[f]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const nbr = new Int32Array(start[n]!);
  const nw = new Float64Array(start[n]!);
  for (let f = 0; f < src.length; f++) {
    const s = src[f]!;
    const t = dst[f]!;
    if (coreNo[s]! < 0) { nbr[fill[s]!] = t; nw[fill[s]!++] = wt[f]!; }
    if (coreNo[t]! < 0) { nbr[fill[t]!] = s; nw[fill[t]!++] = wt[f]!; }
  }
  // most-tied first, so hubs of the periphery are placed before the nodes that hang on them
  const restList: number[] = [];
  for (let v = 0; v < n; v++) if (coreNo[v]! < 0) restList.push(v);
  const keyOrder = byKey(keys);
  restList.sort((a, b) => degree[b]! - degree[a]! || keyOrder(a, b));
  const satellites = new Int32Array(n); // nodes placed around each node so far
  const turn = new Float64Array(n); // each anchor's spiral starts at a random angle
  const put = (v: number, px: number, py: number) => {
    x[v] = px; y[v] = py;
    isPlaced[v] = 1;
    order[placed++] = v;
  };
  let left = restList;
  for (let pass = 0; pass < 10 && left.length; pass++) {
    const next: number[] = [];
    for (const v of left) {
      let best = -1;
      let bestW = 0;
      for (let f = start[v]!, end = start[v + 1]!; f < end; f++) {
        const other = nbr[f]!;
        const w = nw[f]!;
        if (isPlaced[other] && (w > bestW || (w === bestW && best !== -1 && rank[other]! < rank[best]!))) { best = other; bestW = w; }
      }
      if (best === -1) { next.push(v); continue; }
      if (!satellites[best]) turn[best] = rng() * 2 * Math.PI;
      const p = satellitePosition(x[best]!, y[best]!, r[best]!, r[v]!, satellites[best]!++, turn[best]!);
      put(v, p.x, p.y);
    }
    if (next.length === left.length) break;
    left = next;
  }
  if (!left.length) return placed;
  // No tie to anything placed: a ring around the whole.
  let ring = 0;
  for (let p = 0; p < placed; p++) ring = Math.max(ring, Math.hypot(x[order[p]!]!, y[order[p]!]!));
  for (const v of left) {
    const angle = rng() * 2 * Math.PI;
    const d = ring + 2 * MAX_SIZE + rng() * 4 * MAX_SIZE;
    put(v, Math.cos(angle) * d, Math.sin(angle) * d);
  }
  return placed;
}

/** Writes `size` (when missing), `x` and `y` onto the nodes. */
export function assignLayout(graph: StanceGraph, options: LayoutOptions = {}): void {
  if (graph.order && typeof graph.getNodeAttributes(graph.nodes()[0]!).size !== 'number') assignSizes(graph);
  const { keys, x, y, order } = layoutArrays(graph, options);
  for (const i of order) {
    graph.mergeNodeAttributes(keys[i]!, { x: Math.round(x[i]! * 1000) / 1000, y: Math.round(y[i]! * 1000) / 1000 });
  }
}
