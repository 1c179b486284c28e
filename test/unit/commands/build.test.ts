/**
 * `stancegraph build` with the extractor replaced by invented documents, so the command's own
 * behaviour (files, exit codes, output streams) is tested whatever the extractor finds.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { buildCommand, parseBuildArgs } from '../../../src/commands/build';
import { StancegraphError } from '../../../src/errors';
import type { Doc, Message, Statement } from '../../../src/types';
import { st } from '../graph/make-statements';
import { validateGexfFile, wellFormed } from '../export/xmllint';
import { testIO } from './io';

jest.mock('../../../src/pipeline', () => ({
  extractPaths: jest.fn(),
}));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pipeline = require('../../../src/pipeline') as { extractPaths: jest.Mock };

function doc(id: string, published?: string): Doc {
  return { id, path: `in/${id}.txt`, text: 'invented', title: `Title of ${id}`, author: 'A. Writer', ...(published ? { published } : {}) };
}

/** Fake extractor: two documents; inputs named "bad" are reported unreadable. */
function fakeExtract(paths: string[], opts: { onMessage?: (m: Message) => void }) {
  const docs: Array<{ doc: Doc; statements: Statement[] }> = [
    {
      doc: doc('alpha', '2022-03-01'),
      statements: [
        st('FRE', 'CRITICIZE', 'SYL', { doc: 'alpha', sentence: 0, date: '2022-02-27', quote: 'an invented outrage' }),
        st('SYL', 'ACCUSE', 'FRE', { doc: 'alpha', sentence: 1, date: '2022-02-28' }),
        st('FRE', 'SUPPORT', 'RUR', { doc: 'alpha', sentence: 2, date: '2022-02-28' }),
      ],
    },
    {
      doc: doc('beta', '2022-04-01'),
      statements: [
        st('firefly', 'MEET', 'elph', { doc: 'beta', sentence: 0, published: '2022-04-01' }),
        st('league', 'COMMENT', 'LAT', { doc: 'beta', sentence: 1, published: '2022-04-01' }),
      ],
    },
  ];
  return (async function* () {
    for (const p of paths) {
      if (p.includes('bad')) {
        opts.onMessage?.({ severity: 'error', reason: 'cannot read file', ruleId: 'ingest/unreadable', source: 'ingest', file: p });
      }
    }
    for (const d of docs) yield d;
  })();
}

beforeEach(() => {
  pipeline.extractPaths.mockImplementation(fakeExtract);
});

describe('parseBuildArgs', () => {
  const code = (argv: string[]) => {
    try {
      parseBuildArgs(argv);
    } catch (err) {
      return (err as StancegraphError).code;
    }
    return 'OK';
  };

  it('rejects missing inputs, unknown options and bad values with E_USAGE', () => {
    expect(code([])).toBe('E_USAGE');
    expect(code(['in', '--bogus'])).toBe('E_USAGE');
    expect(code(['in', '--format', 'dot'])).toBe('E_USAGE');
    expect(code(['in', '--date', '2022-13-45'])).toBe('E_USAGE');
    expect(code(['in', '--date', 'yesterday'])).toBe('E_USAGE');
    expect(code(['in', '--seed', '-3'])).toBe('E_USAGE');
    expect(code(['in', '--out-dir'])).toBe('E_USAGE');
  });

  it('fills defaults and turns Neo4j on when NEO4J_URI is set', () => {
    expect(parseBuildArgs(['a', 'b'])).toEqual({ paths: ['a', 'b'], outDir: 'out', format: 'gexf', json: false, seed: 1, neo4j: false, jobs: availableParallelism() });
    expect(parseBuildArgs(['a', '--jobs', '1']).jobs).toBe(1);
    expect(() => parseBuildArgs(['a', '--jobs', '0'])).toThrow(StancegraphError);
    expect(parseBuildArgs(['a'], { NEO4J_URI: 'bolt://localhost:7687' }).neo4j).toBe(true);
    expect(parseBuildArgs(['a', '--format', 'graphml', '--seed', '9', '--date', '2022-01-31', '--json']))
      .toMatchObject({ format: 'graphml', seed: 9, date: '2022-01-31', json: true });
  });
});

