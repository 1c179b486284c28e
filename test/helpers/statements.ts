/**
 * Helpers of the statement-rule tests (test/unit/statements): extract an invented text once and check the
 * "actor|TYPE|target" triples it gives, instead of repeating extract-then-find in every test.
 */
import { triples } from '../unit/extract/helpers';

export interface Expected {
  /** Triples that must be among the output ("Jan Novak|CRITICIZE|Ruritania"). */
  has?: string[];
  /** Triples that must not be. */
  lacks?: string[];
  /** Signed edges "actor|+|target" / "actor|-|target": some triple of that sign between the two (any type). */
  edges?: string[];
  /** Signed edges that must not be there. */
  noEdges?: string[];
}

const SIGN: Record<string, string> = {
  CRITICIZE: '-', ACCUSE: '-', WARN: '-', DEMAND: '-', REJECT: '-', PROTEST: '-', SANCTION: '-',
  SUPPORT: '+', COOPERATE: '+', MEET: '+', COMMENT: '0',
};

/** "actor|TYPE|target" → "actor|sign|target". */
export function signed(triple: string): string {
  const [a, type, b] = triple.split('|');
  return `${a}|${SIGN[type] ?? '?'}|${b}`;
}

/** Extracts `text` and checks the expectations; returns the triples for further checks. */
export function expectTriples(text: string, want: Expected, published?: string): string[] {
  const t = triples(text, published);
  const e = t.map(signed);
  for (const x of want.has ?? []) expect(t).toContain(x);
  for (const x of want.lacks ?? []) expect(t).not.toContain(x);
  for (const x of want.edges ?? []) expect(e).toContain(x);
  for (const x of want.noEdges ?? []) expect(e).not.toContain(x);
  return t;
}
