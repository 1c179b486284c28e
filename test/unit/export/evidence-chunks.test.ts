/**
 * The writers read the samples of evidence of each chunk of ties together, in file order
 * (StatementFile.prefetch), instead of one positioned read a sample: the files are the same bytes
 * as with samples kept in memory, across several chunks, and a prefetched sample is read from
 * memory, not from the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../../src/graph/build-graph';
import { StatementFile, prefetchSamples, releaseSamples } from '../../../src/graph/evidence-store';
import { EDGE_CHUNK, writeGexf } from '../../../src/export/gexf';
import { writeGraphml } from '../../../src/export/graphml';
import { escapeXml } from '../../../src/export/xml';
import type { Statement } from '../../../src/types';
import { st } from '../graph/make-statements';

/** Statements among `people` invented people (Novak 0 … n), most with a quote, in document order. */
function manyTies(n: number, people: number): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < n; i++) {
    const a = i % people;
    const b = (i * 7 + 3 + Math.floor(i / people)) % people;
    if (a === b) continue;
    const base = st('FRE', i % 3 ? 'CRITICIZE' : 'SUPPORT', 'SYL', {
      doc: `doc-${String(Math.floor(i / 20)).padStart(4, '0')}`, sentence: i % 20,
      ...(i % 4 ? { quote: `words number ${i} & "more"` } : {}), date: `2022-0${1 + (i % 9)}-1${i % 9}`,
    });
    out.push({
      ...base,
      actor: { id: `person:novak-${a}`, name: `Novak ${a}`, kind: 'person' },
      target: { id: `person:dupont-${b}`, name: `Dupont ${b}`, kind: 'person' },
    });
  }
  return out;
}

function onDisk(statements: Statement[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'sg-evidence-chunks-')), 'statements.jsonl');
  writeFileSync(file, `${statements.map((s) => JSON.stringify(s)).join('\n')}\n`);
  const evidence = new StatementFile(file);
  return { file, evidence, graph: buildGraph(evidence, { evidence }) };
}

describe('samples of evidence read by chunk', () => {
  it('write the same GEXF and GraphML as samples kept in memory, over several chunks', () => {
    const statements = manyTies(EDGE_CHUNK + 600, 400);
    const memory = buildGraph(statements);
    const { graph, evidence } = onDisk(statements);
    expect(graph.size).toBeGreaterThan(EDGE_CHUNK);
    expect(writeGexf(graph)).toBe(writeGexf(memory));
    expect(writeGraphml(graph)).toBe(writeGraphml(memory));
    evidence.close();
  });

  it('reads prefetched samples from memory until released', () => {
    const { file, evidence, graph } = onDisk(manyTies(300, 40));
    const samples = graph.mapEdges((_e, a) => a.samples).flat();
    const expected = samples.map((s) => s.excerpt);
    prefetchSamples(samples);
    evidence.close();
    writeFileSync(file, 'not the statements any more\n'.repeat(10_000)); // the file changes under the build
    expect(samples.map((s) => s.excerpt)).toEqual(expected);
    releaseSamples(samples);
    expect(() => samples[0]!.excerpt).toThrow(/changed during the build/);
  });
});

describe('escapeXml', () => {
  it('returns plain values as they are and escapes the rest as before', () => {
    expect(escapeXml('person:novak-3')).toBe('person:novak-3');
    expect(escapeXml('a & b < c > "d" \'e\'\n\tf\r\u0001')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;&#10;&#9;f&#13;');
  });
});
