/**
 * Report data
 * ===========
 *
 * The JSON the HTML report draws: the actor and state networks as laid out for the GEXF files
 * (same positions, sizes and bloc colours), and for every tie drawn the statements behind it, each
 * with its clause, cue, quote, own date (or none: undated) and its sources (document, sentence,
 * offsets). The same statement reported by several documents is one entry with several sources
 * (see sameStatementKey).
 *
 * Bounded whatever the corpus, because a browser draws a few thousand nodes well and a page of
 * hundreds of megabytes not at all:
 *   - a network with more than `maxNodes` nodes is drawn as its `maxNodes` nodes of highest signed
 *     degree (`layoutCore`: distinct signed ties, both signs; ties broken by statement count, then key), with the
 *     ties among them; more than `maxEdges` such ties: the heaviest. The page says what was cut
 *     (`ReportNetwork.total`); every tie's weight, dates and undated count are those of the whole
 *     corpus (taken from the graph, which aggregates every statement);
 *   - each tie drawn lists the first statements read for it (document order), at most
 *     `maxStatementsPerTie`, fewer when many ties are drawn (`maxStatements` in all, at least one per
 *     tie); a statement lists at most `maxSources` sources.
 * Cost: one pass over the statements (any iterable, e.g. statements.jsonl read a line at a time),
 * memory O(nodes + ties of the graphs + statements listed), not O(statements).
 */
import { layoutCore } from '../graph/layout';
import type { StanceGraph } from '../graph/types';
import type { Statement } from '../types';
import { ownDate, sameStatementKey, stanceClause } from './evidence';

export interface ReportOptions {
  /** Statements listed per tie. Default 25. */
  maxStatementsPerTie?: number;
  /** Statements listed in all (the per-tie number shrinks when many ties are drawn). Default 30,000. */
  maxStatements?: number;
  /** Sources listed per statement. Default 10. */
  maxSources?: number;
  /** Nodes drawn per network. Default 2,000. */
  maxNodes?: number;
  /** Ties drawn per network. Default 20,000. */
  maxEdges?: number;
  /** Longest sentence kept in the page (characters). Default 600. */
  maxSentence?: number;
}

export const REPORT_DEFAULTS = {
  maxStatementsPerTie: 25, maxStatements: 30_000, maxSources: 10, maxNodes: 2_000, maxEdges: 20_000, maxSentence: 600,
} as const;

export interface ReportSource { doc: number; sentence: number; start: number; end: number; text: string; date?: string }

export interface ReportStatement {
  type: string;
  /** Speaker and target as the statement names them. */
  actor: string;
  target: string;
  /** The statement's own date, or null: undated. */
  date: string | null;
  clause: string;
  /** The cue inside `clause` ([start, end]) when it is there. */
  cue: [number, number] | null;
  cutStart: boolean;
  cutEnd: boolean;
  quote: string | null;
  confidence: number;
  sources: ReportSource[];
}

export interface ReportNode {
  key: string; label: string; kind: string; country?: string; x: number; y: number; size: number; color: string;
  bloc: number; blocSize: number; pos: number; neg: number;
}

export interface ReportEdge {
  key: string; source: string; target: string; sign: 1 | -1; weight: number;
  /** Own dates of its statements (distinct, sorted) and the number of undated statements. */
  dates: string[]; undated: number;
  /** Indexes into ReportData.statements. */
  statements: number[];
}

export interface ReportNetwork {
  nodes: ReportNode[];
  edges: ReportEdge[];
  /** The whole network: when larger than what is drawn, the page says so. */
  total: { nodes: number; edges: number };
}

export interface ReportDoc { id: string; title?: string; path?: string; url?: string; published?: string }

export interface ReportData {
  generated: {
    documents: number; statements: number; undated: number; signed: number; merged: number;
    /** Statements listed per tie drawn, at most. */
    perTie: number;
  };
  docs: ReportDoc[];
  actors: ReportNetwork;
  countries: ReportNetwork;
  statements: ReportStatement[];
}

/** The part of `graph` that is drawn: see the file header. */
function network(graph: StanceGraph, maxNodes: number, maxEdges: number): ReportNetwork {
  // the same nodes the layout's ForceAtlas2 core holds (highest signed degree, then statements, then key)
  const keep = graph.order > maxNodes ? layoutCore(graph, maxNodes) : undefined;
  const nodes: ReportNode[] = [];
  graph.forEachNode((key, a) => {
    if (keep && !keep.has(key)) return;
    const n: ReportNode = {
      key, label: a.label, kind: a.kind, x: a.x ?? 0, y: a.y ?? 0, size: a.size ?? 4, color: a.color ?? '#c7c7c7',
      bloc: a.bloc, blocSize: a.blocSize, pos: a.positiveDegree, neg: a.negativeDegree,
    };
    if (a.country) n.country = a.country;
    nodes.push(n);
  });
  let edges: ReportEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (keep && (!keep.has(source) || !keep.has(target))) return;
    edges.push({ key, source, target, sign: a.sign, weight: a.weight, dates: a.dates ?? [], undated: a.undated ?? 0, statements: [] });
  });
  if (edges.length > maxEdges) {
    const order = edges.map((e, i) => ({ e, i })).sort((x, y) => y.e.weight - x.e.weight || x.i - y.i).slice(0, maxEdges);
    edges = order.sort((x, y) => x.i - y.i).map((x) => x.e);
  }
  return { nodes, edges, total: { nodes: graph.order, edges: graph.size } };
}

