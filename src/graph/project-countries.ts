/**
 * Project the actor network onto states
 * =====================================
 *
 * Every actor counts for its state (`country`: a person or an organization for the state it
 * belongs to, a country for itself); actors without a country are left out. Ties between two
 * actors of the same state (self-loops after projection) are dropped. Ties of the same sign
 * between the same two states add up: weights, types, dates, documents and samples merge.
 *
 * Node statistics that are not derived from ties (`statementsMade/Received`,
 * `commentsMade/Received`, `dates`) are sums or unions over the member actors; the signed
 * degrees, PageRank and blocs are left for the analyses to recompute on the projected graph.
 *
 * Cost: O(nodes + ties + dates of nodes and ties + D log D per state and state tie, D its distinct
 * dates): dates are gathered in a set per state and per state tie and sorted once at the end (merging
 * sorted lists at every actor tie re-sorted a state's whole timeline each time: O(ties × D log D)).
 */
import { BUILD_GRAPH_DEFAULTS, createStanceGraph, tieKey } from './build-graph';
import type { ActorAttrs, StanceGraph, TieAttrs, TieSample } from './types';

export interface ProjectCountriesOptions {
  /** Samples of evidence kept per tie. Default 3. */
  maxSamples?: number;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function mergeSorted(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function sampleOrder(a: TieSample, b: TieSample): number {
  if (a.quoted !== b.quoted) return a.quoted ? -1 : 1;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.sentence - b.sentence;
}

/**
 * The state of an actor node, or undefined. A country node stands for itself even when its
 * `country` attribute is missing.
 */
function stateOf(attrs: ActorAttrs): string | undefined {
  if (attrs.country) return attrs.country;
  return attrs.kind === 'country' ? attrs.label : undefined;
}

/** The country network of an actor network (see the file header). */
export function projectCountries(graph: StanceGraph, options: ProjectCountriesOptions = {}): StanceGraph {
  const maxSamples = options.maxSamples ?? 3;
  const out = createStanceGraph('countries');

  const nodeDates = new Map<string, Set<string>>();
  const tieDates = new Map<string, Set<string>>();
  // State name → node key: the country actor's own key when the graph has one.
  const keyOf = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    const state = stateOf(attrs);
    if (attrs.kind === 'country' && state && !keyOf.has(state)) keyOf.set(state, node);
  });
  const stateKey = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    const state = stateOf(attrs);
    if (!state) return;
    let key = keyOf.get(state);
    if (!key) {
      key = `country:${slug(state)}`;
      keyOf.set(state, key);
    }
    stateKey.set(node, key);
    if (!out.hasNode(key)) {
      out.addNode(key, {
        label: state, kind: 'country', country: state,
        statementsMade: 0, statementsReceived: 0, commentsMade: 0, commentsReceived: 0,
        positiveMade: 0, positiveReceived: 0, negativeMade: 0, negativeReceived: 0,
        positiveDegree: 0, negativeDegree: 0, pagerank: 0, bloc: -1, blocSize: 0,
        dates: [], undated: 0, members: [],
      });
    }
    const c = out.getNodeAttributes(key);
    c.statementsMade += attrs.statementsMade;
    c.statementsReceived += attrs.statementsReceived;
    c.commentsMade += attrs.commentsMade;
    c.commentsReceived += attrs.commentsReceived;
    let d = nodeDates.get(key);
    if (!d) nodeDates.set(key, (d = new Set()));
    for (const x of attrs.dates) d.add(x);
    c.undated += attrs.undated;
    c.members!.push(attrs.label);
  });
  out.forEachNode((n, a) => {
    a.members!.sort();
    a.dates = [...(nodeDates.get(n) ?? [])].sort();
  });

  graph.forEachEdge((_e, attrs, source, target) => {
    const cs = stateKey.get(source);
    const ct = stateKey.get(target);
    if (!cs || !ct || cs === ct) return;
    const key = tieKey(cs, ct, attrs.sign);
    if (!out.hasEdge(key)) {
      const tie: TieAttrs = { sign: attrs.sign, weight: 0, types: {}, dates: [], undated: 0, samples: [], docs: [], docCount: 0 };
      out.addDirectedEdgeWithKey(key, cs, ct, tie);
    }
    const tie = out.getEdgeAttributes(key);
    tie.weight += attrs.weight;
    for (const [type, n] of Object.entries(attrs.types) as Array<[keyof TieAttrs['types'], number]>) {
      tie.types[type] = (tie.types[type] ?? 0) + n;
    }
    let d = tieDates.get(key);
    if (!d) tieDates.set(key, (d = new Set()));
    for (const x of attrs.dates) d.add(x);
    tie.undated += attrs.undated;
    tie.docs = mergeSorted(tie.docs, attrs.docs).slice(0, BUILD_GRAPH_DEFAULTS.maxDocs);
    tie.docCount = (tie.docCount ?? 0) + (attrs.docCount ?? attrs.docs.length);
    tie.samples = [...tie.samples, ...attrs.samples].sort(sampleOrder).slice(0, maxSamples);
  });
  out.forEachEdge((e, tie) => {
    tie.dates = [...(tieDates.get(e) ?? [])].sort();
    tie.firstDate = tie.dates[0];
    tie.lastDate = tie.dates[tie.dates.length - 1];
  });
  return out;
}
