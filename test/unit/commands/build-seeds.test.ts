/**
 * End to end: `stancegraph build seeds` with the real extractor, checked against facts a reader
 * of the two seed articles expects to find in the networks and the summary.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildArgs, runBuild, type BuildResult } from '../../../src/commands/build';
import { tieKey } from '../../../src/graph/build-graph';
import type { StanceGraph } from '../../../src/graph/types';
import { REPO_ROOT, validateGexfFile } from '../export/xmllint';
import { testIO } from './io';

let result: BuildResult;
let outDir: string;
let stdout: string;

beforeAll(async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'stancegraph-seeds-'));
  outDir = join(cwd, 'out');
  const io = testIO(cwd);
  result = await runBuild(parseBuildArgs([join(REPO_ROOT, 'seeds'), '--out-dir', outDir]), io);
  stdout = io.out();
}, 120_000);

function node(graph: StanceGraph, label: string): string {
  const found = graph.findNode((_n, a) => a.label === label);
  if (!found) throw new Error(`no node labelled ${label}; nodes: ${graph.mapNodes((_n, a) => a.label).join(', ')}`);
  return found;
}

function tie(graph: StanceGraph, from: string, to: string, sign: 1 | -1): number {
  const key = tieKey(node(graph, from), node(graph, to), sign);
  return graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'weight') : 0;
}

describe('build seeds', () => {
  it('reads both articles without failure', () => {
    expect(result.exitCode).toBe(0);
    expect(result.docs).toHaveLength(2);
    expect(result.statementCount).toBeGreaterThan(20);
    expect(stdout).toMatch(/^Read 2 documents: \d+ statements/);
  });

  it('finds North Korea and South Korea criticizing each other', () => {
    const c = result.countries;
    expect(tie(c, 'North Korea', 'South Korea', -1)).toBeGreaterThan(0);
    expect(tie(c, 'South Korea', 'North Korea', -1)).toBeGreaterThan(0);
  });

  it('finds Russia criticizing the United States', () => {
    expect(tie(result.countries, 'Russia', 'United States', -1)).toBeGreaterThan(0);
  });

  it('finds a positive tie between Russia and North Korea', () => {
    const c = result.countries;
    expect(tie(c, 'Russia', 'North Korea', 1) + tie(c, 'North Korea', 'Russia', 1)).toBeGreaterThan(0);
  });

  it('puts Russia and North Korea in one bloc, apart from the United States', () => {
    const c = result.countries;
    const bloc = (label: string) => c.getNodeAttribute(node(c, label), 'bloc');
    expect(bloc('Russia')).toBe(bloc('North Korea'));
    expect(bloc('Russia')).not.toBe(bloc('United States'));
  });

  it('writes GEXF 1.3 files that validate, and a summary naming the mutual criticism', async () => {
    for (const f of ['actors.gexf', 'countries.gexf']) {
      const v = await validateGexfFile(join(outDir, f));
      expect(v.output).not.toMatch(/error|fails/i);
      expect(v.ok).toBe(true);
    }
    const summary = readFileSync(join(outDir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/\*\*(North Korea ↔ South Korea|South Korea ↔ North Korea)\*\*/);
    expect(summary).toContain('Konstantin Asmolov');
  });
});
