/**
 * News exports end to end: JSONL and CSV records become documents whose statements carry the
 * record's url and outlet; the same article in two inputs counts once; two files of the same name
 * in different folders stay two documents.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { parseBuildArgs, runBuild } from '../../../src/commands/build';
import { testIO } from './io';

const tmp = () => mkdtempSync(join(tmpdir(), 'sg-inputs-'));

describe('news exports', () => {
  it('extracts from a JSONL export, with url and outlet on each statement', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'news.jsonl'), [
      { title: 'Santiago protests', content: 'The Chilean government condemned Argentina.', url: 'https://example.org/a', source: { name: 'Example Wire' }, publishedAt: '2024-03-01T08:00:00Z' },
      { title: 'Nairobi welcomes', content: "The Kenyan government welcomed Ethiopia's decision.", url: 'https://example.org/b', source: { name: 'Other Wire' } },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const out = join(dir, 'st.jsonl');
    const io = testIO(dir);
    expect(await main(['extract', 'news.jsonl', '-o', out, '--date', '2024-01-01'], io)).toBe(0);
    const st = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const byDoc = Object.fromEntries(st.map((s) => [s.doc, s]));
    expect(byDoc['news/1']).toMatchObject({ actor: { name: 'Chile' }, type: 'CRITICIZE', target: { name: 'Argentina' } });
    expect(byDoc['news/1'].source).toMatchObject({ url: 'https://example.org/a', outlet: 'Example Wire', title: 'Santiago protests', published: '2024-03-01' });
    expect(byDoc['news/2'].source).toMatchObject({ url: 'https://example.org/b', outlet: 'Other Wire', published: '2024-01-01' });
  });

  it('builds from a CSV export with --fields, and counts an article met twice once', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'export.csv'), 'story,site\n"The Chilean government condemned Argentina.",A\n"The Chilean government condemned Argentina.",A\n');
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'article.txt'), "The Kenyan government welcomed Ethiopia's decision.\n");
    writeFileSync(join(dir, 'y', 'article.txt'), 'The Peruvian government condemned Bolivia.\n');
    const io = testIO(dir);
    const r = await runBuild(parseBuildArgs(['.', '--out-dir', 'out', '--fields', 'text=story,outlet=site']), io);
    expect(r.exitCode).toBe(0);
    expect(r.docs.map((d) => d.id).sort()).toEqual(['export/1', 'x/article', 'y/article']);
    expect(io.err()).toMatch(/export\.csv: row 3: same text as document export\/1, counted once/);
    expect(r.statementCount).toBe(3);
    const summary = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
    expect(summary).toContain('| `x/article` |');
    expect(summary).toContain('| `y/article` |');
  });

  it('rejects a bad --fields spec as a usage error', async () => {
    const io = testIO(tmp());
    expect(await main(['extract', '.', '--fields', 'colour=red'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown field "colour"/);
  });
});
