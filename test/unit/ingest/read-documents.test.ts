/**
 * Reading inputs: nothing read twice (links, loops, repeated inputs, identical texts), document
 * ids unique within a run and stable across runs, and the formats of news exports (JSONL, CSV).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isoDate, parseFieldSpec, readDocuments, type IngestedDoc, type Plan, type ReadOptions,
} from '../../../src/ingest/read-documents';
import type { Message } from '../../../src/types';

async function read(paths: string[], opts: ReadOptions = {}): Promise<{ docs: IngestedDoc[]; messages: Message[] }> {
  const messages: Message[] = [];
  const docs: IngestedDoc[] = [];
  for await (const d of readDocuments(paths, { ...opts, onMessage: (m) => messages.push(m) })) docs.push(d);
  return { docs, messages };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'sg-ingest-'));

describe('folders, links and ids', () => {
  it('reads each real file once through a symbolic link loop, and says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Chile condemned Argentina.');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.txt'), 'Kenya welcomed Ethiopia.');
    symlinkSync(dir, join(dir, 'sub', 'loop')); // sub/loop → the root: an endless tree without the check
    symlinkSync(join(dir, 'a.txt'), join(dir, 'sub', 'a-link.txt'));
    const { docs, messages } = await read([dir]);
    expect(docs.map((d) => d.id).sort()).toEqual(['a', 'sub/b']);
    const skipped = messages.filter((m) => m.ruleId === 'ingest/link-skipped');
    expect(skipped.map((m) => m.file).sort()).toEqual([join(dir, 'sub', 'a-link.txt'), join(dir, 'sub', 'loop')]);
    expect(skipped.every((m) => m.severity === 'warning')).toBe(true);
  });

  it('reads a file given twice once', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Chile condemned Argentina.');
    const { docs, messages } = await read([join(dir, 'a.txt'), dir]);
    expect(docs).toHaveLength(1);
    expect(messages.map((m) => m.ruleId)).toEqual(['ingest/link-skipped']);
  });

  it('gives two article.txt in different folders different ids, from the path under the input', async () => {
    const dir = tmp();
    for (const f of ['2023/oct', '2024/jan']) {
      mkdirSync(join(dir, f), { recursive: true });
      writeFileSync(join(dir, f, 'article.txt'), `An article from ${f}.`);
    }
    const first = await read([dir]);
    expect(first.docs.map((d) => d.id)).toEqual(['2023/oct/article', '2024/jan/article']);
    expect(first.messages).toEqual([]);
    // stable across runs
    expect((await read([dir])).docs.map((d) => d.id)).toEqual(first.docs.map((d) => d.id));
  });

  it('keeps the file name as id for a file given directly or in a flat folder', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '2023-10-11-kim-visit.txt'), 'Text one.');
    writeFileSync(join(dir, 'other.md'), 'Text two.');
    expect((await read([dir])).docs.map((d) => d.id)).toEqual(['2023-10-11-kim-visit', 'other']);
    const direct = await read([join(dir, 'other.md')]);
    expect(direct.docs.map((d) => d.id)).toEqual(['other']);
  });

  it('makes ids unique when two inputs give the same one, with a warning', async () => {
    const a = tmp();
    const b = tmp();
    writeFileSync(join(a, 'article.txt'), 'First text.');
    writeFileSync(join(b, 'article.txt'), 'Second text.');
    const { docs, messages } = await read([a, b]);
    expect(docs.map((d) => d.id)).toEqual(['article', 'article~2']);
    expect(messages.map((m) => m.ruleId)).toEqual(['ingest/id-taken']);
  });

  it('counts the same article met twice once, and reports it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Chile condemned Argentina.');
    writeFileSync(join(dir, 'copy-of-a.txt'), 'Chile condemned Argentina.');
    const { docs, messages } = await read([dir]);
    expect(docs.map((d) => d.id)).toEqual(['a']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', ruleId: 'ingest/duplicate' });
    expect(messages[0]!.reason).toContain('same text as document a');
  });

  it('reports a plan of files and documents before the first document', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'One.');
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"Two."}\n{"text":"Three."}\n');
    let plan: Plan | undefined;
    await read([dir], { countRecords: true, onPlan: (p) => (plan = p) });
    expect(plan).toMatchObject({ files: 2, documents: 3, exact: true });
  });
});

describe('news exports', () => {
  it('reads JSON Lines records with the field names of news APIs, nested ones included', async () => {
    const dir = tmp();
    const rows = [
      { source: { id: null, name: 'The Daily' }, author: 'Jane Roe', title: 'Chile condemns Argentina', url: 'https://example.org/1',
        publishedAt: '2024-03-01T10:00:00Z', content: 'Chile condemned Argentina on Monday.' },
      { headline: 'Second', body: 'Kenya welcomed Ethiopia.', date: '02.04.2024', outlet: 'Wire', id: 'w-17' },
    ];
    writeFileSync(join(dir, 'export.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n\nnot json\n{"title":"no text"}\n');
    const { docs, messages } = await read([join(dir, 'export.jsonl')]);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({
      id: 'export/1', title: 'Chile condemns Argentina', author: 'Jane Roe', published: '2024-03-01',
      url: 'https://example.org/1', outlet: 'The Daily',
    });
    // the headline is part of the article
    expect(docs[0]!.text).toBe('Chile condemns Argentina\n\nChile condemned Argentina on Monday.');
    expect(docs[1]).toMatchObject({ id: 'export/w-17', title: 'Second', published: '2024-04-02', outlet: 'Wire' });
    expect(messages.map((m) => `${m.severity} ${m.ruleId}`)).toEqual(['error ingest/bad-record', 'error ingest/no-text']);
    expect(messages[0]!.reason).toContain('export.jsonl:4');
  });

  it('reads CSV with configurable column names and quoted line breaks', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'gdelt.csv'),
      'Story,Head Line,When,Link,Site\n' +
      '"Chile condemned Argentina.\nKenya welcomed Ethiopia.","Two stories",20231011T120000Z,https://x.org/a,X News\n' +
      '"A second, quoted, story.",Third,2023-10-12,https://x.org/b,X News\n');
    const fields = parseFieldSpec('text=Story,title=Head Line,date=When,url=Link,outlet=Site');
    const { docs, messages } = await read([dir], { fields });
    expect(messages).toEqual([]);
    expect(docs.map((d) => [d.id, d.title, d.published, d.url, d.outlet])).toEqual([
      ['gdelt/1', 'Two stories', '2023-10-11', 'https://x.org/a', 'X News'],
      ['gdelt/2', 'Third', '2023-10-12', 'https://x.org/b', 'X News'],
    ]);
    expect(docs[0]!.text).toBe('Two stories\n\nChile condemned Argentina.\nKenya welcomed Ethiopia.');
  });

  it('names the field it looked for when a record has no text', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), 'headline,summary\nOne,Two\n');
    const { docs, messages } = await read([dir], { fields: { text: 'story' } });
    expect(docs).toEqual([]);
    expect(messages[0]!.reason).toMatch(/a\.csv: row 2: no article text \(looked for "story"/);
  });

  it('parses --fields and rejects unknown fields', () => {
    expect(parseFieldSpec('text=body, outlet=source.name')).toEqual({ text: 'body', outlet: 'source.name' });
    expect(() => parseFieldSpec('colour=red')).toThrow(/unknown field "colour"/);
    expect(() => parseFieldSpec('text')).toThrow(/NAME=COLUMN/);
  });

  it('turns the date formats of news exports into ISO dates', () => {
    expect(isoDate('2024-03-01T10:00:00Z')).toBe('2024-03-01');
    expect(isoDate('20231011T120000Z')).toBe('2023-10-11');
    expect(isoDate('5.4.2024')).toBe('2024-04-05');
    expect(isoDate('Tue, 10 Oct 2023 08:00:00 GMT')).toBe('2023-10-10');
    expect(isoDate('someday')).toBeUndefined();
  });
});
