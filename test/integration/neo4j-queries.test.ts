/** Every query of the Cypher library on the invented-actor fixtures, through the same code the CLI uses. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import neo4j from 'neo4j-driver';
import { applySchema, listQueries, loadQuery, loadStatements, runQuery } from '../../src/neo4j';
import { readCypher, splitStatements } from '../../src/neo4j/cypherfiles';
import { queryCommand } from '../../src/commands/query';
import { readStatements, testEnv, useNeo4j } from '../helpers/neo4j';
import { buildGraph } from '../../src/graph/build-graph';
import { balance } from '../../src/graph/analyses/balance';
import { BLOCS_DEFAULTS, blocsDetailed } from '../../src/graph/analyses/communities';
import { seededRng } from '../../src/graph/rng';

const driver = useNeo4j();

const run = async (name: string, params: Record<string, unknown> = {}) => (await runQuery(driver(), loadQuery(name), params)).rows;
const names = (rows: Array<Record<string, unknown>>, ...cols: string[]) => rows.map((r) => cols.map((c) => r[c]).join(' | '));

beforeAll(async () => {
  await applySchema(driver());
  await loadStatements(driver(), [...readStatements('neo4j-small.jsonl'), ...readStatements('neo4j-small-doc-c.jsonl')]);
});

describe('the Cypher library', () => {
  test('every file documents itself and has :param lines for its parameters', () => {
    const queries = listQueries();
    expect(queries.length).toBeGreaterThanOrEqual(13);
    for (const q of queries) {
      expect(q.description.join(' ').length).toBeGreaterThan(20);
      const used = new Set([...q.cypher.replace(/^\s*\/\/.*$/gm, '').matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(Object.keys(q.params).sort());
    }
  });

  test('criticism-network (actors)', async () => {
    const rows = await run('criticism-network');
    expect(names(rows, 'critic', 'target')).toEqual(expect.arrayContaining([
      'Rufus T. Firefly | Sylvania', 'Latveria | Freedonia', 'Latverian Gazette | Rufus T. Firefly', 'Trentino | Freedonia',
    ]));
    expect(names(rows, 'critic', 'target')).not.toContain('Freedonia | Ruritania');
    expect(await run('criticism-network', { minCount: 2 })).toEqual([]);
  });

  test('criticism-network-countries', async () => {
    const rows = await run('criticism-network-countries');
    const syl = rows.find((r) => r.critic === 'Sylvania' && r.target === 'Freedonia');
    // Sylvania's government (ACCUSE) and its ambassador (WARN): two speakers.
    expect(syl).toMatchObject({ statements: 2, speakers: 2, types: ['ACCUSE', 'WARN'] });
    expect(names(rows, 'critic', 'target')).toContain('Freedonia | Sylvania');
  });

  test('alliance-network (actors) and -countries', async () => {
    expect(names(await run('alliance-network'), 'actor', 'partner')).toEqual(expect.arrayContaining([
      'Freedonia | Ruritania', 'Ruritania | Freedonia', 'Rufus T. Firefly | Gloria Teasdale', 'Latveria | Sylvania',
    ]));
    const countries = await run('alliance-network-countries');
    // Firefly meeting Teasdale counts for Freedonia → Ruritania.
    expect(countries.find((r) => r.actor === 'Freedonia' && r.partner === 'Ruritania')).toMatchObject({
      statements: 3, types: ['COOPERATE', 'MEET', 'SUPPORT'],
    });
  });

  test('mutual-criticism (actors) and -countries', async () => {
    expect(names(await run('mutual-criticism'), 'actor1', 'actor2')).toEqual(['Ruritania | Sylvania']);
    expect(names(await run('mutual-criticism-countries'), 'country1', 'country2')).toEqual([
      'Freedonia | Sylvania', 'Ruritania | Sylvania',
    ]);
  });

  test('top-critics and most-criticized', async () => {
    const critics = await run('top-critics', { limit: 2 });
    expect(critics).toHaveLength(2);
    expect(critics.map((r) => r.critic).sort()).toEqual(['Latveria', 'Sylvania']);
    const most = await run('most-criticized');
    expect(most[0]).toMatchObject({ target: 'Freedonia', statements: 3, critics: 3 });
  });

  test('blocs: the main job\'s blocs of the same statements, stored at load time', async () => {
    const statements = [...readStatements('neo4j-small.jsonl'), ...readStatements('neo4j-small-doc-c.jsonl')];
    // What `stancegraph build` computes on the same statements (src/graph/analyses/communities.ts).
    const expected = blocsDetailed(buildGraph(statements), { rng: seededRng(BLOCS_DEFAULTS.seed) });
    const stored = (await driver().executeQuery('MATCH (a:Actor) WHERE a.bloc IS NOT NULL RETURN a.id AS id, a.bloc AS bloc, a.blocSize AS size'))
      .records.map((r) => [r.get('id'), Number(r.get('bloc')), Number(r.get('size'))]);
    expect(Object.fromEntries(stored.map(([id, bloc]) => [id, bloc]))).toEqual(expected.communities);
    for (const [, bloc, size] of stored) expect(size).toBe(expected.members[bloc as number]!.length);
    const rows = await run('blocs');
    const multi = expected.members.filter((m) => m.length > 1);
    expect(rows).toHaveLength(multi.length);
    expect(rows.length).toBeGreaterThan(0);
    // Latveria and Sylvania criticize the same targets and support each other: one bloc.
    const latveria = rows.find((r) => (r.members as string[]).includes('Latveria'));
    expect(latveria?.members).toContain('Sylvania');
    expect(rows.map((r) => Number(r.bloc))).toEqual(rows.map((_r, i) => i));
    expect(await run('blocs', { limit: 1 })).toHaveLength(Math.min(1, multi.length));
  });

  test('unbalanced-triads finds the friend of my enemy', async () => {
    const rows = await run('unbalanced-triads');
    // Latveria clashes with Freedonia, both allied with Ruritania; Ruritania and Sylvania clash, both allied with Latveria.
    expect(rows.map((r) => r.reading)).toEqual([
      'Freedonia and Latveria clash though both are allied with Ruritania',
      'Ruritania and Sylvania clash though both are allied with Latveria',
    ]);
    expect(rows[0]).toMatchObject({ actor1: 'Freedonia', actor2: 'Latveria', actor3: 'Ruritania', sign12: -1, sign13: 1, sign23: 1 });
    // The same counts as the main job's balance analysis of the same statements.
    const statements = [...readStatements('neo4j-small.jsonl'), ...readStatements('neo4j-small-doc-c.jsonl')];
    const bal = balance(buildGraph(statements));
    expect(rows[0]).toMatchObject({ unbalancedInGraph: bal.unbalanced, balancedShare: bal.ratio });
    expect(await run('unbalanced-triads', { limit: 1 })).toHaveLength(1);
  });

  test('defenders: X supports Y while criticizing Z, who criticized Y', async () => {
    expect(names(await run('defenders'), 'defender', 'defended', 'attacker')).toEqual(expect.arrayContaining([
      'Latveria | Sylvania | Ruritania', 'Ruritania | Freedonia | Sylvania',
    ]));
    expect(names(await run('defenders', { actor: 'the Sylvanian republic' }), 'defender', 'defended', 'attacker')).toEqual([
      'Latveria | Sylvania | Ruritania',
    ]);
  });

  test('ego-network resolves aliases as people write them', async () => {
    for (const alias of ['Freedonia', 'the Freedonian government', 'FREEDONIA', 'fredonia city']) {
      const rows = await run('ego-network', { actor: alias });
      expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['Freedonia']));
      expect(names(rows, 'direction', 'other', 'type')).toEqual(expect.arrayContaining([
        'received | Sylvania | ACCUSE', 'made | Ruritania | SUPPORT', 'received | Latveria | CRITICIZE',
      ]));
    }
    const person = await run('ego-network', { actor: 'president firefly' });
    expect(person.find((r) => r.type === 'CRITICIZE' && r.direction === 'made')).toMatchObject({ other: 'Sylvania', quote: 'reckless and provocative', date: '2024-01-08' });
    expect(await run('ego-network', { actor: 'Glória Teasdale' })).not.toEqual([]);
    expect(await run('ego-network', { actor: 'nobody at all' })).toEqual([]);
  });

  test('timeline between two countries includes their people, in date order', async () => {
    const rows = await run('timeline', { a: 'Freedonia', b: 'Sylvanian Republic' });
    expect(names(rows, 'date', 'actor', 'type', 'target')).toEqual([
      '2024-01-08 | Rufus T. Firefly | CRITICIZE | Sylvania',
      '2024-01-10 | Sylvania | ACCUSE | Freedonia',
      '2024-01-10 | Trentino | WARN | Freedonia',
    ]);
  });

  test('stancegraph query prints table, json and csv with --param', async () => {
    const out = async (argv: string[]) => {
      const stdout = new PassThrough();
      let text = '';
      stdout.on('data', (b) => (text += b));
      const code = await queryCommand.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: testEnv(), cwd: process.cwd() });
      return { code, text };
    };
    const json = await out(['mutual-criticism-countries', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.text).map((r: { country1: string }) => r.country1)).toEqual(['Freedonia', 'Ruritania']);
    const csv = await out(['ego-network', '--param', 'actor=the Freedonian government', '--format', 'csv', '--param', 'limit=2']);
    expect(csv.text.split('\n')[0]).toBe('actor,direction,other,type,polarity,date,quote,sentence,document');
    expect(csv.text.trim().split('\n')).toHaveLength(3);
    const table = await out(['top-critics']);
    expect(table.text).toMatch(/^critic\s+kind/);
    await expect(out(['top-critics', '--param', 'nope=1'])).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  const cli = async (argv: string[]) => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (b) => (text += b));
    try {
      const code = await queryCommand.run(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: testEnv(), cwd: process.cwd() });
      return { code, text, error: undefined as undefined | { code: string; message: string; hint?: string } };
    } catch (err) {
      return { code: undefined, text, error: err as { code: string; message: string; hint?: string } };
    }
  };

  test('an unknown actor or country is an error naming the closest names, never "(no rows)"', async () => {
    const typo = await cli(['ego-network', '--param', 'actor=Freedoina']);
    expect(typo.error).toMatchObject({ code: 'E_QUERY', message: 'ego-network: no actor or country named "Freedoina" (--param actor)' });
    expect(typo.error!.hint).toMatch(/^did you mean "Freedonia" \(country\)/);
    expect(typo.text).toBe('');
    // A prefix and a shared word find the person.
    const person = await cli(['ego-network', '--param', 'actor=Firefly']);
    expect(person.error!.hint).toMatch(/"Rufus T\. Firefly" \(person\)/);
    // timeline checks both of its names.
    const tl = await cli(['timeline', '-p', 'a=Freedonia', '-p', 'b=Sylvanla']);
    expect(tl.error).toMatchObject({ code: 'E_QUERY', message: expect.stringContaining('"Sylvanla" (--param b)') });
    expect(tl.error!.hint).toMatch(/"Sylvania" \(country\)/);
    // Nothing close: says so. '' (all) in defenders is not a name.
    expect((await cli(['ego-network', '-p', 'actor=zzzzzzzzzzzzzz'])).error!.hint).toMatch(/no name in the graph is close/);
    expect((await cli(['defenders', '-p', "actor=''"])).code).toBe(0);
    expect((await cli(['ego-network', '-p', 'actor=the Freedonian government'])).code).toBe(0);
  });

  test('--timeout stops a slow query with a message saying what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancegraph-slow-'));
    try {
      const slow = join(dir, 'slow.cypher');
      writeFileSync(slow, '// A query that takes minutes.\nUNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS n\n');
      const t0 = Date.now();
      const r = await cli([slow, '--timeout', '1']);
      expect(r.error).toMatchObject({ code: 'E_QUERY', message: 'slow: stopped after 1 s (--timeout 1), no rows shown' });
      expect(r.error!.hint).toMatch(/narrow it .*--timeout 300 \(0 = no limit\)/);
      expect(Date.now() - t0).toBeLessThan(30000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(cli(['top-critics', '--timeout', 'soon'])).resolves.toMatchObject({ error: { code: 'E_USAGE' } });
  });
});

describe('current Cypher: no deprecation or other warnings from the server', () => {
  const dummy: Record<string, unknown> = {
    rows: [], actors: [], docs: [], pairs: [], keys: [], ids: [], run: 'r', docSet: {}, keep: {},
  };
  const planned = async (cypher: string, params: Record<string, unknown>) => {
    const session = driver().session();
    try {
      const res = await session.run(`EXPLAIN ${cypher}`, params);
      // Warnings only (a deprecated `CALL { WITH … }` gives FeatureDeprecationWarning / GQL 01N00);
      // informational hints such as a cartesian product are not warnings.
      const notes = res.summary.notifications.filter((n) => n.severity === 'WARNING').map((n) => `${n.code}: ${n.title}`);
      const gql = (res.summary.gqlStatusObjects ?? []).filter((g) => g.gqlStatus.startsWith('01')).map((g) => `${g.gqlStatus}: ${g.statusDescription}`);
      return [...notes, ...gql];
    } finally {
      await session.close();
    }
  };

  test('the check sees a deprecated subquery (so it can fail)', async () => {
    expect(await planned('MATCH (a:Actor) CALL { WITH a MATCH (a)-->(b) RETURN b } RETURN b', {})).toEqual(
      expect.arrayContaining([expect.stringMatching(/FeatureDeprecationWarning/)]));
  });

  test.each([
    'load/actors.cypher', 'load/documents.cypher', 'load/document-hashes.cypher', 'load/statements.cypher', 'load/pairs.cypher',
    'load/country-pairs.cypher', 'load/stale.cypher', 'load/orphans.cypher', 'maintenance/wipe.cypher', 'schema.cypher',
  ])('%s', async (file) => {
    for (const statement of splitStatements(readCypher(file))) {
      expect({ statement: statement.slice(0, 60), warnings: await planned(statement, dummy) }).toEqual({ statement: statement.slice(0, 60), warnings: [] });
    }
  });

  test('every library query', async () => {
    for (const q of listQueries()) {
      const params: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(q.params)) params[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
      expect({ query: q.name, warnings: await planned(q.cypher, params) }).toEqual({ query: q.name, warnings: [] });
    }
  });
});
