/**
 * The bounded library queries (ego-network and timeline read a hub's statements in date order through
 * composite indexes; defenders reads each supporter's stored strongest criticism ties) against the
 * plain query they replace — every statement sorted, every tie read — on a synthetic graph with hubs,
 * same-day ties and statements without a date: the same rows, in the same order, for every limit.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { applySchema, loadQuery, loadStatements, runQuery } from '../../src/neo4j';
import type { Statement } from '../../src/types';
import { useNeo4j } from '../helpers/neo4j';

const driver = useNeo4j();
const N = 4000;

// What the queries returned before they were bounded (the actor resolved by id instead of alias).
const EGO_ALL = `
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)-[:TARGETS]->(o:Actor)
  RETURN 'made' AS direction, s, o
  UNION
  MATCH (o:Actor)-[:MADE]->(s:Statement)-[:TARGETS]->(a)
  RETURN 'received' AS direction, s, o
}
MATCH (s)-[:IN]->(d:Document)
RETURN a.name AS actor, direction, o.name AS other, s.type AS type, s.polarity AS polarity,
       s.date AS date, s.quote AS quote, s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, direction, other
LIMIT $limit`;
const TIMELINE_ALL = `
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
CALL (x, y) {
  UNWIND [[x, y], [y, x]] AS dir
  WITH dir[0] AS from, dir[1] AS to
  CALL (from, to) {
    WITH from, to WHERE from:Country AND to:Country
    MATCH (s:Statement) WHERE s.actorCountryId = from.id AND s.targetCountryId = to.id
    RETURN s
    UNION
    WITH from, to WHERE NOT from:Country AND NOT to:Country
    MATCH (s:Statement) WHERE s.actorId = from.id AND s.targetId = to.id
    RETURN s
    UNION
    WITH from, to WHERE NOT from:Country AND to:Country
    MATCH (from)-[:MADE]->(s:Statement) WHERE s.targetCountryId = to.id
    RETURN s
    UNION
    WITH from, to WHERE from:Country AND NOT to:Country
    MATCH (s:Statement)-[:TARGETS]->(to) WHERE s.actorCountryId = from.id
    RETURN s
  }
  RETURN s
}
WITH DISTINCT s
MATCH (p:Actor)-[:MADE]->(s)-[:TARGETS]->(q:Actor)
MATCH (s)-[:IN]->(d:Document)
RETURN s.date AS date, p.name AS actor, s.type AS type, q.name AS target, s.quote AS quote,
       s.text AS sentence, d.id AS document
ORDER BY date, document, s.sentence, actor
LIMIT $limit`;
// (the strongest ties in the stored order: count, then name)
const DEFENDERS_ALL = `
MATCH (x:Actor)-[s:SUPPORTS]->(y:Actor) WHERE s.count > 0
WITH x, s, y ORDER BY s.count DESC, x.id, y.id LIMIT $ties
WITH DISTINCT x, s, y WHERE x <> y
CALL (x) {
  MATCH (x)-[c:CRITICIZES]->(z:Actor)
  WITH c, z ORDER BY c.count DESC, z.name LIMIT $ties
  RETURN c, z
}
MATCH (z)-[zc:CRITICIZES]->(y)
WHERE z <> y AND z <> x
RETURN x.name AS defender, y.name AS defended, z.name AS attacker,
       s.count AS support, c.count AS criticismOfAttacker, zc.count AS attacksOnDefended
ORDER BY defender, defended, attacker
LIMIT $limit`;

const MUTUAL_ALL = `
MATCH (a:Actor)-[ab:CRITICIZES]->(b:Actor)
WHERE ab.mutual > 0 AND a.id < b.id
MATCH (b)-[ba:CRITICIZES]->(a)
RETURN a.name AS actor1, b.name AS actor2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.mutual AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, actor1, actor2
LIMIT $limit`;
const MUTUAL_COUNTRIES_ALL = `
MATCH (a:Country)-[ab:COUNTRY_CRITICIZES]->(b:Country)-[ba:COUNTRY_CRITICIZES]->(a)
WHERE a.id < b.id
RETURN a.name AS country1, b.name AS country2, ab.count AS oneToTwo, ba.count AS twoToOne,
       ab.count + ba.count AS statements, ab.types AS typesOneToTwo, ba.types AS typesTwoToOne
ORDER BY statements DESC, country1, country2
LIMIT $limit`;

const rows = async (cypher: string, params: Record<string, unknown>) => (await driver().executeQuery(cypher,
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v])))).records.map((r) => r.toObject());
const library = async (name: string, params: Record<string, unknown>) => (await runQuery(driver(), loadQuery(name), params)).rows;
const one = async (cypher: string) => (await driver().executeQuery(cypher)).records[0].get(0) as string;

beforeAll(async () => {
  const lines = execFileSync(process.execPath, [join(__dirname, '..', '..', 'bench', 'synth', 'statements.mjs'), '--n', String(N), '--seed', '7'],
    { maxBuffer: 1 << 28 }).toString().split('\n').filter((l) => l.trim());
  const statements = lines.map((l, i) => {
    const s = JSON.parse(l) as Statement;
    // Every 9th statement has no date of its own and its document none either: sorted last.
    if (i % 9 === 4) {
      delete (s as { date?: string }).date;
      if (s.source) delete (s.source as { published?: string }).published;
    }
    return s;
  });
  await applySchema(driver());
  await loadStatements(driver(), statements, { analyses: false });
}, 600000);

describe('bounded library queries return what the unbounded ones do', () => {
  const LIMITS = [1, 2, 7, 40, 200, 100000];

  test('ego-network: the busiest country, a busy person and a quiet one, every limit', async () => {
    const hub = await one('MATCH (a:Country) RETURN a.id ORDER BY a.criticismMade DESC, a.id LIMIT 1');
    const person = await one('MATCH (a:Person) RETURN a.id ORDER BY a.criticismMade DESC, a.id LIMIT 1');
    const quiet = await one(`MATCH (a:Person) WITH a, COUNT { (a)-[:MADE]->() } + COUNT { ()-[:TARGETS]->(a) } AS n
      WHERE n > 0 RETURN a.id ORDER BY n, a.id LIMIT 1`);
    const undated = Number(await one('MATCH (s:Statement) WHERE s.date IS NULL RETURN count(s)'));
    expect(undated).toBeGreaterThan(100);
    for (const id of [hub, person, quiet]) {
      const alias = await one(`MATCH (k:Alias)-[:NAMES]->(:Actor {id: '${id.replace(/'/g, "\\'")}'}) RETURN k.key ORDER BY k.key LIMIT 1`);
      for (const limit of LIMITS) {
        const expected = await rows(EGO_ALL, { id, limit });
        expect(await library('ego-network', { actor: alias, limit })).toEqual(expected);
      }
    }
    // The hub's full list holds undated statements, last.
    const all = await library('ego-network', { actor: await one(`MATCH (k:Alias)-[:NAMES]->(:Actor {id: '${hub}'}) RETURN k.key LIMIT 1`), limit: 100000 });
    expect(all[all.length - 1].date).toBeNull();
  });

  test('timeline: two busy countries, a person and a country, two people, every limit', async () => {
    const [c1, c2] = (await driver().executeQuery('MATCH (a:Country) RETURN a.id AS id ORDER BY a.criticismMade DESC, a.id LIMIT 2'))
      .records.map((r) => r.get('id') as string);
    const person = await one('MATCH (a:Person)-[:MADE]->() RETURN a.id ORDER BY a.criticismMade DESC, a.id LIMIT 1');
    const other = await one(`MATCH (:Person {id: '${person}'})-[:MADE]->()-[:TARGETS]->(b:Person) RETURN b.id ORDER BY b.id LIMIT 1`);
    const key = async (id: string) => one(`MATCH (k:Alias)-[:NAMES]->(:Actor {id: '${id}'}) RETURN k.key ORDER BY k.key LIMIT 1`);
    for (const [a, b] of [[c1, c2], [person, c1], [c2, person], [person, other]]) {
      for (const limit of LIMITS) {
        const expected = await rows(TIMELINE_ALL, { a, b, limit });
        if (limit === 100000 && a === c1) expect(expected.length).toBeGreaterThan(20);
        expect(await library('timeline', { a: await key(a), b: await key(b), limit })).toEqual(expected);
      }
    }
  });

  test('mutual-criticism and -countries: ties paired without a lookup of the reverse, every limit', async () => {
    for (const limit of LIMITS) {
      const actors = await rows(MUTUAL_ALL, { limit });
      expect(await library('mutual-criticism', { limit })).toEqual(actors);
      expect(await library('mutual-criticism-countries', { limit })).toEqual(await rows(MUTUAL_COUNTRIES_ALL, { limit }));
      if (limit === 100000) expect(actors.length).toBeGreaterThan(10);
    }
  });

  test('defenders: stored strongest criticism ties, and the ties themselves above 50', async () => {
    for (const ties of [3, 10, 50, 60]) {
      const expected = await rows(DEFENDERS_ALL, { ties, limit: 100000 });
      if (ties >= 10) expect(expected.length).toBeGreaterThan(0);
      const got = await library('defenders', { actor: '', ties, limit: 100000 });
      expect(got).toEqual(expected);
      expect(await library('defenders', { actor: '', ties, limit: 5 })).toEqual(expected.slice(0, 5));
    }
  });
});
