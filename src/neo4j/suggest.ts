/**
 * Names that find nobody
 * ======================
 *
 * A library query that takes an actor or country name (`toLower($actor)` in its Cypher) resolves
 * it through the alias keys; a name that matches no key would give "(no rows)", which reads like
 * "no statements". `checkNames` asks the graph first and, for a name it does not know, throws
 * E_QUERY with the closest names: by prefix, shared words and edit distance over every actor's
 * name and aliases (compared as alias keys: case, a leading "the", dots, hyphens, diacritics ignored).
 */
import type { Driver } from 'neo4j-driver';
import { StancegraphError } from '../errors';
import { aliasKey, stripDiacritics } from './aliases';
import { editDistance } from '../text/edit-distance';

/** Parameters a query uses as actor or country names (`toLower($name)`). */
export function nameParams(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/toLower\(\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\)/g)].map((m) => m[1]))];
}

const norm = (s: string) => aliasKey(stripDiacritics(s));

export { editDistance };

/** How close `key` is to the wanted name `want` (both alias keys), 0…1. */
export function similarity(want: string, key: string): number {
  if (!want || !key) return 0;
  if (want === key) return 1;
  let score = 0;
  if (key.startsWith(want) || want.startsWith(key)) score = Math.max(score, 0.75 + 0.2 * (Math.min(want.length, key.length) / Math.max(want.length, key.length)));
  const wt = new Set(want.split(' '));
  const kt = new Set(key.split(' '));
  const shared = [...wt].filter((t) => kt.has(t) || [...kt].some((k) => k.length > 2 && t.length > 2 && (k.startsWith(t) || t.startsWith(k)))).length;
  if (shared) score = Math.max(score, 0.5 + 0.4 * (shared / Math.max(wt.size, kt.size)));
  const longest = Math.max(want.length, key.length);
  const d = editDistance(want, key, Math.ceil(longest / 2));
  score = Math.max(score, 1 - d / longest);
  return score;
}

export interface Candidate {
  name: string;
  kind: string;
  aliases: string[];
}

/** The closest actors to `wanted`, best first (at most `limit`, each at least `min` similar). */
export function suggest(wanted: string, candidates: Candidate[], limit = 5, min = 0.5): Candidate[] {
  const want = norm(wanted);
  const scored = candidates.map((c) => ({
    c,
    score: Math.max(...[c.name, ...c.aliases].map((n) => similarity(want, norm(n)))),
  }));
  return scored
    .filter((x) => x.score >= min)
    .sort((x, y) => y.score - x.score || x.c.name.localeCompare(y.c.name))
    .slice(0, limit)
    .map((x) => x.c);
}

/** Throws E_QUERY naming the closest actors when a name parameter matches no actor in the graph. */
export async function checkNames(
  driver: Driver, queryName: string, cypher: string, params: Record<string, unknown>, database?: string,
): Promise<void> {
  for (const p of nameParams(cypher)) {
    const value = params[p];
    if (typeof value !== 'string' || !value.trim()) continue; // '' means "all" where a query allows it
    const keys = [...new Set([aliasKey(value), norm(value)])];
    const hit = await driver.executeQuery(
      'UNWIND $keys AS key MATCH (:Alias {key: key})-[:NAMES]->(a:Actor) RETURN count(a) AS n',
      { keys }, { database, routing: 'READ' },
    );
    if (Number(hit.records[0]?.get('n') ?? 0) > 0) continue;
    const res = await driver.executeQuery(
      'MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases',
      {}, { database, routing: 'READ' },
    );
    const candidates = res.records.map((r) => ({ name: r.get('name') as string, kind: r.get('kind') as string, aliases: r.get('aliases') as string[] }));
    const close = suggest(value, candidates);
    const hint = close.length
      ? `did you mean ${close.map((c) => `"${c.name}" (${c.kind})`).join(', ')}? Names and aliases match case-insensitively ("seoul", "the US")`
      : candidates.length
        ? `no name in the graph is close; \`stancegraph query top-critics\` lists actors`
        : 'the graph has no actors: load statements first (`stancegraph load statements.jsonl`)';
    throw new StancegraphError('E_QUERY', `${queryName}: no actor or country named "${value}" (--param ${p})`, hint);
  }
}
