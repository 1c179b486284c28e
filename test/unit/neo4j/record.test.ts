import { Readable } from 'node:stream';
import { parseJsonl, readLines } from '../../../src/neo4j/input';
import { LoadPlan } from '../../../src/neo4j/plan';
import { checkLine, checkRecord, docOfBrokenLine, LIMITS, truncateUtf8 } from '../../../src/neo4j/record';
import type { Statement } from '../../../src/types';

const record = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 's1', doc: 'd1', sentence: 0, text: 'A criticized B.', type: 'CRITICIZE', polarity: -1, confidence: 0.8, cue: 'criticized',
  actor: { id: 'person:a', name: 'A', kind: 'person', country: 'Freedonia' },
  target: { id: 'country:b', name: 'B', kind: 'country', country: 'B' },
  source: { path: 'd1.txt', published: '2024-01-02' },
  evidence: { rules: ['r/x'] },
  ...extra,
});

describe('checkRecord', () => {
  test('a good record passes unchanged', () => {
    const c = checkRecord(record());
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.statement?.id).toBe('s1');
  });

  test.each([
    [{ id: undefined }, /missing id/],
    [{ polarity: undefined }, /missing polarity/],
    [{ sentence: undefined }, /missing sentence/],
    [{ polarity: 'negative' }, /polarity must be one of -1, 0, 1 \(got "negative"\)/],
    [{ polarity: 1 }, /polarity \+1 does not match type CRITICIZE \(its polarity is -1\)/],
    [{ type: 'SUPPORT', polarity: -1 }, /polarity -1 does not match type SUPPORT \(its polarity is \+1\)/],
    [{ type: 'PRAISE' }, /type must be one of CRITICIZE, .*COMMENT \(got "PRAISE"\)/],
    [{ sentence: 1.5 }, /sentence must be integer/],
    [{ confidence: 2 }, /confidence must be <= 1/],
    [{ date: '20 Sept' }, /date must be a date YYYY-MM-DD/],
    [{ actor: { id: 'person:a', kind: 'person' } }, /missing actor\.name/],
    [{ target: { id: 'x', name: 'X', kind: 'planet' } }, /target\.kind must be one of person, country/],
    [{ doc: 'd'.repeat(LIMITS.idBytes + 1) }, /doc is 1025 bytes long \(at most 1024\)/],
  ])('%j is refused', (extra, reason) => {
    const c = checkRecord(record(extra));
    expect(c.statement).toBeUndefined();
    expect(c.errors.join('; ')).toMatch(reason);
  });

  test('the document of a bad record is still known', () => {
    expect(checkRecord(record({ polarity: 7 })).doc).toBe('d1');
    expect(checkRecord([1, 2]).errors[0]).toMatch(/a JSON array, expected an object/);
  });

  test('over-long texts and names are cut with a warning, at a character boundary', () => {
    const c = checkRecord(record({ text: 'é'.repeat(LIMITS.textBytes), actor: { id: 'p', name: '名'.repeat(1000), kind: 'person', aliases: ['x'.repeat(5000)] } }));
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([
      `text is ${2 * LIMITS.textBytes} bytes long: cut to ${LIMITS.textBytes} bytes`,
      `actor.name is 3000 bytes long: cut to ${LIMITS.nameBytes} bytes`,
      `actor.aliases[0] is 5000 bytes long: cut to ${LIMITS.nameBytes} bytes`,
    ]);
    const s = c.statement!;
    expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(LIMITS.textBytes);
    expect(s.text.endsWith('é…')).toBe(true);
    expect(Buffer.byteLength(s.actor.name)).toBeLessThanOrEqual(LIMITS.nameBytes);
    expect(s.actor.name).not.toMatch(/\uFFFD/);
  });

  test('copy leaves the caller\'s object alone', () => {
    const r = record({ text: 'x'.repeat(LIMITS.textBytes + 10) });
    checkRecord(r, { copy: true });
    expect((r.text as string).length).toBe(LIMITS.textBytes + 10);
  });

  test('truncateUtf8 never splits a surrogate pair', () => {
    const t = truncateUtf8('😀'.repeat(10), 10);
    expect(t).toBe('😀…');
  });
});

describe('checkLine', () => {
  test('byte-order mark removed with a warning', () => {
    const c = checkLine(`\uFEFF${JSON.stringify(record())}`);
    expect(c.warnings).toEqual(['UTF-8 byte-order mark removed']);
    expect(c.records[0].check.statement?.id).toBe('s1');
  });

  test('a truncated line names its document when it got that far', () => {
    const l = JSON.stringify(record()).slice(0, 40);
    const c = checkLine(l);
    expect(c.error).toMatch(/not valid JSON/);
    expect(c.doc).toBe('d1');
    expect(docOfBrokenLine('{"id": "x", "te')).toBeUndefined();
    expect(docOfBrokenLine('{"text": "said \\"doc\\": \\"no\\"", "doc": "yes\\"q", "x')).toBe('yes"q');
  });

  test('a JSON array on one line: each item is a record', () => {
    const c = checkLine(JSON.stringify([record(), record({ id: 's2', polarity: 1 })]));
    expect(c.records.map((r) => [r.item, Boolean(r.check.statement)])).toEqual([[0, true], [1, false]]);
  });
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('readLines / parseJsonl', () => {
  test('lines across chunk boundaries, CRLF, a multi-byte character split between chunks', async () => {
    const buf = Buffer.from('ab\r\ncé\nlast', 'utf8');
    const chunks = [buf.subarray(0, 3), buf.subarray(3, 6), buf.subarray(6)]; // splits "é"
    expect(await collect(readLines(Readable.from(chunks)))).toEqual([{ n: 1, text: 'ab' }, { n: 2, text: 'cé' }, { n: 3, text: 'last' }]);
  });

  test('an over-long line is skipped without being kept, the next line still read', async () => {
    const lines = await collect(readLines(Readable.from(['x'.repeat(50), 'y'.repeat(50), '\nok\n']), 60));
    expect(lines).toEqual([{ n: 1, tooLong: 100 }, { n: 2, text: 'ok' }]);
  });

  test('a stream error rejects (it is never taken for the end of the file)', async () => {
    const failing = new Readable({ read() { this.destroy(new Error('disk on fire')); } });
    await expect(collect(readLines(failing))).rejects.toThrow('disk on fire');
  });

  test('a JSON array spread over lines is one file-level problem', async () => {
    const text = JSON.stringify([record()], null, 2);
    const parsed = await collect(parseJsonl(Readable.from([text])));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ kind: 'file', n: 1 });
  });
});

describe('LoadPlan: which documents a load replaces', () => {
  const st = (doc: string) => ({ ...record({ doc }) }) as unknown as Statement;

  test('complete documents are replaced, documents with a bad line merged', () => {
    const plan = new LoadPlan();
    plan.addStatement(st('a'));
    plan.addStatement(st('b'));
    plan.addBad('b');
    plan.addStatement(st('a'));
    expect(plan.replaced()).toEqual(['a']);
    expect(plan.merged()).toEqual(['b']);
    expect(plan.replaced(false)).toEqual([]);
  });

  test('a bad line naming no document: nothing is replaced', () => {
    const plan = new LoadPlan();
    plan.addStatement(st('a'));
    plan.addBad(undefined);
    expect(plan.replaced()).toEqual([]);
    expect(plan.merged()).toEqual(['a']);
  });

  test('an extracted document without statements is replaced (its old statements go)', () => {
    const plan = new LoadPlan();
    plan.addDocument({ id: 'empty', path: 'empty.txt', title: null, author: null, published: null });
    expect(plan.replaced()).toEqual(['empty']);
  });
});