/** The state of an actor node, as projectCountries counts it. */
function stateOf(a: { country?: string; kind: string; label: string }): string | undefined {
  return a.country ?? (a.kind === 'country' ? a.label : undefined);
}

/**
 * Collects the report data from the laid-out graphs and the statements (any iterable, e.g. the
 * lines of statements.jsonl read back one at a time).
 */
export function reportData(
  actors: StanceGraph,
  countries: StanceGraph,
  statements: Iterable<Statement>,
  docs: Array<{ id: string; title?: string; path?: string; published?: string }>,
  options: ReportOptions = {},
): ReportData {
  const o = { ...REPORT_DEFAULTS, ...options };
  const act = network(actors, o.maxNodes, o.maxEdges);
  const cty = network(countries, o.maxNodes, o.maxEdges);
  const drawn = act.edges.length + cty.edges.length;
  const perTie = Math.max(1, Math.min(o.maxStatementsPerTie, Math.floor(o.maxStatements / Math.max(1, drawn))));
  const actEdge = new Map(act.edges.map((e) => [e.key, e]));
  const ctyEdge = new Map(cty.edges.map((e) => [e.key, e]));
  const stateKey = new Map<string, string>();
  countries.forEachNode((key, a) => stateKey.set(a.label, key));
  const actorState = new Map<string, string>();
  actors.forEachNode((key, a) => {
    const st = stateOf(a);
    const k = st ? stateKey.get(st) : undefined;
    if (k) actorState.set(key, k);
  });
  const docIndex = new Map<string, number>();
  const docList: ReportDoc[] = [];
  const addDoc = (id: string, info?: Partial<ReportDoc>): number => {
    let i = docIndex.get(id);
    if (i === undefined) {
      i = docList.length;
      docIndex.set(id, i);
      const d: ReportDoc = { id };
      if (info?.title) d.title = info.title;
      if (info?.path) d.path = info.path;
      if (info?.url) d.url = info.url;
      if (info?.published) d.published = info.published;
      docList.push(d);
    }
    return i;
  };
  for (const d of docs) addDoc(d.id, d);

  const out: ReportStatement[] = [];
  // Only the statements listed are remembered (bounded by the ties drawn × perTie).
  const byKey = new Map<string, number>();
  let total = 0;
  let undated = 0;
  let signed = 0;
  let merged = 0;
  const tieKeyOf = (sign: number, s: string, t: string) => `${sign > 0 ? 'pos' : 'neg'}|${s}|${t}`;
  const room = (e: ReportEdge | undefined) => e !== undefined && e.statements.length < perTie;

  for (const s of statements) {
    total++;
    const date = ownDate(s);
    if (!date) undated++;
    if (s.polarity === 0 || s.actor.id === s.target.id) continue;
    signed++;
    const aEdge = actEdge.get(tieKeyOf(s.polarity, s.actor.id, s.target.id));
    const cs = actorState.get(s.actor.id);
    const ct = actorState.get(s.target.id);
    const cEdge = cs && ct && cs !== ct ? ctyEdge.get(tieKeyOf(s.polarity, cs, ct)) : undefined;
    if (!aEdge && !cEdge) continue;
    const key = sameStatementKey(s);
    let idx = byKey.get(key);
    if (idx === undefined && !room(aEdge) && !room(cEdge)) continue; // its ties list enough already
    const src = s.source as (Statement['source'] & { url?: string }) | undefined;
    const source: ReportSource = {
      doc: addDoc(s.doc, { path: src?.path, title: src?.title, published: src?.published, url: src?.url }),
      sentence: s.sentence,
      start: s.evidence?.sentenceSpan?.start ?? 0,
      end: s.evidence?.sentenceSpan?.end ?? 0,
      text: s.text.length > o.maxSentence ? `${s.text.slice(0, o.maxSentence)}…` : s.text,
    };
    if (date) source.date = date;
    if (idx !== undefined) {
      // The same statement again (another document or a repeat): one more source.
      const st = out[idx]!;
      if (!st.sources.some((x) => x.doc === source.doc && x.sentence === source.sentence)) {
        if (st.sources.length < o.maxSources) st.sources.push(source);
        merged++;
      }
      if (!st.date && date) st.date = date;
    } else {
      const c = stanceClause(s);
      const st: ReportStatement = {
        type: s.type, actor: s.actor.name, target: s.target.name, date: date ?? null,
        clause: c.text, cue: c.cue ? [c.cue.start, c.cue.end] : null, cutStart: c.cutStart, cutEnd: c.cutEnd,
        quote: s.quote ?? null, confidence: s.confidence, sources: [source],
      };
      idx = out.length;
      out.push(st);
      byKey.set(key, idx);
    }
    for (const e of [aEdge, cEdge]) {
      if (e && e.statements.length < perTie && !e.statements.includes(idx)) e.statements.push(idx);
    }
  }
  return {
    generated: { documents: docList.length, statements: total, undated, signed, merged, perTie },
    docs: docList,
    actors: act,
    countries: cty,
    statements: out,
  };
}
