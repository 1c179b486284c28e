/**
 * stancegraph records
 * ===================
 *
 * The records passed between stages. No logic lives here.
 * The statement record is the contract of `../shared/spec/STATEMENTS.md`: its spec fields
 * (doc, sentence, text, actor, type, polarity, target, date, quote, confidence) are never renamed.
 */

export type ActorKind = 'person' | 'country' | 'organization' | 'media' | 'group';

export const STATEMENT_TYPES = [
  'CRITICIZE', 'ACCUSE', 'WARN', 'DEMAND', 'REJECT', 'PROTEST', 'SANCTION',
  'SUPPORT', 'COOPERATE', 'MEET', 'COMMENT',
] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];
export type Polarity = -1 | 0 | 1;

/** The sign each type feeds: −1 criticism network, +1 alliance network, 0 neither. */
export const POLARITY: Record<StatementType, Polarity> = {
  CRITICIZE: -1, ACCUSE: -1, WARN: -1, DEMAND: -1, REJECT: -1, PROTEST: -1, SANCTION: -1,
  SUPPORT: 1, COOPERATE: 1, MEET: 1, COMMENT: 0,
};

/** Half-open UTF-16 offsets into Doc.text. */
export interface Span { start: number; end: number }

/** Which data entry decided: `src/data/cues.tsv:17`, key `condemn`. */
export interface LexiconRef { file: string; line: number; key: string }

export interface Doc {
  /** File name without extension. */
  id: string;
  /** Path read from, or `<stdin>`. */
  path: string;
  text: string;
  title?: string;
  author?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published?: string;
}

export interface Sentence { doc: string; index: number; span: Span; text: string }

/**
 * An actor as it appears on a statement. `id` is deterministic (`country:KOR`,
 * `person:jn-dpnt` for Jean Dupont (first letter and consonants of each name part), `organization:iaea`) so loads are idempotent across runs.
 * `country` is the short English name of the state the actor belongs to (itself for a country).
 */
export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  country?: string;
  role?: string;
  aliases?: string[];
}

export interface Evidence {
  /** Offsets into the document text. */
  sentenceSpan: Span;
  cue: Span;
  actor?: Span;
  target?: Span;
  /** Rule ids that fired, `stage/kebab-name`. */
  rules: string[];
  lexicon: LexiconRef[];
}

/** Where the statement came from: copied onto every record so a JSONL file loads on its own. */
export interface SourceInfo { path: string; title?: string; author?: string; published?: string }

export interface Statement {
  /** Deterministic: the same statement in the same document always has the same id. */
  id: string;
  doc: string;
  sentence: number;
  text: string;
  actor: ActorRef;
  type: StatementType;
  polarity: Polarity;
  target: ActorRef;
  date?: string;
  /** Where `date` comes from: the statement's own sentence (`text`), or nowhere (`none`: undated). */
  dateSource?: 'text' | 'none';
  quote?: string;
  confidence: number;
  /** The cue word(s) as written, e.g. "condemned". */
  cue: string;
  source: SourceInfo;
  evidence: Evidence;
}

export interface Message {
  severity: 'error' | 'warning' | 'info';
  reason: string;
  ruleId: string;
  source: 'ingest' | 'text' | 'actors' | 'statements' | 'graph' | 'neo4j' | 'lexicon' | 'config';
  file?: string;
  span?: Span;
  note?: string;
}
