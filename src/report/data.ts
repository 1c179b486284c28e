/**
 * Report data
 * ===========
 *
 * The JSON the HTML report draws: the actor and state networks as laid out for the GEXF files
 * (same positions, sizes and bloc colours), and for every tie the statements behind it, each
 * with its clause, cue, quote, own date (or none: undated) and its sources (document, sentence,
 * offsets). The same statement reported by several documents is one entry with several sources
 * (see sameStatementKey).
 *
 * Bounded: at most `maxStatementsPerTie` statements are listed per tie (the tie's weight still
 * counts them all), so the page stays small on large corpora.
 */
import type { StanceGraph } from '../graph/types';
import type { Statement } from '../types';
import { ownDate, sameStatementKey, stanceClause } from './evidence';

export interface ReportOptions {
  /** Statements listed per tie. Default 25. */
  maxStatementsPerTie?: number;
  /** Longest sentence kept in the page (characters). Default 600. */
  maxSentence?: number;
}

export const REPORT_DEFAULTS = { maxStatementsPerTie: 25, maxSentence: 600 } as const;

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
  /** Own dates of its statements (with repeats, sorted) and the number of undated statements. */
  dates: string[]; undated: number;
  /** Indexes into ReportData.statements. */
  statements: number[];
}

export interface ReportNetwork { nodes: ReportNode[]; edges: ReportEdge[] }

export interface ReportDoc { id: string; title?: string; path?: string; url?: string; published?: string }

export interface ReportData {
  generated: { documents: number; statements: number; undated: number; signed: number; merged: number };
  docs: ReportDoc[];
  actors: ReportNetwork;
  countries: ReportNetwork;
  statements: ReportStatement[];
}

function network(graph: StanceGraph): ReportNetwork {
  const nodes: ReportNode[] = [];
  graph.forEachNode((key, a) => {
    const n: ReportNode = {
      key, label: a.label, kind: a.kind, x: a.x ?? 0, y: a.y ?? 0, size: a.size ?? 4, color: a.color ?? '#c7c7c7',
      bloc: a.bloc, blocSize: a.blocSize, pos: a.positiveDegree, neg: a.negativeDegree,
    };
    if (a.country) n.country = a.country;
    nodes.push(n);
  });
  const edges: ReportEdge[] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push({ key, source, target, sign: a.sign, weight: a.weight, dates: [], undated: 0, statements: [] });
  });
  return { nodes, edges };
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
  const maxPerTie = options.maxStatementsPerTie ?? REPORT_DEFAULTS.maxStatementsPerTie;
  const maxSentence = options.maxSentence ?? REPORT_DEFAULTS.maxSentence;
  const act = network(actors);
  const cty = network(countries);
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
  const byKey = new Map<string, number>();
  let total = 0;
  let undated = 0;
  let signed = 0;
  let merged = 0;
  const tieKeyOf = (sign: number, s: string, t: string) => `${sign > 0 ? 'pos' : 'neg'}|${s}|${t}`;

  for (const s of statements) {
    total++;
    const date = ownDate(s);
    if (!date) undated++;
    if (s.polarity === 0 || s.actor.id === s.target.id) continue;
    const aEdge = actEdge.get(tieKeyOf(s.polarity, s.actor.id, s.target.id));
    const cs = actorState.get(s.actor.id);
    const ct = actorState.get(s.target.id);
    const cEdge = cs && ct && cs !== ct ? ctyEdge.get(tieKeyOf(s.polarity, cs, ct)) : undefined;
    if (!aEdge && !cEdge) continue;
    signed++;
    const src = s.source as (Statement['source'] & { url?: string }) | undefined;
    const source: ReportSource = {
      doc: addDoc(s.doc, { path: src?.path, title: src?.title, published: src?.published, url: src?.url }),
      sentence: s.sentence,
      start: s.evidence?.sentenceSpan?.start ?? 0,
      end: s.evidence?.sentenceSpan?.end ?? 0,
      text: s.text.length > maxSentence ? `${s.text.slice(0, maxSentence)}…` : s.text,
    };
    if (date) source.date = date;
    const key = sameStatementKey(s);
    let idx = byKey.get(key);
    if (idx !== undefined) {
      // The same statement again (another document or a repeat): one more source.
      const st = out[idx]!;
      if (!st.sources.some((x) => x.doc === source.doc && x.sentence === source.sentence)) {
        st.sources.push(source);
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
      if (!e) continue;
      if (date) e.dates.push(date);
      else e.undated++;
      if (e.statements.length < maxPerTie && !e.statements.includes(idx)) e.statements.push(idx);
    }
  }
  for (const e of [...act.edges, ...cty.edges]) e.dates.sort();
  return {
    generated: { documents: docList.length, statements: total, undated, signed, merged },
    docs: docList,
    actors: act,
    countries: cty,
    statements: out,
  };
}
