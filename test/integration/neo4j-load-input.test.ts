/**
 * `stancegraph load` with the files people actually hand it, against a real Neo4j: bad lines are
 * reported (file, line, reason) and skipped, the good ones load, the exit code says so, and no
 * document loses statements because its lines were bad or split across files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli';
import { applySchema, graphCounts, LIMITS, loadStatements } from '../../src/neo4j';
import type { Statement } from '../../src/types';
import { dumpGraph, FIXTURES, readStatements, testEnv, useNeo4j, wipe } from '../helpers/neo4j';

const driver = useNeo4j();
let dir: string;

async function cli(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  input.end(stdin);
  let out = '';
  let err = '';
  stdout.on('data', (b) => (out += b));
  stderr.on('data', (b) => (err += b));
  const code = await main(argv, { stdin: input, stdout, stderr, env: testEnv(), cwd: process.cwd() });
  return { code, out, err };
}

const line = (s: unknown) => JSON.stringify(s);
const file = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, lines.map((l) => `${l}\n`).join(''));
  return p;
};
const statementIds = async () =>
  (await driver().executeQuery('MATCH (s:Statement) RETURN s.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
const fixtureLines = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').split('\n').filter((l) => l.trim());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stancegraph-load-input-'));
  await applySchema(driver());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  await wipe(driver());
});

describe('stancegraph load: bad input loses nothing', () => {
  test('every good line loads, every bad line is reported with file, line and reason, exit 1', async () => {
    const good = readStatements('neo4j-small.jsonl');
    const [a0, a1, a2, a3, a4, a5, a6, a7] = good.filter((s) => s.doc === 'doc-a');
    const docB = good.filter((s) => s.doc === 'doc-b');
    const big = 'x'.repeat(40 * 1024);
    const longName = 'N'.repeat(10 * 1024);
    const truncated = line(a2).slice(0, 150);
    const lines = [
      `\uFEFF${line(docB[0])}`, // 1: byte-order mark: removed with a warning, the record loads
      line(docB[1]), // 2
      truncated, // 3: cut off mid-record (doc-a)
      line({ ...a3, id: undefined }), // 4: no id
      line({ ...a4, polarity: 'negative' }), // 5: polarity not a number
      line({ ...a6, polarity: 1 }), // 6: CRITICIZE with +1
      line({ ...a5, polarity: undefined, sentence: undefined }), // 7: missing polarity and sentence
      line({ ...a0, text: big }), // 8: oversized text: cut, loaded
      line({ ...docB[2], actor: { ...docB[2].actor, name: longName } }), // 9: oversized name: cut, loaded
      ...docB.slice(3).map(line), // 10-14
      line(a1), // 15
      line(a7), // 16
    ];
    const path = file('bad.jsonl', lines);
    const r = await cli(['load', path]);
    expect(r.code).toBe(1);
    const reported = r.err.split('\n').filter((l) => l.startsWith(`load: ${path}:`));
    const at = (n: number) => reported.filter((l) => l.startsWith(`load: ${path}:${n}: `)).join('\n');
    expect(at(1)).toMatch(/warning: UTF-8 byte-order mark removed/);
    expect(at(3)).toMatch(/not valid JSON, the line may be truncated/);
    expect(at(4)).toMatch(/missing id/);
    expect(at(5)).toMatch(/polarity must be one of -1, 0, 1 \(got "negative"\)/);
    expect(at(6)).toMatch(/polarity \+1 does not match type CRITICIZE/);
    expect(at(7)).toMatch(/missing sentence/);
    expect(at(7)).toMatch(/missing polarity/);
    expect(at(8)).toMatch(/warning: text is 40960 bytes long: cut to 16384 bytes/);
    expect(at(9)).toMatch(/warning: actor\.name is 10240 bytes long: cut to 1024 bytes/);
    expect(reported.filter((l) => !/warning:/.test(l))).toHaveLength(5);
    expect(r.err).toMatch(/5 bad lines skipped, 11 valid statements to load/);
    expect(r.err).toMatch(/document doc-a: 5 bad lines, so it was not replaced/);
    expect(r.out).toMatch(/^loaded 11 statements/);

    // Every good line is in the graph (the BOM line and the cut ones included), none of the bad ones.
    const ids = await statementIds();
    expect(ids).toEqual([a0, a1, a7, ...docB].map((s) => s.id).sort());
    const text = await driver().executeQuery('MATCH (s:Statement {id: $id}) RETURN s.text AS t', { id: a0.id });
    const t = text.records[0].get('t') as string;
    expect(Buffer.byteLength(t)).toBeLessThanOrEqual(LIMITS.textBytes);
    expect(t.endsWith('…')).toBe(true);
    const name = await driver().executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS n', { id: docB[2].actor.id });
    expect(Buffer.byteLength(name.records[0].get('n') as string)).toBeLessThanOrEqual(LIMITS.nameBytes);
    // polarity is stored as a number, never "negative" → 0.
    const pol = await driver().executeQuery('MATCH (s:Statement) WHERE NOT s.polarity IN [-1, 0, 1] RETURN count(s) AS n');
    expect(pol.records[0].get('n')).toBe(0);
  });

  test('a document with bad lines keeps its statements; a later complete load replaces it', async () => {
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const before = await statementIds();
    // doc-a v2 drops two statements and adds one; one of its lines is cut off.
    const v2 = fixtureLines('neo4j-small-doc-a-v2.jsonl');
    const broken = [...v2];
    broken[3] = broken[3].slice(0, 120);
    const r = await cli(['load', file('doc-a-broken.jsonl', broken)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/removed 0 outdated statements/);
    // Nothing of doc-a was deleted (the two statements v2 drops are still there); its new one was added.
    expect(await statementIds()).toEqual([...before, 'doc-a:7:person:rufus-t-firefly:DEMAND:country:latveria'].sort());
    // The complete file replaces doc-a.
    const ok = await cli(['load', file('doc-a-v2.jsonl', v2)]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/replaced 1 documents, removed 2 outdated statements/);
    const after = await dumpGraph(driver());
    await wipe(driver());
    await loadStatements(driver(), readStatements('neo4j-small-v2-full.jsonl'));
    expect(after).toEqual(await dumpGraph(driver()));
  });

  test('a bad line that names no document: nothing is replaced, the good lines load', async () => {
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const before = await statementIds();
    const v2 = fixtureLines('neo4j-small-v2-full.jsonl');
    const r = await cli(['load', file('v2-noise.jsonl', [...v2.slice(0, 4), '{"id": "cut-before-its-doc', ...v2.slice(4)])]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/v2-noise\.jsonl:5: not valid JSON/);
    expect(r.err).toMatch(/could not be told apart by document, so no document was replaced/);
    expect(r.out).toMatch(/replaced 0 documents, removed 0 outdated statements/);
    // The statements v2 drops are kept; the one it adds is there.
    expect(await statementIds()).toEqual([...before, 'doc-a:7:person:rufus-t-firefly:DEMAND:country:latveria'].sort());
  });

  test('one bad line in a file of several 64 KiB chunks: every other line is read and loaded', async () => {
    // The original failure: the reader stopped at the end of the chunk holding the bad line, exit 0.
    const template = readStatements('neo4j-small.jsonl')[0];
    const make = (i: number, quote = `quote ${i}`): Statement => ({
      ...template, id: `big-${i}`, doc: `big-doc-${Math.floor(i / 50)}`, sentence: i % 50, quote,
      text: `Sentence ${i}: ${'words '.repeat(60)}`,
    });
    const n = 2000;
    const all = Array.from({ length: n }, (_, i) => make(i));
    const first = file('big.jsonl', all.map(line));
    expect(readFileSync(first).length).toBeGreaterThan(20 * 65536);
    expect((await cli(['load', first])).code).toBe(0);
    expect((await graphCounts(driver())).statements).toBe(n);

    // Second version: line 100 cut off (doc big-doc-1), the last line's quote changed,
    // one statement of big-doc-30 gone (that document is complete and valid: replaced).
    const next = all.map((s, i) => (i === n - 1 ? line(make(i, 'changed at the end')) : line(s)));
    next[99] = next[99].slice(0, 200);
    const dropped = 30 * 50 + 7;
    next.splice(dropped, 1);
    const r = await cli(['load', file('big-v2.jsonl', next)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/big-v2\.jsonl:100: not valid JSON/);
    expect(r.err).toMatch(/document big-doc-1: 1 bad line, so it was not replaced/);
    expect(r.out).toMatch(/^loaded 1998 statements/);
    expect(r.out).toMatch(/removed 1 outdated statements/);
    expect((await graphCounts(driver())).statements).toBe(n - 1);
    const q = await driver().executeQuery('MATCH (s:Statement {id: $id}) RETURN s.quote AS q', { id: `big-${n - 1}` });
    expect(q.records[0].get('q')).toBe('changed at the end');
    const kept = await driver().executeQuery('MATCH (s:Statement {id: "big-99"}) RETURN count(s) AS c');
    expect(kept.records[0].get('c')).toBe(1);
  });

  test('a JSON array: on one line it loads; spread over lines it is refused with a hint and nothing is touched', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    const oneLine = await cli(['load', file('array.jsonl', [line(statements)])]);
    expect(oneLine.code).toBe(0);
    expect(oneLine.err).toMatch(/array\.jsonl:1: warning: a JSON array of 16 records on one line/);
    expect((await graphCounts(driver())).statements).toBe(16);
    const before = await dumpGraph(driver());

    const pretty = join(dir, 'pretty.jsonl');
    writeFileSync(pretty, JSON.stringify(readStatements('neo4j-small-doc-a-v2.jsonl'), null, 2));
    const r = await cli(['load', pretty]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pretty\.jsonl:1: the file is a JSON array spread over several lines, not JSON lines .*jq -c/);
    expect(r.err).toMatch(/no valid statement to load: nothing was written/);
    expect(await dumpGraph(driver())).toEqual(before);
  });

  test('a file split in parts (split -l) loads exactly like the whole file', async () => {
    const whole = fixtureLines('neo4j-small-v2-full.jsonl');
    const wholePath = file('whole.jsonl', whole);
    // Parts of 4 lines: doc-a (lines 1-7) and doc-b (8-15) are both cut at part boundaries.
    const parts = [0, 4, 8, 12].map((i, k) => file(`part-a${'abcd'[k]}.jsonl`, whole.slice(i, i + 4)));

    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    expect((await cli(['load', wholePath])).code).toBe(0);
    const reference = await dumpGraph(driver());

    await wipe(driver());
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const r = await cli(['load', ...parts]);
    expect(r.code).toBe(0);
    // doc-a's complete set is spread over the parts: replaced; doc-b is as the first load left it: skipped.
    expect(r.out).toMatch(/replaced 1 documents, removed 2 outdated statements; 1 documents \(8 statements\) unchanged since they were last loaded, skipped/);
    expect(await dumpGraph(driver())).toEqual(reference);
  });

  test('standard input ("-") is checked and loaded the same way', async () => {
    const lines = fixtureLines('neo4j-small.jsonl');
    const r = await cli(['load', '-'], [lines[0], '{"doc": "doc-a", "oops"', ...lines.slice(1)].join('\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/<stdin>:2: not valid JSON/);
    expect((await graphCounts(driver())).statements).toBe(16);
  });

  test('--no-replace adds and updates, deletes nothing', async () => {
    await loadStatements(driver(), readStatements('neo4j-small.jsonl'));
    const before = await statementIds();
    const r = await cli(['load', '--no-replace', file('v2-keep.jsonl', fixtureLines('neo4j-small-doc-a-v2.jsonl'))]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/replaced 0 documents, removed 0 outdated statements/);
    expect(await statementIds()).toEqual([...before, 'doc-a:7:person:rufus-t-firefly:DEMAND:country:latveria'].sort());
  });

  test('articles are extracted, checked and loaded through the same two passes', async () => {
    const r = await cli(['load', join(__dirname, '..', '..', 'seeds')]);
    expect(r.code).toBe(0);
    const m = /extracted (\d+) statements from 2 documents/.exec(r.err);
    expect(m).not.toBeNull();
    expect(r.out).toMatch(new RegExp(`^loaded ${m![1]} statements from 2 documents`));
    expect((await graphCounts(driver())).statements).toBe(Number(m![1]));
  });

  test('--no-analyses leaves blocs and balance out; `stancegraph analyses` then stores what a plain load does', async () => {
    const path = file('small.jsonl', fixtureLines('neo4j-small.jsonl'));
    const stored = async () => (await driver().executeQuery(
      `CALL () { MATCH (a:Actor) WHERE a.bloc IS NOT NULL RETURN collect([a.id, a.bloc, a.blocSize]) AS actors }
       CALL () { MATCH (b:Bloc) RETURN collect([b.id, b.size, b.top]) AS blocs }
       CALL () { MATCH (t:Triad)-[o:OF]->(x) RETURN collect([t.rank, t.signs, o.position, x.id]) AS triads }
       CALL () { MATCH (b:Balance) RETURN collect([b.triads, b.unbalanced, b.blocs]) AS balance }
       RETURN actors, blocs, triads, balance`)).records[0].toObject();
    const sorted = (o: Record<string, unknown[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.map((x) => JSON.stringify(x)).sort()]));
    expect((await cli(['load', path])).code).toBe(0);
    const plain = sorted(await stored());
    expect(plain.blocs.length).toBeGreaterThan(0);
    expect(plain.balance).toHaveLength(1);
    await wipe(driver());
    const r = await cli(['load', '--no-analyses', path]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/blocs and balance were not recomputed \(--no-analyses\).*run `stancegraph analyses`/);
    expect(sorted(await stored())).toEqual({ actors: [], blocs: [], triads: [], balance: [] });
    const a = await cli(['analyses']);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^analyses: \d+ actors, \d+ ties: \d+ blocs of two or more; \d+ triads, \d+ unbalanced/);
    expect(sorted(await stored())).toEqual(plain);
    // a bloc left by an earlier analysis at an id that is now a singleton's (ids count singletons, only blocs of
    // two or more are written) goes when the analyses run again
    const single = (await driver().executeQuery('MATCH (a:Actor) WHERE a.blocSize = 1 RETURN min(a.bloc) AS id')).records[0].get('id');
    expect(single).not.toBeNull();
    await driver().executeQuery("MERGE (b:Bloc {id: $id}) SET b.size = 2, b.top = ['stale']", { id: single });
    expect((await cli(['analyses'])).code).toBe(0);
    expect(sorted(await stored())).toEqual(plain);
    expect((await cli(['analyses', '--max-triads', 'x'])).code).not.toBe(0);
  });

  test('loadStatements refuses invalid records before writing anything', async () => {
    const statements = readStatements('neo4j-small.jsonl');
    const bad = [...statements, { ...statements[0], id: 'x', type: 'CRITICIZE', polarity: 1 } as Statement];
    await expect(loadStatements(driver(), bad)).rejects.toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(/record 16 .*polarity \+1 does not match type CRITICIZE/) });
    expect((await graphCounts(driver())).statements).toBe(0);
  });
});
