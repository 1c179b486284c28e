/**
 * stancegraph graph records
 * =========================
 *
 * Attribute shapes of the signed stance graphs built by `buildGraph` (actors) and
 * `projectCountries` (states). Attribute names are camelCase and stable: the GEXF and GraphML
 * writers, the summary and Gephi users all read them.
 */
import type Graph from 'graphology';
import type { ActorKind, StatementType } from '../types';

/** The sign of a tie: −1 criticism network, +1 alliance network. COMMENT never makes a tie. */
export type Sign = -1 | 1;

/** One quoted piece of evidence kept on a tie (a few per tie). */
export interface TieSample {
  doc: string;
  sentence: number;
  /** The quoted words when the statement has any, else an excerpt of the sentence. */
  excerpt: string;
  /** True when `excerpt` is the statement's own quote. */
  quoted: boolean;
  type: StatementType;
  date?: string;
  /** The statement id (see Statement.id). */
  statement: string;
  /** Offsets of the sentence in its document (UTF-16, half-open), so it can be found. */
  span?: { start: number; end: number };
  /** Names of the speaker and the target as the statement gives them. */
  actor: string;
  target: string;
}

/** A directed signed tie: every statement of one sign from `source` about `target`. */
export interface TieAttrs {
  sign: Sign;
  /** Number of statements: the edge weight. */
  weight: number;
  /** Statements per type, e.g. `{ CRITICIZE: 2, WARN: 1 }`. */
  types: Partial<Record<StatementType, number>>;
  /** Statement dates (ISO), sorted, distinct; statements without a date add none. */
  dates: string[];
  firstDate?: string;
  lastDate?: string;
  /** Statements without a date. */
  undated: number;
  samples: TieSample[];
  /** Documents the statements come from, sorted: the first `maxDocs` (buildGraph, default 5). */
  docs: string[];
  /** Number of distinct documents the statements come from (countries: summed over actor ties). */
  docCount?: number;
}

/** An actor (or, in the country network, a state). */
/** Statements of each sign made / received (weighted degree) and distinct ties of each sign (unweighted degree). */
export interface SignedDegree {
  positiveMade: number;
  positiveReceived: number;
  negativeMade: number;
  negativeReceived: number;
  positiveDegree: number;
  negativeDegree: number;
}

export interface ActorAttrs extends SignedDegree {
  label: string;
  kind: ActorKind;
  country?: string;
  role?: string;
  /** All statements made / received, COMMENT included. */
  statementsMade: number;
  statementsReceived: number;
  /** COMMENT statements made / received (they feed no network). */
  commentsMade: number;
  commentsReceived: number;
  /** PageRank on the criticism network: who draws criticism. */
  pagerank: number;
  /** Bloc (community) id; 0 is the largest bloc. */
  bloc: number;
  /** Members in this node's bloc (1: the node stands alone). */
  blocSize: number;
  /** Dates (ISO) of every statement the actor made or received, sorted, distinct. */
  dates: string[];
  /** Statements made or received without a date. */
  undated: number;
  /** Country network only: the actors counted for this state. */
  members?: string[];
  /** Node radius for drawing (relative to the graph's largest signed degree), set by assignLayout. */
  size?: number;
  /** Display colour (#rrggbb): the bloc colour, the same for a state in every file (assignBlocColors). */
  color?: string;
  /** Layout position (ForceAtlas2 + Noverlap), set by assignLayout. */
  x?: number;
  y?: number;
}

/** Graph-level attributes. */
export interface StanceGraphAttrs {
  /** 'actors' or 'countries'. */
  network: 'actors' | 'countries';
  /** Share of balanced signed triads, null when there is no triad. */
  balance?: number | null;
  /** Number of blocs with two or more members. */
  blocs?: number;
  [key: string]: unknown;
}

export type StanceGraph = Graph<ActorAttrs, TieAttrs, StanceGraphAttrs>;
