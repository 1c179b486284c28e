/**
 * Build the stance graph
 * ======================
 *
 * Statements in, a directed, signed, weighted graphology multigraph out: one node per actor,
 * one edge per (actor, target, sign) carrying the number of statements (`weight`), the count per
 * type, the statement dates and a few samples of evidence. COMMENT statements (polarity 0) make
 * no edge, so the signed networks stay clean, but they are counted on both nodes.
 *
 * Only `statementsMade/Received` and `commentsMade/Received` are set here; the signed degrees,
 * PageRank, blocs and layout are analyses (see ./analyses and ./analyse.ts).
 *
 * Memory is bounded by the ties, not the statements: each tie is an aggregate (count, count per
 * type, distinct dates — the day is the date bucket —, the `maxSamples` best quotes, the first
 * `maxDocs` document ids and the number of documents), so `buildGraph` can read statements.jsonl
 * a line at a time at any size. The aggregates are columns of a `TieTable` (./tie-table.ts; each
 * edge's attributes are a view on it); with `evidence` (a `StatementFile`) the samples are kept as
 * references into the file (./evidence-store.ts). Cost: O(statements × (samples + dates and
 * documents kept per tie)) time; O(ties) memory, ~640 bytes a tie with `evidence` (878,184 ties:
 * 564 MB of live heap), most of it graphology's own edge.
 */
import Graph from 'graphology';
import type { ActorRef, Message, Statement } from '../types';
import type { ActorAttrs, Sign, StanceGraph, TieSample } from './types';
import { clauseText, ownDate } from '../report/evidence';
import type { StatementFile } from './evidence-store';
import { TieTable, type TieView } from './tie-table';

export interface BuildGraphOptions {
  /** Samples of evidence kept per tie. Default 3. */
  maxSamples?: number;
  /** Document ids kept per tie (the first in sort order); `docCount` counts them all. Default 5. */
  maxDocs?: number;
  /** Longest sentence excerpt kept when a statement has no quote (characters). Default 200. */
  excerptLength?: number;
  /** Shorter quotes are replaced by the sentence excerpt in samples. Default 3 words. */
  minQuoteWords?: number;
  /** Receives notes about statements left out of the ties (an actor about itself). */
  onMessage?: (m: Message) => void;
  /**
   * The file the statements come from, when they are read from one (`new StatementFile(path)`,
   * also passed as `statements`): samples of evidence are then kept as references into it and
   * read back when asked for (./evidence-store.ts). Without it they are kept as objects.
   */
  evidence?: StatementFile;
}

type Ranked = TieSample & { confidence: number };

export const BUILD_GRAPH_DEFAULTS = { maxSamples: 3, maxDocs: 5, excerptLength: 200, minQuoteWords: 3 } as const;

/** The edge key of the tie `source → target` of sign `sign`; stable across runs. */
export function tieKey(source: string, target: string, sign: Sign): string {
  return `${sign > 0 ? 'pos' : 'neg'}|${source}|${target}`;
}

/** The date a statement counts for on the timeline: its own date only; undefined when undated. */
export function statementDate(s: Statement): string | undefined {
  return ownDate(s);
}

/** Cuts a sentence to at most `max` characters on a word boundary, marking the cut with "…". */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function emptyActor(ref: ActorRef): ActorAttrs {
  const a: ActorAttrs = {
    label: ref.name,
    kind: ref.kind,
    statementsMade: 0,
    statementsReceived: 0,
    commentsMade: 0,
    commentsReceived: 0,
    positiveMade: 0,
    positiveReceived: 0,
    negativeMade: 0,
    negativeReceived: 0,
    positiveDegree: 0,
    negativeDegree: 0,
    pagerank: 0,
    bloc: -1,
    blocSize: 0,
    dates: [],
    undated: 0,
  };
  if (ref.country) a.country = ref.country;
  if (ref.role) a.role = ref.role;
  return a;
}

function addSorted(list: string[], value: string): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > value) i--;
  if (list[i - 1] !== value) list.splice(i, 0, value);
}

/** Adds `value` to a sorted, distinct list kept to its `max` smallest values. */
export function addSortedCapped(list: string[], value: string, max: number): void {
  if (list.length >= max && value > list[list.length - 1]!) return;
  addSorted(list, value);
  if (list.length > max) list.length = max;
}

/** Orders samples: quoted evidence first, then the more confident, then document order. */
export function compareSamples(a: TieSample & { confidence: number }, b: TieSample & { confidence: number }): number {
  if (a.quoted !== b.quoted) return a.quoted ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.sentence - b.sentence;
}

function touchNode(graph: StanceGraph, ref: ActorRef): string {
  if (!graph.hasNode(ref.id)) {
    graph.addNode(ref.id, emptyActor(ref));
  } else {
    // The first statement names the actor; later ones only fill what is missing.
    const attrs = graph.getNodeAttributes(ref.id);
    if (!attrs.country && ref.country) attrs.country = ref.country;
    if (!attrs.role && ref.role) attrs.role = ref.role;
  }
  return ref.id;
}

function noteDate(attrs: { dates: string[]; undated: number }, date: string | undefined): void {
  if (date) addSorted(attrs.dates, date);
  else attrs.undated++;
}

