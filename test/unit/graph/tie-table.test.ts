/**
 * The tie table and the samples kept on disk give what plain per-tie objects gave: exact counts,
 * sorted distinct dates, the first documents, and samples that read back field for field as the
 * objects buildGraph keeps in memory (also with multi-byte text, a last line without a newline,
 * and after the file was renamed).
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, tieKey } from '../../../src/graph/build-graph';
import { StatementFile } from '../../../src/graph/evidence-store';
import { seededRng } from '../../../src/graph/rng';
import { TieTable } from '../../../src/graph/tie-table';
import type { TieSample } from '../../../src/graph/types';
import type { Statement, StatementType } from '../../../src/types';
import { st } from './make-statements';

const plain = (s: TieSample) => ({
  doc: s.doc, sentence: s.sentence, excerpt: s.excerpt, quoted: s.quoted, type: s.type,
  date: s.date, statement: s.statement, span: s.span, actor: s.actor, target: s.target,
});

function randomStatements(n: number, seed: number): Statement[] {
  const rng = seededRng(seed);
  const actors = ['FRE', 'SYL', 'RUR', 'LAT', 'firefly', 'trentino'];
  const types: StatementType[] = ['CRITICIZE', 'WARN', 'SUPPORT', 'MEET', 'ACCUSE', 'COMMENT'];
  const out: Statement[] = [];
  for (let i = 0; i < n; i++) {
    const a = actors[Math.floor(rng() * actors.length)]!;
    let b = actors[Math.floor(rng() * actors.length)]!;
    if (b === a) b = a === 'FRE' ? 'SYL' : 'FRE';
    const doc = `doc-${String(Math.floor(i / 7)).padStart(3, '0')}`; // documents in order, 7 statements each
    const r = rng();
    out.push(st(a, types[Math.floor(rng() * types.length)]!, b, {
      doc, sentence: i % 7,
      ...(r < 0.8 ? { date: `2021-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}` } : {}),
      ...(rng() < 0.4 ? { quote: `Kaja O'Brien-Åström said “ünïcödé” words number ${i}` } : {}),
      text: `Erik Lund — ruritanian “minister” — spoke to Novak (№ ${i}) about the plan.`,
      confidence: Math.round(rng() * 10) / 10,
    }));
  }
  return out;
}

describe('TieTable', () => {
  it('counts weights, types, undated, documents and keeps sorted distinct dates and the first documents', () => {
    const statements = randomStatements(600, 7).filter((s) => s.polarity !== 0);
    const g = buildGraph(statements, { maxDocs: 3 });
    const expected = new Map<string, { weight: number; types: Record<string, number>; dates: Set<string>; undated: number; docs: Set<string> }>();
    for (const s of statements) {
      const key = tieKey(s.actor.id, s.target.id, s.polarity > 0 ? 1 : -1);
      const e = expected.get(key) ?? { weight: 0, types: {}, dates: new Set(), undated: 0, docs: new Set() };
      e.weight++;
      e.types[s.type] = (e.types[s.type] ?? 0) + 1;
      if (s.date) e.dates.add(s.date); else e.undated++;
      e.docs.add(s.doc);
      expected.set(key, e);
    }
    expect(g.size).toBe(expected.size);
    for (const [key, e] of expected) {
      const tie = g.getEdgeAttributes(key);
      expect(tie.weight).toBe(e.weight);
      expect(tie.types).toEqual(e.types);
      expect(tie.undated).toBe(e.undated);
      const dates = [...e.dates].sort();
      expect(tie.dates).toEqual(dates);
      expect(tie.firstDate).toBe(dates[0]);
      expect(tie.lastDate).toBe(dates[dates.length - 1]);
      expect(tie.docs).toEqual([...e.docs].sort().slice(0, 3));
      expect(tie.docCount).toBe(e.docs.size);
    }
  });

  it('grows past its first capacity without losing ties', () => {
    const t = new TieTable(5, 2);
    for (let i = 0; i < 9; i++) t.count(t.add(i % 2 ? 1 : -1), 'WARN', `2020-01-0${i + 1}`, `d${i}`);
    expect(t.size).toBe(9);
    expect(t.view(8).sign).toBe(-1);
    expect(t.view(7).sign).toBe(1);
    expect(t.view(8).dates).toEqual(['2020-01-09']);
    expect(t.view(3).types).toEqual({ WARN: 1 });
    expect(t.view(0).docs).toEqual(['d0']);
  });

  it('rejects an unknown statement type with a clear error', () => {
    const t = new TieTable(5);
    expect(() => t.count(t.add(1), 'HUG' as StatementType, undefined, 'd')).toThrow('unknown statement type HUG');
  });
});

describe('samples kept on disk (StatementFile)', () => {
  it('read back exactly as the samples kept in memory, also after the file is renamed', () => {
    const statements = randomStatements(400, 11);
    const dir = mkdtempSync(join(tmpdir(), 'sg-tie-table-'));
    const file = join(dir, 'statements.jsonl.partial');
    // no newline after the last line
    writeFileSync(file, statements.map((s) => JSON.stringify(s)).join('\n'));
    const inMemory = buildGraph(statements);
    const evidence = new StatementFile(file);
    const onDisk = buildGraph(evidence, { evidence });
    expect(onDisk.size).toBe(inMemory.size);
    renameSync(file, join(dir, 'statements.jsonl'));
    evidence.moved(join(dir, 'statements.jsonl'));
    let samples = 0;
    inMemory.forEachEdge((key, tie) => {
      const stored = onDisk.getEdgeAttributes(key).samples;
      expect(stored.map(plain)).toEqual(tie.samples.map(plain));
      samples += stored.length;
    });
    expect(samples).toBeGreaterThan(inMemory.size);
    evidence.close();
  });

  it('yields every statement of the file, across its 1 MB reads', () => {
    const big = randomStatements(3000, 3).map((s) => ({ ...s, text: `${s.text} ${'ß'.repeat(400)}` }));
    const dir = mkdtempSync(join(tmpdir(), 'sg-tie-table-'));
    const file = join(dir, 'statements.jsonl');
    writeFileSync(file, `${big.map((s) => JSON.stringify(s)).join('\n')}\n`);
    const read = [...new StatementFile(file)];
    expect(read.length).toBe(big.length);
    expect(read[2999]!.id).toBe(big[2999]!.id);
    const evidence = new StatementFile(file);
    const g = buildGraph(evidence, { evidence });
    const ref = buildGraph(big);
    ref.forEachEdge((key, tie) => {
      expect(g.getEdgeAttributes(key).samples.map(plain)).toEqual(tie.samples.map(plain));
    });
    evidence.close();
  });
});
