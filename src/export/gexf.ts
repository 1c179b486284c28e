/**
 * GEXF 1.3 writer
 * ===============
 *
 * Writes a stance graph as GEXF 1.3 (https://gexf.net/, schema in ../shared/schemas/gexf-1.3)
 * that Gephi opens ready to read:
 *   - every attribute declared with its type (see ./columns.ts);
 *   - viz: node colour by bloc, node size by number of ties, position from the layout
 *     (assignLayout), edge colour by sign (red negative, green positive); weight = statements;
 *   - dynamics: `mode="dynamic" timeformat="date"`; each edge has one spell per statement date,
 *     each node one spell per date of a statement it made or received, so Gephi's timeline can
 *     play the network. An element with an undated statement gets no spells (always present).
 *   - parallel ties of opposite sign between the same two actors are kept apart by the edge
 *     `kind` ("negative" / "positive"), which Gephi reads as the edge type.
 *
 * graphology-gexf's writer is not used: it has no spells or dynamic mode, and it writes every
 * graph attribute as a `<meta>` child, which the 1.3 schema rejects.
 */
import type { ActorAttrs, StanceGraph, TieAttrs } from '../graph/types';
import { blocColor, signColor, type Rgb } from './colors';
import { EDGE_COLUMNS, NODE_COLUMNS, mainType, type Column } from './columns';
import { prefetchSamples, releaseSamples } from '../graph/evidence-store';
import { FileLineSink } from './stream';
import { attrs, escapeXml, formatNumber } from './xml';

export interface GexfOptions {
  /** `<meta><creator>`. Default 'stancegraph'. */
  creator?: string;
  /** `<meta><description>`. */
  description?: string;
  /** `<meta lastmodifieddate>` (YYYY-MM-DD); omitted by default so output is reproducible. */
  lastModified?: string;
  /** Write spells and `mode="dynamic"`. Default true (static when no element has a date). */
  dynamic?: boolean;
}

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

/** Node size for Gephi: `size` from the layout, else 4 + 4·√(ties). */
export function nodeSize(a: ActorAttrs): number {
  if (typeof a.size === 'number') return a.size;
  return Math.round((4 + 4 * Math.sqrt(a.positiveDegree + a.negativeDegree)) * 100) / 100;
}

function hexColor(h: string): Rgb {
  return { r: parseInt(h.slice(1, 3), 16), g: parseInt(h.slice(3, 5), 16), b: parseInt(h.slice(5, 7), 16) };
}

function color(c: Rgb): string {
  return `<viz:color${attrs([['r', c.r], ['g', c.g], ['b', c.b]])}/>`;
}

function declare<A>(cls: 'node' | 'edge', columns: Column<A>[], used: Set<string>): string[] {
  const lines = [`    <attributes class="${cls}" mode="static">`];
  for (const c of columns) {
    if (!used.has(c.id)) continue;
    lines.push(`      <attribute${attrs([['id', c.id], ['title', c.title], ['type', c.type]])}/>`);
  }
  lines.push('    </attributes>');
  return lines;
}

