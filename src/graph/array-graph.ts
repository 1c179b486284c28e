/**
 * A read-only graph over typed arrays, for graphology's algorithm libraries
 * ==========================================================================
 *
 * graphology-communities-louvain and graphology-layout-forceatlas2 take a graphology instance, but
 * read it only to fill their own typed arrays: Louvain's `UndirectedLouvainIndex` (node order,
 * undirected degrees, one sweep over the edges with their weight) and ForceAtlas2's
 * `graphToByteArrays` (node order with x, y, size; one sweep over the edges with their weight), then
 * `nodes()` to name the result. A graphology copy of the ties to hand them costs ~700 bytes a tie
 * (878,184 ties at 1 M synthetic statements: several hundred MB for a few seconds of work), while the
 * ties are already numbers. `ArrayGraph` is that read-only part of the graphology interface over
 * arrays: nodes are keys, edges are (source, target, weight) triples by node number. It answers the
 * calls these two libraries make, in the order a graphology graph built by adding the same nodes and
 * edges in the same order would (so their results are the same to the last bit: tests in
 * test/unit/graph/array-graph.test.ts run both on random graphs), and throws on anything else, so a
 * library upgrade that reads more fails loudly instead of reading nothing.
 *
 * Hand-written because no maintained library runs Louvain or ForceAtlas2 on plain arrays; the
 * algorithms themselves stay the libraries'. Memory: 16 bytes an edge and ~20 a node (plus the keys).
 */

type NodeAttrs = { x?: number; y?: number; size?: number };

export interface ArrayGraphInit {
  type: 'directed' | 'undirected';
  /** Node keys, in the order the algorithms visit them. */
  keys: string[];
  /** Edges: source and target node numbers and weights (same length), in visiting order. No self-loops. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Number of edges (the arrays may be longer). Default: source.length. */
  size?: number;
  /** Node attributes for layouts: positions and sizes by node number. */
  x?: Float64Array;
  y?: Float64Array;
  nodeSize?: Float64Array;
}

function unsupported(what: string): never {
  throw new Error(`ArrayGraph: ${what} is not supported (a read-only graph over arrays for graphology's algorithms)`);
}

export class ArrayGraph {
  readonly type: 'directed' | 'undirected';
  readonly multi = true;
  readonly selfLoopCount = 0;
  readonly order: number;
  readonly size: number;
  private readonly keys: string[];
  private readonly src: Int32Array;
  private readonly dst: Int32Array;
  private readonly w: Float64Array;
  private readonly init: ArrayGraphInit;
  private index: Map<string, number> | undefined;
  private degree: Int32Array | undefined;

  constructor(init: ArrayGraphInit) {
    this.init = init;
    this.type = init.type;
    this.keys = init.keys;
    this.order = init.keys.length;
    this.size = init.size ?? init.source.length;
    this.src = init.source;
    this.dst = init.target;
    this.w = init.weight;
  }

  get directedSize(): number { return this.type === 'directed' ? this.size : 0; }
  get undirectedSize(): number { return this.type === 'undirected' ? this.size : 0; }

  nodes(): string[] { return this.keys.slice(); }

  forEachNode(cb: (node: string, attrs: NodeAttrs) => void): void {
    const { x, y, nodeSize } = this.init;
    for (let i = 0; i < this.keys.length; i++) {
      const a: NodeAttrs = {};
      if (x) a.x = x[i]!;
      if (y) a.y = y[i]!;
      if (nodeSize) a.size = nodeSize[i]!;
      cb(this.keys[i]!, a);
    }
  }

  /** (edge number, { weight }, source key, target key, {}, {}, undirected): what graphology passes. */
  forEachEdge(cb: (edge: number, attrs: { weight: number }, source: string, target: string, sa: object, ta: object, undirected: boolean) => void): void {
    const undirected = this.type === 'undirected';
    const none = {};
    for (let e = 0; e < this.size; e++) {
      cb(e, { weight: this.w[e]! }, this.keys[this.src[e]!]!, this.keys[this.dst[e]!]!, none, none, undirected);
    }
  }

  /** Distinct neighbours of an undirected graph's node (no multi-edges are given to an undirected ArrayGraph). */
  undirectedDegreeWithoutSelfLoops(node: string): number {
    if (this.type !== 'undirected') unsupported('undirectedDegreeWithoutSelfLoops on a directed graph');
    if (!this.degree) {
      this.index = new Map(this.keys.map((k, i) => [k, i]));
      this.degree = new Int32Array(this.order);
      for (let e = 0; e < this.size; e++) { this.degree[this.src[e]!]!++; this.degree[this.dst[e]!]!++; }
    }
    const i = this.index!.get(node);
    if (i === undefined) unsupported(`unknown node ${node}`);
    return this.degree[i]!;
  }

  // graphology-utils/is-graph checks that these exist; nothing here calls them.
  addUndirectedEdgeWithKey(): never { return unsupported('adding edges'); }
  dropNode(): never { return unsupported('dropping nodes'); }
  setNodeAttribute(): never { return unsupported('writing attributes'); }
  updateEachNodeAttributes(): never { return unsupported('writing attributes'); }
  getNodeAttributes(): never { return unsupported('reading attributes one node at a time'); }
}
