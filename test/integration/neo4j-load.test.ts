/** The loader against a real Neo4j: idempotence, document replacement, injection safety, interruption. */
import { applySchema, graphCounts, loadStatements } from '../../src/neo4j';
import { dumpGraph, readStatements, useNeo4j, wipe } from '../helpers/neo4j';

const driver = useNeo4j();

describe('loadStatements', () => {
  beforeAll(async () => {
    await applySchema(driver());
  });
  beforeEach(async () => {
    await wipe(driver());
  });

  test('loads the fixture into the model', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    const summary = await loadStatements(driver(), statements);
    expect(summary).toMatchObject({ statements: 16, documents: 2, deleted: 0 });
    const c = await graphCounts(driver());
    expect(c).toMatchObject({ documents: 2, statements: 16, made: 16, targets: 16, in: 16 });
    // 10 actors; the four invented countries are Country nodes.
    expect(c.actors).toBe(10);
    expect(c.countries).toBe(4);
    const res = await driver().executeQuery(
      `MATCH (f:Actor:Person {id: 'person:rufus-t-firefly'})-[:OF_COUNTRY]->(c:Country)
       MATCH (f)-[r:CRITICIZES]->(s:Country {id: 'country:sylvania'})
       RETURN c.name AS country, r.count AS n, r.types AS types, r.firstDate AS first`,
    );
    expect(res.records.map((r) => r.toObject())).toEqual([{ country: 'Freedonia', n: 1, types: ['CRITICIZE'], first: '2024-01-08' }]);
    // Country level: Freedonia criticizes Sylvania through its president; Ruritania and Freedonia cooperate both ways.
    const cc = await driver().executeQuery(
      `MATCH (a:Country)-[r:COUNTRY_CRITICIZES|COUNTRY_SUPPORTS]->(b:Country) RETURN a.name + ' ' + type(r) + ' ' + b.name AS tie ORDER BY tie`,
    );
    const ties = cc.records.map((r) => r.get('tie'));
    expect(ties).toEqual(expect.arrayContaining([
      'Freedonia COUNTRY_CRITICIZES Sylvania', 'Sylvania COUNTRY_CRITICIZES Freedonia',
      'Freedonia COUNTRY_SUPPORTS Ruritania', 'Ruritania COUNTRY_SUPPORTS Freedonia',
    ]));
  });

  test('the schema indexes on :Statement only what a load step or a query reads (no doc, no text index)', async () => {
    // An older database has the two indexes nothing reads any more: applySchema drops them.
    await driver().executeQuery('CREATE INDEX statement_doc IF NOT EXISTS FOR (s:Statement) ON (s.doc)');
    await driver().executeQuery('CREATE TEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON (s.text)');
    await applySchema(driver());
    const res = await driver().executeQuery(
      `SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE 'Statement' IN labelsOrTypes RETURN name ORDER BY name`,
    );
    expect(res.records.map((r) => r.get('name'))).toEqual([
      'statement_actor_date', 'statement_country_pair', 'statement_country_pair_date', 'statement_id',
      'statement_pair', 'statement_target_date',
    ]);
  });

  test('loading twice changes nothing', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    await loadStatements(driver(), statements);
    const once = await dumpGraph(driver());
    await loadStatements(driver(), statements, { batchSize: 3 });
    expect(await dumpGraph(driver())).toEqual(once);
  });

  test('re-loading a changed document replaces its statements without orphans', async () => {
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const summary = await loadStatements(driver(), readStatements('neo4j-small-doc-a-v2.jsonl'));
    expect(summary.deleted).toBe(2);
    const after = await dumpGraph(driver());
    await wipe(driver());
    await loadStatements(driver(), readStatements('neo4j-small-v2-full.jsonl'));
    expect(after).toEqual(await dumpGraph(driver()));
    // The ambassador only spoke in the removed statement: gone, with his alias keys.
    const gone = await driver().executeQuery(
      `OPTIONAL MATCH (a:Actor {id: 'person:trentino'}) OPTIONAL MATCH (k:Alias {key: 'trentino'})
       RETURN a IS NULL AS noActor, k IS NULL AS noAlias`,
    );
    expect(gone.records[0].toObject()).toEqual({ noActor: true, noAlias: true });
    const orphans = await driver().executeQuery(
      `MATCH (s:Statement) WHERE NOT (s)-[:IN]->(:Document) OR NOT ()-[:MADE]->(s) OR NOT (s)-[:TARGETS]->() RETURN count(s) AS n`,
    );
    expect(orphans.records[0].get('n')).toBe(0);
    const r = await driver().executeQuery(
      `MATCH (:Actor {id: 'country:ruritania'})-[r:CRITICIZES]->(:Actor {id: 'country:sylvania'}) RETURN count(r) AS n`,
    );
    expect(r.records[0].get('n')).toBe(0);
  });

  test('Cypher-looking text goes in and comes back unchanged', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    await loadStatements(driver(), statements);
    const tricky = statements.find((s) => s.actor.id === 'person:obrien')!;
    expect(tricky.text).toContain('"}) DETACH DELETE n //');
    const res = await driver().executeQuery(
      `MATCH (a:Actor)-[:MADE]->(s:Statement {id: $id}) RETURN a.name AS name, s.text AS text, s.quote AS quote`,
      { id: tricky.id },
    );
    expect(res.records[0].toObject()).toEqual({ name: tricky.actor.name, text: tricky.text, quote: tricky.quote });
    expect((await graphCounts(driver())).statements).toBe(16);
  });

  test('a load interrupted part-way and run again ends with the counts of an uninterrupted one', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    await loadStatements(driver(), statements, { batchSize: 4 });
    const reference = await dumpGraph(driver());
    const referenceCounts = await graphCounts(driver());
    await wipe(driver());

    let batches = 0;
    await expect(loadStatements(driver(), statements, {
      batchSize: 4,
      onProgress: () => {
        if (++batches === 2) throw new Error('interrupted');
      },
    })).rejects.toThrow('interrupted');
    expect((await graphCounts(driver())).statements).toBe(8);
    await loadStatements(driver(), statements, { batchSize: 4 });
    expect(await graphCounts(driver())).toEqual(referenceCounts);
    expect(await dumpGraph(driver())).toEqual(reference);
  });

  test('a re-load of unchanged documents writes nothing; a changed document is written and gets a new hash', async () => {
    const hashes = async () => Object.fromEntries((await driver().executeQuery(
      'MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash ORDER BY id')).records.map((r) => [r.get('id'), r.get('hash')]));
    const statements = readStatements('neo4j-small.jsonl');
    const first = await loadStatements(driver(), statements);
    expect(first).toMatchObject({ skipped: 0, statements: 16 });
    const once = await dumpGraph(driver());
    const h1 = await hashes();
    expect(Object.keys(h1)).toEqual(['doc-a', 'doc-b']);
    expect(Object.values(h1).every((h) => typeof h === 'string' && h.length === 64)).toBe(true);

    // The same records in another order and other batches: nothing written, no statement re-stamped.
    const again = await loadStatements(driver(), [...statements].reverse(), { batchSize: 3 });
    expect(again).toMatchObject({ skipped: 2, skippedStatements: 16, statements: 0, batches: 0, replaced: 0, deleted: 0 });
    expect(await dumpGraph(driver())).toEqual(once);
    expect(await hashes()).toEqual(h1);
    const runs = await driver().executeQuery('MATCH (s:Statement) RETURN collect(DISTINCT s.loadRun) AS runs');
    expect(runs.records[0].get('runs')).toEqual([first.run]);

    // doc-a changed: written and replaced (2 statements gone), its hash changes; doc-b is not in this load.
    const v2 = await loadStatements(driver(), readStatements('neo4j-small-doc-a-v2.jsonl'));
    expect(v2).toMatchObject({ skipped: 0, replaced: 1, deleted: 2 });
    const h2 = await hashes();
    expect(h2['doc-a']).toMatch(/^[0-9a-f]{64}$/);
    expect(h2['doc-a']).not.toBe(h1['doc-a']);
    expect(h2['doc-b']).toBe(h1['doc-b']);

    // An interrupted load of the first version clears doc-a's hash in its first batch, so the re-run
    // is not skipped (its stored hash would otherwise still be v2's) and ends like a clean load.
    await expect(loadStatements(driver(), statements, {
      batchSize: 2,
      onProgress: () => {
        throw new Error('interrupted');
      },
    })).rejects.toThrow('interrupted');
    const rerun = await loadStatements(driver(), statements, { batchSize: 2 });
    expect(rerun.skipped).toBe(1); // doc-b only
    expect(await dumpGraph(driver())).toEqual(once);
    expect(await hashes()).toEqual(h1);
  });

  test('three loads of the same statements at once end exactly like one load', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    await loadStatements(driver(), statements, { batchSize: 4 });
    const reference = await dumpGraph(driver());
    await wipe(driver());
    await Promise.all([1, 2, 3].map(() => loadStatements(driver(), statements, { batchSize: 2 })));
    expect(await dumpGraph(driver())).toEqual(reference);
  });

  test('an interrupted re-load of a changed document, run again, ends like a clean load', async () => {
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const v2 = readStatements('neo4j-small-doc-a-v2.jsonl');
    await expect(loadStatements(driver(), v2, {
      batchSize: 2,
      onProgress: () => {
        throw new Error('interrupted');
      },
    })).rejects.toThrow('interrupted');
    await loadStatements(driver(), v2, { batchSize: 2 });
    const after = await dumpGraph(driver());
    await wipe(driver());
    await loadStatements(driver(), readStatements('neo4j-small-v2-full.jsonl'));
    expect(after).toEqual(await dumpGraph(driver()));
  });
});
