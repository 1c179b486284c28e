/**
 * The extraction pool gives what one thread gives: the same statements in the same order and the
 * same messages in the same order, whatever order the workers finish in.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCommand } from '../../../src/commands/extract';
import { runBuild } from '../../../src/commands/build';
import { extractPathsParallel } from '../../../src/workers/extract-pool';
import { recordLines } from '../../../src/workers/record-lines';
import type { Message, Statement } from '../../../src/types';
import { REPO_ROOT } from '../export/xmllint';
import { testIO } from '../commands/io';

const SENTENCES = [
  'Foreign Minister Talven Orsk criticized the government of Ruritania on Monday.',
  'Prime Minister Mila Dravec praised Freedonia for its help.',
  'Talven Orsk warned that Ruritania would face consequences.',
  'Senator Ivo Brandl said he supported Mila Dravec.',
  '"This is a provocation," Orsk said of the Ruritanian move.',
];

/** A corpus whose documents differ a lot in length (so workers finish out of order), with problems the reader reports. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-pool-'));
  for (const f of readdirSync(join(REPO_ROOT, 'seeds'))) copyFileSync(join(REPO_ROOT, 'seeds', f), join(dir, f));
  mkdirSync(join(dir, 'more'));
  for (let i = 0; i < 9; i++) {
    const n = i % 3 === 0 ? 60 : 2;
    const lines = Array.from({ length: n }, (_x, k) => SENTENCES[(i + k) % SENTENCES.length]);
    writeFileSync(join(dir, 'more', `2023-05-0${i + 1}-doc-${i}.txt`), `Report ${i}\n\n${lines.join(' ')}\nCopy ${i}.\n`);
  }
  writeFileSync(join(dir, 'more', 'same-as-doc-1.txt'), readFileSync(join(dir, 'more', '2023-05-02-doc-1.txt')));
  writeFileSync(join(dir, 'more', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  writeFileSync(join(dir, 'more', 'empty.txt'), '');
  return dir;
}

async function run(dir: string, jobs: number, window?: number): Promise<{ docs: string[]; statements: Statement[]; messages: Message[] }> {
  const messages: Message[] = [];
  const statements: Statement[] = [];
  const docs: string[] = [];
  for await (const r of extractPathsParallel([dir], { jobs, onMessage: (m) => messages.push(m), ...(window ? { window } : {}) })) {
    docs.push(r.doc.id);
    statements.push(...r.statements);
  }
  return { docs, statements, messages };
}

describe('extractPathsParallel', () => {
  const dir = corpus();

  it('yields the same documents, statements and messages, in the same order, with 2 workers as in one thread', async () => {
    const one = await run(dir, 1);
    const two = await run(dir, 2, 2);
    expect(one.statements.length).toBeGreaterThan(100);
    expect(one.messages.some((m) => m.source === 'ingest')).toBe(true);
    expect(two.docs).toEqual(one.docs);
    expect(two.statements).toEqual(one.statements);
    expect(two.messages).toEqual(one.messages);
  }, 120_000);

  it('with `lines`, hands back the records of each document as the JSON lines of its statements, not as objects', async () => {
    const byDoc: string[] = [];
    let statements = 0;
    for await (const r of extractPathsParallel([dir], { jobs: 1 })) { byDoc.push(recordLines(r.doc, r.statements)); statements += r.statements.length; }
    for (const jobs of [2, 1]) {
      const got: string[] = [];
      let count = 0;
      for await (const r of extractPathsParallel([dir], { jobs, lines: true })) {
        expect(r.statements).toEqual([]);
        got.push(r.lines ?? '');
        count += r.count;
      }
      expect(got).toEqual(byDoc);
      expect(count).toBe(statements);
    }
    expect(statements).toBeGreaterThan(100);
    expect(byDoc.join('').split('\n').length - 1).toBe(statements);
  }, 300_000);

  it('writes byte-identical statements and messages from `extract --jobs 2` and `--jobs 1`', async () => {
    const out = mkdtempSync(join(tmpdir(), 'stancegraph-pool-out-'));
    const files = (j: number) => [join(out, `s${j}.jsonl`), join(out, `m${j}.jsonl`)] as const;
    for (const j of [1, 2]) {
      const [s, m] = files(j);
      await extractCommand.run([dir, '-o', s, '--messages', m, '--jobs', String(j), '-q'], testIO(out));
    }
    expect(readFileSync(files(2)[0], 'utf8')).toBe(readFileSync(files(1)[0], 'utf8'));
    expect(readFileSync(files(2)[1], 'utf8')).toBe(readFileSync(files(1)[1], 'utf8'));
    expect(readFileSync(files(1)[0], 'utf8').split('\n').length).toBeGreaterThan(100);
  }, 120_000);

  it('gives `build --jobs 2` the same files as `--jobs 1`', async () => {
    const out = mkdtempSync(join(tmpdir(), 'stancegraph-pool-build-'));
    const base = { paths: [dir], format: 'gexf' as const, json: false, seed: 1, neo4j: false, quiet: true };
    await runBuild({ ...base, outDir: join(out, 'a'), jobs: 1 }, testIO(out));
    await runBuild({ ...base, outDir: join(out, 'b'), jobs: 2 }, testIO(out));
    for (const f of ['statements.jsonl', 'messages.jsonl', 'actors.gexf', 'countries.gexf', 'summary.md']) {
      expect(readFileSync(join(out, 'b', f), 'utf8')).toBe(readFileSync(join(out, 'a', f), 'utf8'));
    }
  }, 120_000);
});
