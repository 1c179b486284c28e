/**
 * Attribute columns
 * =================
 *
 * The node and edge attributes written to GEXF and GraphML, with their declared types. Both
 * writers read this one table, so the two formats carry the same columns.
 */
import type { ActorAttrs, TieAttrs, TieSample } from '../graph/types';
import type { StatementType } from '../types';

export type ColumnType = 'string' | 'integer' | 'double';

export interface Column<A> {
  id: string;
  title: string;
  type: ColumnType;
  value(attrs: A): string | number | undefined;
}

/** "CRITICIZE 2, WARN 1": counts per type, most frequent first. */
export function formatTypes(types: TieAttrs['types']): string {
  return (Object.entries(types) as Array<[StatementType, number]>)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
}

/** The most frequent statement type of a tie (alphabetical on ties). */
export function mainType(types: TieAttrs['types']): StatementType | undefined {
  return (Object.entries(types) as Array<[StatementType, number]>).sort(
    ([a, x], [b, y]) => y - x || (a < b ? -1 : 1),
  )[0]?.[0];
}

/** `doc#3 "the quoted words"` or `doc#3 sentence excerpt…`. */
export function formatSample(s: TieSample): string {
  return `${s.doc}#${s.sentence} ${s.quoted ? `"${s.excerpt}"` : s.excerpt}`;
}

const int = <A>(id: keyof A & string, title: string): Column<A> => ({
  id, title, type: 'integer', value: (a) => a[id] as unknown as number,
});

export const NODE_COLUMNS: Column<ActorAttrs>[] = [
  { id: 'kind', title: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'country', title: 'country', type: 'string', value: (a) => a.country },
  { id: 'role', title: 'role', type: 'string', value: (a) => a.role },
  int('statementsMade', 'statements made'),
  int('statementsReceived', 'statements received'),
  int('commentsMade', 'comments made'),
  int('commentsReceived', 'comments received'),
  int('positiveMade', 'positive statements made'),
  int('positiveReceived', 'positive statements received'),
  int('negativeMade', 'negative statements made'),
  int('negativeReceived', 'negative statements received'),
  int('positiveDegree', 'positive ties'),
  int('negativeDegree', 'negative ties'),
  { id: 'pagerank', title: 'criticism pagerank', type: 'double', value: (a) => a.pagerank },
  int('bloc', 'bloc'),
  int('blocSize', 'bloc size'),
  { id: 'firstDate', title: 'first date', type: 'string', value: (a) => a.dates[0] },
  { id: 'lastDate', title: 'last date', type: 'string', value: (a) => a.dates[a.dates.length - 1] },
  int('undated', 'undated statements'),
  { id: 'members', title: 'members', type: 'string', value: (a) => a.members?.join('; ') },
];

export const EDGE_COLUMNS: Column<TieAttrs>[] = [
  { id: 'sign', title: 'sign', type: 'integer', value: (a) => a.sign },
  { id: 'polarity', title: 'polarity', type: 'string', value: (a) => (a.sign < 0 ? 'negative' : 'positive') },
  { id: 'mainType', title: 'main type', type: 'string', value: (a) => mainType(a.types) },
  { id: 'types', title: 'types', type: 'string', value: (a) => formatTypes(a.types) },
  { id: 'firstDate', title: 'first date', type: 'string', value: (a) => a.firstDate },
  { id: 'lastDate', title: 'last date', type: 'string', value: (a) => a.lastDate },
  { id: 'undated', title: 'undated statements', type: 'integer', value: (a) => a.undated },
  { id: 'docCount', title: 'document count', type: 'integer', value: (a) => a.docCount },
  { id: 'docs', title: 'documents', type: 'string', value: (a) => a.docs.join('; ') },
  { id: 'evidence', title: 'evidence', type: 'string', value: (a) => a.samples.map(formatSample).join(' | ') || undefined },
];