function attvalues<A>(columns: Column<A>[], a: A, indent: string): string[] {
  const out: string[] = [];
  for (const c of columns) {
    const v = c.value(a);
    if (v === undefined || v === '') continue;
    out.push(`${indent}  <attvalue${attrs([['for', c.id], ['value', typeof v === 'number' ? formatNumber(v, 8) : v]])}/>`);
  }
  return out.length ? [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`] : [];
}

function spells(dates: string[], undated: number, indent: string): string[] {
  if (!dates.length || undated > 0) return [];
  return [
    `${indent}<spells>`,
    ...dates.map((d) => `${indent}  <spell${attrs([['start', d], ['end', d]])}/>`),
    `${indent}</spells>`,
  ];
}

function usedColumns<A>(columns: Column<A>[], items: A[]): Set<string> {
  const used = new Set<string>();
  for (const c of columns) {
    if (items.some((a) => { const v = c.value(a); return v !== undefined && v !== ''; })) used.add(c.id);
  }
  return used;
}

/** Where the writer puts its lines: an array (writeGexf) or a file written as it goes (writeGexfFile). */
export interface LineSink { push(...lines: string[]): unknown }

/** The GEXF 1.3 document of `graph`, as one string (small graphs; files: writeGexfFile). */
export function writeGexf(graph: StanceGraph, options: GexfOptions = {}): string {
  const out: string[] = [];
  gexfLines(graph, options, out);
  return out.join('\n') + '\n';
}

/**
 * Writes the GEXF 1.3 document of `graph` to `file` line by line (never one string of the whole
 * document, so any size can be written); the same bytes as writeGexf.
 */
export function writeGexfFile(graph: StanceGraph, file: string, options: GexfOptions = {}): void {
  const sink = new FileLineSink(file);
  try {
    gexfLines(graph, options, sink);
  } finally {
    sink.close();
  }
}

/** Emits the lines of the GEXF document into `out`. */
export function gexfLines(graph: StanceGraph, options: GexfOptions, out: LineSink): void {
  const nodeAttrs: ActorAttrs[] = [];
  graph.forEachNode((_n, a) => nodeAttrs.push(a));
  const edgeAttrs: TieAttrs[] = [];
  graph.forEachEdge((_e, a) => edgeAttrs.push(a));
  const nodeCols = NODE_COLUMNS.filter((c) => usedColumns([c], nodeAttrs).size);
  const edgeCols = EDGE_COLUMNS.filter((c) => usedColumns([c], edgeAttrs).size);
  const allDates = dateRange(nodeAttrs, edgeAttrs);
  const dynamic = (options.dynamic ?? true) && allDates.length > 0;

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<gexf${attrs([['xmlns', GEXF_NS], ['xmlns:viz', VIZ_NS], ['version', '1.3']])}>`);
  out.push(`  <meta${attrs([['lastmodifieddate', options.lastModified]])}>`);
  out.push(`    <creator>${escapeXml(options.creator ?? 'stancegraph')}</creator>`);
  if (options.description) out.push(`    <description>${escapeXml(options.description)}</description>`);
  out.push('  </meta>');
  const graphAttrs: Array<[string, string | undefined]> = [['defaultedgetype', 'directed']];
  if (dynamic) {
    graphAttrs.push(['mode', 'dynamic'], ['timeformat', 'date'], ['start', allDates[0]], ['end', allDates[allDates.length - 1]]);
  } else {
    graphAttrs.push(['mode', 'static']);
  }
  out.push(`  <graph${attrs(graphAttrs)}>`);
  if (nodeCols.length) out.push(...declare('node', nodeCols, new Set(nodeCols.map((c) => c.id))));
  if (edgeCols.length) out.push(...declare('edge', edgeCols, new Set(edgeCols.map((c) => c.id))));

  out.push(`    <nodes${attrs([['count', graph.order]])}>`);
  graph.forEachNode((node, a) => {
    out.push(`      <node${attrs([['id', node], ['label', a.label]])}>`);
    out.push(...attvalues(nodeCols, a, '        '));
    if (dynamic) out.push(...spells(a.dates, a.undated, '        '));
    out.push(`        ${color(a.color ? hexColor(a.color) : blocColor(a.bloc, a.blocSize))}`);
    if (typeof a.x === 'number' && typeof a.y === 'number') {
      out.push(`        <viz:position${attrs([['x', a.x], ['y', a.y], ['z', 0]])}/>`);
    }
    out.push(`        <viz:size${attrs([['value', nodeSize(a)]])}/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>');

  out.push(`    <edges${attrs([['count', graph.size]])}>`);
  const writeEdge = (edge: string, a: TieAttrs, source: string, target: string) => {
    out.push(
      `      <edge${attrs([
        ['id', edge], ['source', source], ['target', target], ['weight', a.weight],
        ['kind', a.sign < 0 ? 'negative' : 'positive'], ['label', mainType(a.types)],
      ])}>`,
    );
    out.push(...attvalues(edgeCols, a, '        '));
    if (dynamic) out.push(...spells(a.dates, a.undated, '        '));
    out.push(`        ${color(signColor(a.sign))}`);
    out.push('      </edge>');
  };
  // Edges go out in chunks: the samples of evidence of a chunk's ties are read from statements.jsonl
  // together, in file order (graph/evidence-store.ts), not one positioned read each as each tie is written.
  forEachEdgeChunk(graph, (chunk) => {
    const samples = edgeCols.some((c) => c.id === 'evidence') ? chunk.flatMap((e) => e.attrs.samples) : [];
    prefetchSamples(samples);
    try {
      for (const e of chunk) writeEdge(e.edge, e.attrs, e.source, e.target);
    } finally {
      releaseSamples(samples);
    }
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
}

/** Edges per chunk of the writers (their samples of evidence are read together). */
export const EDGE_CHUNK = 4096;

/** Calls `each` with the edges of `graph` in order, EDGE_CHUNK at a time. */
export function forEachEdgeChunk(
  graph: StanceGraph,
  each: (chunk: Array<{ edge: string; attrs: TieAttrs; source: string; target: string }>) => void,
): void {
  let chunk: Array<{ edge: string; attrs: TieAttrs; source: string; target: string }> = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    chunk.push({ edge, attrs, source, target });
    if (chunk.length >= EDGE_CHUNK) { each(chunk); chunk = []; }
  });
  if (chunk.length) each(chunk);
}

/**
 * [first, last] date over all elements (sorted date lists), or [] when none has a date. Ties give
 * their first and last date (a tie-table view reads them without making its list of dates).
 */
function dateRange(nodes: ActorAttrs[], ties: TieAttrs[]): string[] {
  let first: string | undefined;
  let last: string | undefined;
  const see = (f: string | undefined, l: string | undefined) => {
    if (f === undefined || l === undefined) return;
    if (first === undefined || f < first) first = f;
    if (last === undefined || l > last) last = l;
  };
  for (const a of nodes) see(a.dates[0], a.dates[a.dates.length - 1]);
  for (const a of ties) {
    if (a.firstDate !== undefined && a.lastDate !== undefined) see(a.firstDate, a.lastDate);
    else see(a.dates[0], a.dates[a.dates.length - 1]);
  }
  return first === undefined ? [] : [first, last!];
}
