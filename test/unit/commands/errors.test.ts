/**
 * Errors a person can act on: a closed pipe ends quietly; a missing folder, a full disk or an
 * --out-dir that cannot be written is one line and a non-zero exit, found before the work starts
 * where it can be; progress only on a terminal; help that lists every command.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../src/cli';
import { runBuild, parseBuildArgs } from '../../../src/commands/build';
import { REPO_ROOT } from '../export/xmllint';
import { testIO } from './io';

const tmp = () => mkdtempSync(join(tmpdir(), 'sg-errors-'));

function corpus(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), 'The Chilean government condemned Argentina.\n');
  writeFileSync(join(dir, 'b.txt'), "The Kenyan government welcomed Ethiopia's decision.\n");
  return dir;
}

/** A terminal-like stderr: isTTY set, everything written kept. */
function ttyStream(): Writable & { isTTY: boolean; columns: number; text(): string } {
  let text = '';
  const s = new Writable({ write(chunk, _e, cb) { text += chunk.toString(); cb(); } }) as Writable & { isTTY: boolean; columns: number; text(): string };
  s.isTTY = true;
  s.columns = 120;
  s.text = () => text;
  return s;
}

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at |Error:|node:internal/m);

describe('output errors', () => {
  it('ends quietly with exit 0 when the reader of standard output goes away (EPIPE)', async () => {
    const io = testIO(process.cwd());
    let writes = 0;
    io.stdout = new Writable({
      write(_c, _e, cb) {
        writes++;
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const code = await main(['extract', corpus()], io);
    expect(code).toBe(0);
    expect(writes).toBe(1);
    expect(io.err()).toBe('');
  });

  it('ends quietly through a real pipe into head', () => {
    // enough statements to fill the pipe after head has left: the dev seeds, many times over
    const dir = tmp();
    const seed = readdirSync(join(REPO_ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(join(REPO_ROOT, 'seeds', seed), 'utf8');
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `copy-${i}.txt`), `${text}\n\nCopy ${i}.`);
    const r = spawnSync('bash', ['-c', `node --import tsx src/cli.ts extract "${dir}" | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('reports -o into a missing folder in one line, exit 1, before reading anything', async () => {
    const io = testIO(process.cwd());
    const code = await main(['extract', '/nonexistent-input', '-o', join(tmp(), 'missing', 'x.jsonl')], io);
    expect(code).toBe(1);
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^stancegraph extract: cannot write .*missing\/x\.jsonl: folder .*missing does not exist \(ENOENT\)/);
    // the unreadable input was never looked at: the output is checked first
    expect(io.err()).not.toContain('nonexistent-input');
  });

  it('reports a full disk in one line, exit 1', async () => {
    const io = testIO(process.cwd());
    const code = await main(['extract', corpus(), '-o', '/dev/full'], io);
    expect(code).toBe(1);
    const lines = io.err().trim().split('\n');
    expect(lines).toEqual(['stancegraph extract: cannot write /dev/full: no space left on device (ENOSPC); free some space or write elsewhere']);
  });

  it('refuses an --out-dir that is a file, or below a file, before the work starts', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'taken'), 'a file');
    for (const dir of ['taken', 'taken/sub']) {
      const io = testIO(cwd);
      const code = await main(['build', '/nonexistent-input', '--out-dir', dir], io);
      expect(code).toBe(1);
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^stancegraph build: (--out-dir .*taken is a file|cannot write .*taken\/sub: a part of the path is a file)/);
      expect(io.err()).not.toContain('nonexistent-input');
      noStack(io.err());
    }
  });
});

describe('messages and counts', () => {
  it('says "1 statement" and "1 document"', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'The Chilean government condemned Argentina.\n');
    const io = testIO(process.cwd());
    expect(await main(['extract', dir], io)).toBe(0);
    expect(io.err()).toBe('1 document, 1 statement, 0 errors, 0 warnings\n');
  });

  it('build prints the invalid-UTF-8 warning that extract prints, and a skipped link', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('The Peruvian government condemned Bolivia \xe9.\n', 'latin1'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const io = testIO(tmp());
    const result = await runBuild(parseBuildArgs([dir, '--out-dir', 'out']), io);
    expect(result.exitCode).toBe(0);
    expect(io.err()).toMatch(/latin1\.txt: invalid UTF-8, decoded with replacement characters/);
    expect(io.err()).toMatch(/sub\/loop: folder already read .*skipped/);
    // the loop multiplies nothing: each tie has weight 1
    result.actors.forEachEdge((_e, a) => expect(a.weight).toBe(1));
    expect(result.docs.map((d) => d.id).sort()).toEqual(['a', 'b', 'latin1']);
  });
});

describe('progress', () => {
  it('shows stage, documents done of total, rate and time left on a terminal', async () => {
    const io = testIO(tmp());
    const err = ttyStream();
    io.stderr = err;
    const result = await runBuild(parseBuildArgs([corpus(), '--out-dir', 'out']), io);
    expect(result.exitCode).toBe(0);
    const text = err.text();
    expect(text).toMatch(/extracting .* \d\/2 documents \| [\d.]+\/s \| \S+ left/);
  });

  it('is off with -q and when standard error is not a terminal', async () => {
    const quiet = testIO(tmp());
    const err = ttyStream();
    quiet.stderr = err;
    await runBuild(parseBuildArgs([corpus(), '--out-dir', 'out', '-q']), quiet);
    expect(err.text()).toBe('');
    const piped = testIO(tmp());
    await runBuild(parseBuildArgs([corpus(), '--out-dir', 'out']), piped);
    expect(piped.err()).not.toMatch(/documents \||\r|\u001b/);
  });
});

describe('help', () => {
  it('goes to standard output with no arguments and lists every command and neo4j image', async () => {
    const io = testIO(process.cwd());
    await main([], io);
    expect(io.err()).toBe('');
    for (const c of ['build', 'extract', 'eval', 'load', 'query', 'neo4j start', 'neo4j image']) expect(io.out()).toContain(c);
  });
});