describe('buildCommand', () => {
  it('writes statements, both networks as valid GEXF 1.3 and the summary, and prints the headline', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    const io = testIO(cwd);
    const code = await buildCommand.run(['in', '--out-dir', 'result', '--jobs', '1'], io);
    expect(code).toBe(0);
    const out = join(cwd, 'result');
    const lines = readFileSync(join(out, 'statements.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!).actor.name).toBe('Freedonia');
    for (const f of ['actors.gexf', 'countries.gexf']) {
      const v = await validateGexfFile(join(out, f));
      expect(v.output).not.toMatch(/error|fails/i);
      expect(v.ok).toBe(true);
    }
    expect(existsSync(join(out, 'messages.jsonl'))).toBe(false);
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('| `alpha` | Title of alpha | A. Writer | 2022-03-01 | 3 |');
    expect(summary).toContain('**Freedonia ↔ Sylvania**');
    expect(io.out()).toMatch(/^Read 2 documents: 5 statements \(2 negative, 2 positive, 1 comment\)/);
    expect(io.out()).toContain('result/actors.gexf');
    expect(io.err()).toBe('');
  });

  it('exits 1 naming the failed input, processes the rest and writes messages.jsonl', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    const io = testIO(cwd);
    const code = await buildCommand.run(['in', 'bad.txt', '--out-dir', 'o', '--jobs', '1'], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('bad.txt: cannot read file');
    expect(readFileSync(join(cwd, 'o', 'statements.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
    const messages = readFileSync(join(cwd, 'o', 'messages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(messages[0]).toMatchObject({ severity: 'error', ruleId: 'ingest/unreadable' });
    expect(readFileSync(join(cwd, 'o', 'summary.md'), 'utf8')).toContain('Inputs not read:');
  });

  it('prints a JSON summary on stdout with --json and the headline on stderr', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    const io = testIO(cwd);
    expect(await buildCommand.run(['in', '--json', '--jobs', '1'], io)).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.counts).toMatchObject({ documents: 2, statements: 5, negative: 2, positive: 2, comments: 1 });
    expect(json.files).toEqual(['out/statements.jsonl', 'out/actors.gexf', 'out/countries.gexf', 'out/summary.md', 'out/report.html']);
    expect(json.countries.mutualCriticisms[0].aToB).toBe(1);
    expect(io.err()).toMatch(/^Read 2 documents/);
  });

  it('writes GraphML with --format graphml', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    expect(await buildCommand.run(['in', '--format', 'graphml', '--jobs', '1'], testIO(cwd))).toBe(0);
    for (const f of ['actors.graphml', 'countries.graphml']) {
      const v = await wellFormed(f, readFileSync(join(cwd, 'out', f), 'utf8'));
      expect(v.ok).toBe(true);
    }
    expect(existsSync(join(cwd, 'out', 'actors.gexf'))).toBe(false);
  });

  it('passes --date on to the extractor and gives identical files for the same seed', async () => {
    const a = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    const b = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    await buildCommand.run(['in', '--seed', '4', '--date', '2022-05-05', '--jobs', '1'], testIO(a));
    await buildCommand.run(['in', '--seed', '4', '--jobs', '1'], testIO(b));
    expect(pipeline.extractPaths.mock.calls.at(-2)[1].date).toBe('2022-05-05');
    for (const f of ['actors.gexf', 'countries.gexf', 'summary.md']) {
      expect(readFileSync(join(a, 'out', f), 'utf8')).toBe(readFileSync(join(b, 'out', f), 'utf8'));
    }
  });

  it('writes the files, then fails with E_NEO4J_DOWN when NEO4J_URI points at no server', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-build-'));
    const io = testIO(cwd, { NEO4J_URI: 'bolt://127.0.0.1:1' });
    let code: string | undefined;
    try {
      await buildCommand.run(['in', '--jobs', '1'], io);
    } catch (err) {
      code = (err as StancegraphError).code;
    }
    expect(code).toBe('E_NEO4J_DOWN');
    expect(existsSync(join(cwd, 'out', 'countries.gexf'))).toBe(true);
    expect(existsSync(join(cwd, 'out', 'summary.md'))).toBe(true);
  });
});
