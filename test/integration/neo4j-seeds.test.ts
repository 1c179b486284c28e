/**
 * The library on the seed articles (seeds/*.txt, extracted with extractPaths and loaded): facts a
 * reader of the two articles expects. Needs the real extractor (src/pipeline.ts).
 */
import { join } from 'node:path';
import { applySchema, loadQuery, loadStatements, runQuery } from '../../src/neo4j';
import { extractPaths } from '../../src/pipeline';
import type { Statement } from '../../src/types';
import { useNeo4j } from '../helpers/neo4j';

const driver = useNeo4j();
const run = async (name: string, params: Record<string, unknown> = {}) => (await runQuery(driver(), loadQuery(name), params)).rows;
const pairs = (rows: Array<Record<string, unknown>>, a: string, b: string) => rows.map((r) => `${r[a]} -> ${r[b]}`);
const unordered = (rows: Array<Record<string, unknown>>, a: string, b: string) => rows.map((r) => [r[a], r[b]].sort().join(' & '));

beforeAll(async () => {
  const statements: Statement[] = [];
  const documents = [];
  for await (const { doc, statements: found } of extractPaths([join(__dirname, '..', '..', 'seeds')])) {
    documents.push({ id: doc.id, path: doc.path, title: doc.title ?? null, author: doc.author ?? null, published: doc.published ?? null });
    statements.push(...found);
  }
  expect(documents).toHaveLength(2);
  expect(statements.length).toBeGreaterThan(20);
  await applySchema(driver());
  await loadStatements(driver(), statements, { documents });
}, 120000);

describe('the seed articles in Neo4j', () => {
  test('criticism-network: Sergey Lavrov criticizes the United States', async () => {
    expect(pairs(await run('criticism-network', { limit: 1000 }), 'critic', 'target')).toContain('Sergey Lavrov -> United States');
  });

  test('criticism-network-countries: Russia criticizes the United States; South Korea criticizes North Korea and Russia', async () => {
    const ties = pairs(await run('criticism-network-countries', { limit: 1000 }), 'critic', 'target');
    expect(ties).toEqual(expect.arrayContaining(['Russia -> United States', 'South Korea -> North Korea', 'South Korea -> Russia']));
  });

  test('alliance-network: Russia and North Korea cooperate (both levels)', async () => {
    const actors = unordered(await run('alliance-network', { limit: 1000 }), 'actor', 'partner');
    expect(actors.some((p) => /North Korea|Kim Jong/.test(p) && /Russia|Putin|Lavrov/.test(p))).toBe(true);
    const countries = pairs(await run('alliance-network-countries', { limit: 1000 }), 'actor', 'partner');
    expect(countries).toEqual(expect.arrayContaining(['Russia -> North Korea', 'North Korea -> Russia']));
    expect(countries.some((t) => /South Korea/.test(t) && /North Korea/.test(t))).toBe(false);
  });

  test('mutual-criticism-countries: South Korea and North Korea, South Korea and Russia', async () => {
    const mutual = unordered(await run('mutual-criticism-countries'), 'country1', 'country2');
    expect(mutual).toEqual(expect.arrayContaining(['North Korea & South Korea', 'Russia & South Korea']));
  });

  test('mutual-criticism (actors): every pair criticizes each other', async () => {
    const mutual = await run('mutual-criticism');
    const ties = new Set(pairs(await run('criticism-network', { limit: 100000 }), 'critic', 'target'));
    for (const r of mutual) {
      expect(ties.has(`${r.actor1} -> ${r.actor2}`) && ties.has(`${r.actor2} -> ${r.actor1}`)).toBe(true);
    }
  });

  test('most-criticized: Russia and North Korea top the list', async () => {
    const top = (await run('most-criticized', { limit: 2 })).map((r) => r.target).sort();
    expect(top).toEqual(['North Korea', 'Russia']);
  });

  test('top-critics: South Korean voices lead', async () => {
    const top = await run('top-critics', { limit: 3 });
    expect(top.some((r) => r.country === 'South Korea')).toBe(true);
  });

  test('blocs: North Korea sides with Russia, not with South Korea', async () => {
    const rows = await run('blocs', { limit: 10000, members: 10000 });
    const blocOf = (name: string) => rows.find((r) => (r.members as string[]).includes(name));
    expect(blocOf('North Korea')?.members).toContain('Russia');
    expect(blocOf('North Korea')?.members).not.toContain('South Korea');
  });

  test('unbalanced-triads: every triad has an odd number of negative ties', async () => {
    const rows = await run('unbalanced-triads', { limit: 10000 });
    for (const r of rows) {
      const negatives = [r.sign12, r.sign23, r.sign13].filter((s) => s === -1).length;
      expect(negatives % 2).toBe(1);
    }
  });

  test('defenders: Russia\'s side defends North Korea against its critics', async () => {
    const rows = await run('defenders', { actor: 'Pyongyang', limit: 1000 });
    expect(rows.some((r) => r.defended === 'North Korea' && ['South Korea', 'United States'].includes(r.attacker as string))).toBe(true);
  });

  test('ego-network: "Seoul" is South Korea, which criticizes North Korea', async () => {
    const rows = await run('ego-network', { actor: 'Seoul' });
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['South Korea']));
    expect(rows.some((r) => r.direction === 'made' && r.other === 'North Korea' && (r.polarity as number) < 0)).toBe(true);
  });

  test('timeline Seoul ↔ Pyongyang: South Korean statements against North Korea, in date order', async () => {
    const rows = await run('timeline', { a: 'Seoul', b: 'Pyongyang' });
    expect(rows.length).toBeGreaterThan(3);
    const dates = rows.map((r) => r.date as string);
    expect([...dates].sort()).toEqual(dates);
    expect(rows.some((r) => /Yoon/.test(r.actor as string) && r.target === 'North Korea')).toBe(true);
  });
});
