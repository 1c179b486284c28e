/** A missing or corrupt model is one clear error naming the file, never a stack trace. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from '../../../src/cli';
import { StancegraphError } from '../../../src/errors';
import { SyntaxModelError, loadModelFile, resetModelCache } from '../../../src/syntax/index';
import { defaultModelPath } from '../../../src/syntax/model';
import { testIO } from '../commands/io';

const dir = mkdtempSync(join(tmpdir(), 'stancegraph-model-'));

function expectModelError(file: string, problem: RegExp): void {
  let err: unknown;
  try {
    loadModelFile(file);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(SyntaxModelError);
  expect(err).toBeInstanceOf(StancegraphError);
  expect((err as SyntaxModelError).file).toBe(file);
  expect((err as Error).message).toContain(file);
  expect((err as Error).message).toMatch(problem);
}

describe('syntax model file', () => {
  afterEach(() => {
    delete process.env.STANCEGRAPH_SYNTAX_MODEL;
    resetModelCache();
  });

  it('loads the shipped model', () => {
    const m = loadModelFile(defaultModelPath());
    expect(m.header.upos).toContain('PROPN');
    expect(m.header.labels).toContain('nsubj:pass');
  });

  it('names a missing file', () => {
    expectModelError(join(dir, 'nope.bin.gz'), /not found/);
  });

  it('names a file that is not gzip, a gzip of something else, and a truncated model', () => {
    const junk = join(dir, 'junk.bin.gz');
    writeFileSync(junk, 'hello');
    expectModelError(junk, /not a gzip file/);
    const other = join(dir, 'other.bin.gz');
    writeFileSync(other, gzipSync(Buffer.from('{"some": "json"}')));
    expectModelError(other, /bad magic/);
    const good = readFileSync(defaultModelPath());
    const { gunzipSync } = require('node:zlib');
    const raw: Buffer = gunzipSync(good);
    const cut = join(dir, 'cut.bin.gz');
    writeFileSync(cut, gzipSync(raw.subarray(0, Math.floor(raw.length / 2))));
    expectModelError(cut, /truncated/);
  });

  it('the CLI prints one line naming the file and exits 1', async () => {
    const missing = join(dir, 'missing.bin.gz');
    process.env.STANCEGRAPH_SYNTAX_MODEL = missing;
    const io = testIO(dir);
    const code = await main(['parse', '-'], io);
    expect(code).toBe(1);
    expect(io.err()).toContain(`syntax model ${missing}: file not found`);
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace
  });
});
