/**
 * GraphML writer
 * ==============
 *
 * The stance graph as GraphML (http://graphml.graphdrawing.org/), for tools that read GraphML
 * rather than GEXF (yEd, networkx, igraph, Cytoscape). Same columns as the GEXF writer (see
 * ./columns.ts), every one declared as a `<key>` with its type, plus `label`, the layout
 * position `x`/`y`, `color` (bloc, hex) on nodes and `weight`, `color` (sign, hex) on edges.
 * No dynamics: GraphML has no timeline; the first and last dates are columns.
 */
import { prefetchSamples, releaseSamples } from '../graph/evidence-store';
import { forEachEdgeChunk, type LineSink } from './gexf';
import { FileLineSink } from './stream';
import type { ActorAttrs, StanceGraph, TieAttrs } from '../graph/types';
import { blocColor, signColor, toHex } from './colors';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns';
import { attrs, escapeXml, formatNumber } from './xml';

const GRAPHML_TYPE = { string: 'string', integer: 'int', double: 'double' } as const;

interface Key<A> { id: string; name: string; type: 'string' | 'int' | 'double'; value(a: A): string | number | undefined }

function keysOf<A>(prefix: string, columns: Column<A>[]): Key<A>[] {
  return columns.map((c) => ({ id: `${prefix}_${c.id}`, name: c.id, type: GRAPHML_TYPE[c.type], value: c.value }));
}

const NODE_KEYS: Key<ActorAttrs>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (a) => a.label },
  ...keysOf('n', NODE_COLUMNS),
  { id: 'n_x', name: 'x', type: 'double', value: (a) => a.x },
  { id: 'n_y', name: 'y', type: 'double', value: (a) => a.y },
  { id: 'n_color', name: 'color', type: 'string', value: (a) => toHex(blocColor(a.bloc, a.blocSize)) },
];

const EDGE_KEYS: Key<TieAttrs>[] = [
  { id: 'e_weight', name: 'weight', type: 'double', value: (a) => a.weight },
  ...keysOf('e', EDGE_COLUMNS),
  { id: 'e_color', name: 'color', type: 'string', value: (a) => toHex(signColor(a.sign)) },
];

function data<A>(keys: Key<A>[], a: A): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const v = k.value(a);
    if (v === undefined || v === '') continue;
    out.push(`      <data key="${k.id}">${escapeXml(typeof v === 'number' ? formatNumber(v, 8) : v)}</data>`);
  }
  return out;
}

/** The GraphML document of `graph`, as one string (small graphs; files: writeGraphmlFile). */
export function writeGraphml(graph: StanceGraph): string {
  const out: string[] = [];
  graphmlLines(graph, out);
  return out.join('\n') + '\n';
}

/** Writes the GraphML document of `graph` to `file` line by line; the same bytes as writeGraphml. */
export function writeGraphmlFile(graph: StanceGraph, file: string): void {
  const sink = new FileLineSink(file);
  try {
    graphmlLines(graph, sink);
  } finally {
    sink.close();
  }
}

function graphmlLines(graph: StanceGraph, out: LineSink): void {
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of NODE_KEYS) out.push(`  <key${attrs([['id', k.id], ['for', 'node'], ['attr.name', k.name], ['attr.type', k.type]])}/>`);
  for (const k of EDGE_KEYS) out.push(`  <key${attrs([['id', k.id], ['for', 'edge'], ['attr.name', k.name], ['attr.type', k.type]])}/>`);
  out.push(`  <graph${attrs([['id', graph.getAttribute('network') ?? 'G'], ['edgedefault', 'directed']])}>`);
  graph.forEachNode((node, a) => {
    out.push(`    <node${attrs([['id', node]])}>`, ...data(NODE_KEYS, a), '    </node>');
  });
  // in chunks whose samples of evidence are read together (see writeGexf)
  forEachEdgeChunk(graph, (chunk) => {
    const samples = chunk.flatMap((e) => e.attrs.samples);
    prefetchSamples(samples);
    try {
      for (const { edge, attrs: a, source, target } of chunk) {
        out.push(`    <edge${attrs([['id', edge], ['source', source], ['target', target]])}>`, ...data(EDGE_KEYS, a), '    </edge>');
      }
    } finally {
      releaseSamples(samples);
    }
  });
  out.push('  </graph>', '</graphml>');
}