/** Creates an empty stance graph (directed multigraph: a pair can hold a tie of each sign). */
export function createStanceGraph(network: 'actors' | 'countries' = 'actors'): StanceGraph {
  const graph: StanceGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ network });
  return graph;
}

/**
 * Builds the actor network from statements.
 *
 * @param statements - Any iterable of statements, e.g. the lines of statements.jsonl.
 * @param options    - See BuildGraphOptions.
 */
export function buildGraph(statements: Iterable<Statement>, options: BuildGraphOptions = {}): StanceGraph {
  const maxSamples = options.maxSamples ?? BUILD_GRAPH_DEFAULTS.maxSamples;
  const maxDocs = options.maxDocs ?? BUILD_GRAPH_DEFAULTS.maxDocs;
  // Strings repeated across statements (documents, dates, names) are kept once: each parsed
  // line brings fresh copies, and a large graph would hold millions of them.
  const interned = new Map<string, string>();
  const intern = (v: string): string => {
    const seen = interned.get(v);
    if (seen !== undefined) return seen;
    interned.set(v, v);
    return v;
  };
  const excerptLength = options.excerptLength ?? BUILD_GRAPH_DEFAULTS.excerptLength;
  const minQuoteWords = options.minQuoteWords ?? BUILD_GRAPH_DEFAULTS.minQuoteWords;
  const graph = createStanceGraph('actors');
  const table = new TieTable(maxDocs);
  // the confidences of each tie's samples, for ranking while building (never written)
  const confidences: number[][] = [];
  /** The sample of evidence a statement gives (also used to read a stored sample back). */
  const sampleOf = (s: Statement): TieSample => {
    const quoted = Boolean(s.quote && s.quote.trim().split(/\s+/).length >= minQuoteWords);
    const sample: TieSample = {
      doc: intern(s.doc),
      sentence: s.sentence,
      excerpt: quoted ? excerpt(s.quote!, excerptLength * 2) : clauseText(s, excerptLength),
      quoted,
      type: intern(s.type) as TieSample['type'],
      statement: s.id,
      actor: intern(s.actor.name),
      target: intern(s.target.name),
    };
    const date = statementDate(s);
    if (date) sample.date = intern(date);
    if (s.evidence?.sentenceSpan) sample.span = { start: s.evidence.sentenceSpan.start, end: s.evidence.sentenceSpan.end };
    return sample;
  };

  for (const s of statements) {
    const source = touchNode(graph, s.actor);
    const target = touchNode(graph, s.target);
    const rawDate = statementDate(s);
    const date = rawDate === undefined ? undefined : intern(rawDate);
    const doc = intern(s.doc);
    const src = graph.getNodeAttributes(source);
    const tgt = graph.getNodeAttributes(target);
    src.statementsMade++;
    tgt.statementsReceived++;
    noteDate(src, date);
    if (target !== source) noteDate(tgt, date);
    if (s.polarity === 0) {
      src.commentsMade++;
      tgt.commentsReceived++;
      continue;
    }
    if (source === target) {
      options.onMessage?.({
        severity: 'info',
        reason: `Statement about its own actor left out of the ties (${s.type}, ${s.actor.name})`,
        ruleId: 'graph/self-statement',
        source: 'graph',
        file: s.doc,
      });
      continue;
    }
    const sign: Sign = s.polarity > 0 ? 1 : -1;
    const key = tieKey(source, target, sign);
    let t: number;
    if (graph.hasEdge(key)) t = (graph.getEdgeAttributes(key) as TieView).tieIndex;
    else {
      t = table.add(sign);
      confidences.push([]);
      graph.addDirectedEdgeWithKey(key, source, target, table.view(t));
    }
    table.count(t, s.type, date, doc);
    // A quote of a word or two ("overreaction") says less than its sentence: show the sentence.
    const quoted = Boolean(s.quote && s.quote.trim().split(/\s+/).length >= minQuoteWords);
    const pool = table.samples[t]!;
    const conf = confidences[t]!;
    const candidate = { doc, sentence: s.sentence, quoted, confidence: s.confidence };
    // ranked on what every sample keeps in memory (a stored sample's text stays on disk)
    const before = (i: number) => {
      const p = pool[i]!;
      return compareSamples(candidate as Ranked, { doc: p.doc, sentence: p.sentence, quoted: p.quoted, confidence: conf[i]! } as Ranked) < 0;
    };
    if (pool.length >= maxSamples && !before(pool.length - 1)) continue;
    const sample = options.evidence ? options.evidence.keep(doc, s.sentence, quoted, sampleOf) : sampleOf(s);
    // insert after every sample it does not beat (a stable sort's order), keep the best maxSamples
    let at = pool.length;
    while (at > 0 && before(at - 1)) at--;
    pool.splice(at, 0, sample);
    conf.splice(at, 0, s.confidence);
    if (pool.length > maxSamples) { pool.length = maxSamples; conf.length = maxSamples; }
  }
  table.compact();
  graph.forEachNode((_n, a) => {
    a.dates = a.dates.slice();
  });
  return graph;
}
