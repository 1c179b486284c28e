import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli';

function io(stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdin, stdout, stderr, env: {}, cwd: process.cwd() }, out: () => out, err: () => err };
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-extract-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', '2024-03-01-a.txt'), 'The Chilean government condemned Argentina.\n');
  writeFileSync(join(dir, 'b.md'), '05.04.2024 Author: Jane Roe\n\nA title\n\nThe Kenyan government welcomed Ethiopia\'s decision.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
  writeFileSync(join(dir, 'ignored.json'), '{}');
  return dir;
}

describe('stancegraph extract', () => {
  it('reads folders recursively and writes one JSON line per statement', async () => {
    const dir = corpus();
    const t = io();
    const code = await main(['extract', dir], t.io);
    const lines = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((s) => `${s.doc}|${s.actor.name}|${s.type}|${s.target.name}`).sort()).toEqual([
      'b|Kenya|SUPPORT|Ethiopia',
      'nested/2024-03-01-a|Chile|CRITICIZE|Argentina',
    ]);
    // a file in a sub-folder keeps its date prefix: the date comes from the file name
    expect(lines.find((s) => s.doc.startsWith('nested/')).source.published).toBe('2024-03-01');
    const b = lines.find((s) => s.doc === 'b');
    expect(b.source).toMatchObject({ author: 'Jane Roe', published: '2024-04-05', title: 'A title' });
    // the binary file is named on stderr and makes the exit code 1; the rest is still processed
    expect(t.err()).toMatch(/binary\.txt: binary file, skipped/);
    expect(code).toBe(1);
  });

  it('exits 0 when every input was read, and writes to -o FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-extract-'));
    writeFileSync(join(dir, 'a.txt'), 'The Chilean government condemned Argentina.');
    const outFile = join(dir, 'out.jsonl');
    const t = io();
    expect(await main(['extract', join(dir, 'a.txt'), '-o', outFile], t.io)).toBe(0);
    expect(readFileSync(outFile, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(t.out()).toBe('');
  });

  it('names a missing path and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-extract-'));
    writeFileSync(join(dir, 'a.txt'), 'The Chilean government condemned Argentina.');
    const t = io();
    const code = await main(['extract', join(dir, 'nope.txt'), join(dir, 'a.txt')], t.io);
    expect(code).toBe(1);
    expect(t.err()).toMatch(/nope\.txt: cannot read \(ENOENT\)/);
    expect(t.out().trim().split('\n')).toHaveLength(1);
  });

  it('reads standard input with -', async () => {
    const t = io('The Chilean government condemned Argentina.');
    expect(await main(['extract', '-', '--date', '2024-01-02'], t.io)).toBe(0);
    const [s] = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(s).toMatchObject({ doc: 'stdin', type: 'CRITICIZE' });
    expect(s.source.published).toBe('2024-01-02');
  });

  it('exits 2 on usage errors', async () => {
    expect(await main(['extract'], io().io)).toBe(2);
    expect(await main(['extract', 'x', '--date', 'yesterday'], io().io)).toBe(2);
    expect(await main(['extract', 'x', '--bogus'], io().io)).toBe(2);
    expect(await main(['no-such-command'], io().io)).toBe(2);
  });

  it('decodes invalid UTF-8 with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-extract-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('The Chilean government condemned Argentina. '), Buffer.from([0xc3, 0x28])]));
    const t = io();
    expect(await main(['extract', dir], t.io)).toBe(0);
    expect(t.err()).toMatch(/invalid UTF-8/);
    expect(t.out().trim().split('\n')).toHaveLength(1);
  });
});
