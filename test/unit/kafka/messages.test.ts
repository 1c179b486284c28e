import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DocumentAssembler, decodeArticle, decodeStatementsPart, encodeArticle, encodeStatementParts, type StatementsPart,
} from '../../../src/kafka/messages';
import type { DocumentRow } from '../../../src/neo4j/rows';
import type { Statement } from '../../../src/types';

const statements: Statement[] = readFileSync(join(__dirname, '..', '..', 'fixtures', 'neo4j-small.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Statement);
const docA = statements.filter((s) => s.doc === 'doc-a');
const row = (id: string): DocumentRow => ({ id, path: `fixtures/${id}.txt`, title: null, author: null, published: null });
const parts = (id: string, list: Statement[], run: string, maxBytes?: number) =>
  encodeStatementParts(row(id), list, run, maxBytes).map((v) => decodeStatementsPart(v));

describe('encodeStatementParts', () => {
  it('puts a whole document in one part when it is small', () => {
    const p = parts('doc-a', docA, 'r1');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ part: 0, parts: 1, run: 'r1' });
    expect(p[0].statements).toEqual(docA);
  });

  it('cuts a long document into parts that keep every statement in order', () => {
    const p = parts('doc-a', docA, 'r1', 1);
    expect(p.length).toBe(docA.length);
    expect(p.every((x) => x.parts === docA.length && x.run === 'r1')).toBe(true);
    expect(p.flatMap((x) => x.statements)).toEqual(docA);
  });

  it('sends one empty part for a document without statements', () => {
    const p = parts('doc-z', [], 'r1');
    expect(p).toEqual([{ v: 1, run: 'r1', part: 0, parts: 1, doc: row('doc-z'), statements: [] }]);
  });
});

describe('decodeStatementsPart', () => {
  it('rejects what is not a part, with the reason', () => {
    expect(() => decodeStatementsPart('{"v":1,"run":"r","part":0,"parts":1,"doc":{"id":"d"},"statements":[')).toThrow(/not JSON/);
    expect(() => decodeStatementsPart('')).toThrow(/empty/);
    expect(() => decodeStatementsPart('{"v":2}')).toThrow(/format version/);
    expect(() => decodeStatementsPart('{"v":1,"run":"r","part":1,"parts":1,"doc":{"id":"d"},"statements":[]}')).toThrow(/part 1/);
    expect(() => decodeStatementsPart(JSON.stringify({ v: 1, run: 'r', part: 0, parts: 1, doc: { id: 'doc-b' }, statements: docA }))).toThrow(/another document/);
  });
});

describe('decodeArticle', () => {
  it('round-trips a document and rejects a message without id or text', () => {
    const doc = { id: 'x/1', path: 'x.jsonl', text: 'Sylvania warned Freedonia.', title: 'T', published: '2024-01-01' };
    expect(decodeArticle(encodeArticle(doc))).toEqual(doc);
    expect(() => decodeArticle('{"text":"a"}')).toThrow(/no id/);
    expect(() => decodeArticle('{"id":"a"}')).toThrow(/no text/);
    expect(() => decodeArticle('[1]')).toThrow(/not a JSON object/);
  });
});

describe('DocumentAssembler', () => {
  const at = (partition: number, offset: number) => ({ partition, offset: BigInt(offset) });

  it('hands out a document only when all parts of its run are there, and commits below it until then', () => {
    const a = new DocumentAssembler();
    const [p0, p1] = parts('doc-a', docA, 'r1', 1);
    expect(a.add(p0, at(0, 10))).toBeUndefined();
    const [b] = parts('doc-b', statements.filter((s) => s.doc === 'doc-b'), 'r9');
    expect(a.add(b, at(0, 11))?.doc.id).toBe('doc-b');
    // doc-b is complete, doc-a is not: offset 10 (doc-a's first part) is the next to read after a restart
    expect(a.committable().get(0)).toBe(10n);
    expect(a.add(p1, at(0, 12))).toBeUndefined();
    const rest = parts('doc-a', docA, 'r1', 1).slice(2);
    let done;
    rest.forEach((p, i) => {
      done = a.add(p, at(0, 13 + i));
    });
    expect(done).toMatchObject({ doc: { id: 'doc-a' }, run: 'r1', statements: docA });
    expect(a.committable().get(0)).toBe(BigInt(13 + rest.length));
    expect(a.incomplete).toBe(0);
  });

  it('drops a run cut short by a dead worker once a later run of the document is complete', () => {
    const a = new DocumentAssembler();
    const first = parts('doc-a', docA, 'dead', 1);
    a.add(first[0], at(2, 0));
    const again = parts('doc-a', docA, 'again');
    expect(a.add(again[0], at(2, 1))?.run).toBe('again');
    expect(a.incomplete).toBe(0);
    expect(a.committable().get(2)).toBe(2n);
  });

  it('takes a part read twice (after a rebalance) once', () => {
    const a = new DocumentAssembler();
    const p: StatementsPart[] = parts('doc-a', docA, 'r1', 1);
    a.add(p[0], at(1, 5));
    a.add(p[0], at(1, 5));
    const out = p.slice(1).map((x, i) => a.add(x, at(1, 6 + i))).pop();
    expect(out?.statements).toEqual(docA);
  });

  it('keeps each partition apart', () => {
    const a = new DocumentAssembler();
    const p = parts('doc-a', docA, 'r1', 1);
    a.add(p[0], at(3, 7));
    a.skip(at(1, 4));
    expect(Object.fromEntries(a.committable())).toEqual({ 1: 5n, 3: 7n });
  });
});
