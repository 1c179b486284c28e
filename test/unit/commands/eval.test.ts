/**
 * `stancegraph eval` gives exactly the figures of the reference scorer (../shared/eval/score.mjs).
 * The fixture under test/fixtures/eval (invented gold and predictions covering aliases, unresolved
 * names, several targets, COMMENT, a sentence with two anchors, a record without text and a
 * document without gold) was scored by the reference scorer into expected.json / expected.txt
 * (scripts/eval-fixture-expected.mjs), so this test needs nothing outside the repository.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { testIO } from './io';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'eval');
const GOLD = join(FIXTURE, 'gold');
const PRED = join(FIXTURE, 'pred.jsonl');

async function run(args: string[]) {
  const io = testIO(process.cwd());
  const code = await main(['eval', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('stancegraph eval', () => {
  it('gives the reference scorer\'s figures, over all documents and per document (JSON)', async () => {
    const r = await run(['--gold', GOLD, '--pred', PRED, '--json']);
    expect(r.code).toBe(0);
    const ours = JSON.parse(r.out);
    const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'));
    expect(ours.summary).toEqual(expected.summary);
    expect(ours.docs).toEqual(expected.docs);
  });

  it('prints the reference scorer\'s text, missed and extra edges included, then the types', async () => {
    const r = await run(['--gold', GOLD, '--pred', PRED, '--show-errors']);
    expect(r.code).toBe(0);
    const [reference, types] = r.out.split('BY TYPE (typed view)\n');
    expect(reference).toBe(readFileSync(join(FIXTURE, 'expected.txt'), 'utf8'));
    expect(types).toMatch(/^ {2}PROTEST {4}P {2}50\.0 {2}R 100\.0 {2}F1 {2}66\.7 {3}\(tp 1, fp 1, fn 0\)$/m);
  });

  it('splits the typed view by type; the types add up to the typed view', async () => {
    const { types, summary } = JSON.parse((await run(['--gold', GOLD, '--pred', PRED, '--json'])).out);
    // worked out by hand from the fixture
    expect(types.WARN).toMatchObject({ tp: 0, fp: 1, fn: 1 }); // alpha: missed (as CRITICIZE); beta: a DEMAND read as WARN
    expect(types.DEMAND).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(types.PROTEST).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(types.SANCTION).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
    expect(types.COMMENT).toBeUndefined();
    for (const k of ['tp', 'fp', 'fn'] as const) {
      expect(Object.values(types as Record<string, Record<string, number>>).reduce((a, t) => a + t[k]!, 0)).toBe(summary.typed[k]);
    }
  });

  it('scores perfect predictions at 1 and empty ones at 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-eval-'));
    const gold = JSON.parse(readFileSync(join(GOLD, 'gamma.json'), 'utf8'));
    writeFileSync(join(dir, 'perfect.jsonl'), `${JSON.stringify({ doc: 'gamma', text: 'Ruritania imposed sanctions on Sylvania.', actor: { name: 'Ruritania' }, type: 'SANCTION', target: { name: 'Sylvania' } })}\n`);
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'gamma.json'), JSON.stringify(gold));
    const perfect = JSON.parse((await run(['--gold', join(dir, 'gamma.json'), '--pred', join(dir, 'perfect.jsonl'), '--json'])).out);
    for (const v of ['edges', 'typed', 'countries', 'sentences']) expect(perfect.summary[v].f1).toBe(1);
    const empty = JSON.parse((await run(['--gold', join(dir, 'gamma.json'), '--pred', join(dir, 'empty.jsonl'), '--json'])).out);
    expect(empty.summary.edges).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0 });
  });

  it('exits 2 without --gold or --pred, and 1 with one line on a broken file', async () => {
    expect((await run(['--gold', GOLD])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'sg-eval-'));
    writeFileSync(join(dir, 'bad.json'), '{"doc": "x"');
    const bad = await run(['--gold', dir, '--pred', PRED]);
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/bad\.json: not a JSON gold file/);
    writeFileSync(join(dir, 'pred.jsonl'), '{"doc":"x"}\nnot json\n');
    const badPred = await run(['--gold', GOLD, '--pred', join(dir, 'pred.jsonl')]);
    expect(badPred.code).toBe(1);
    expect(badPred.err).toMatch(/pred\.jsonl:2: not JSON/);
  });
});
