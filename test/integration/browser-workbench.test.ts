/**
 * Neo4j Browser as the analyst's workbench, in a real headless Chromium (/usr/bin/chromium).
 *
 * Loads the seeds into the test Neo4j (the integration project's global setup started it), opens
 * Browser from that server's HTTP port, connects through the connect form with the test
 * credentials, applies cypher/browser-style.grass with `:style`, and runs library queries with
 * their `:param` lines plus the graph views of docs/BROWSER.md — asserting on what the page shows
 * (table cells, SVG node captions, colours). Screenshots go to test-output/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadStatements } from '../../src/neo4j';
import { extractPaths } from '../../src/pipeline';
import type { Statement } from '../../src/types';
import {
  Workbench, connect, drawnGraph, frameError, guideBlocks, openWorkbench, paramCommands, run, tableRows,
} from '../helpers/browser';
import { testNeo4j, useNeo4j } from '../helpers/neo4j';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output');
const library = (name: string) => readFileSync(join(ROOT, 'cypher', 'queries', `${name}.cypher`), 'utf8');
const guide = guideBlocks(join(ROOT, 'docs', 'BROWSER.md'));
const grass = readFileSync(join(ROOT, 'cypher', 'browser-style.grass'), 'utf8');

/** Colours from the style sheet, so the test checks that Browser applied it. */
function grassColour(selector: string): string {
  const m = new RegExp(`${selector.replace('.', '\\.')}\\s*\\{[^}]*?\\bcolor:\\s*(#[0-9A-Fa-f]{6})`).exec(grass);
  if (!m) throw new Error(`no color for ${selector} in browser-style.grass`);
  return m[1].toUpperCase();
}

jest.setTimeout(300000);

describe('Neo4j Browser workbench (headless Chromium, real Neo4j)', () => {
  const driver = useNeo4j();
  let wb: Workbench;
  let browserUrl: string;
  let boltUrl: string;

  beforeAll(async () => {
    // 1. The seeds, extracted and loaded as `stancegraph load seeds` does.
    const statements: Statement[] = [];
    for await (const { statements: s } of extractPaths([join(ROOT, 'seeds')])) statements.push(...s);
    expect(statements.length).toBeGreaterThan(0);
    await loadStatements(driver(), statements);

    // 2. Where Browser is: the server's own HTTP connector (STANCEGRAPH_TEST_BROWSER_URL overrides,
    //    e.g. for a Docker container whose port is mapped elsewhere).
    const t = testNeo4j();
    const boltPort = new URL(t.uri.replace(/^[a-z+]+:/, 'http:')).port || '7687';
    boltUrl = `bolt://localhost:${boltPort}`;
    if (process.env.STANCEGRAPH_TEST_BROWSER_URL) {
      browserUrl = process.env.STANCEGRAPH_TEST_BROWSER_URL;
    } else {
      const res = await driver().executeQuery(
        "CALL dbms.listConfig('server.http.listen_address') YIELD name, value WHERE name = 'server.http.listen_address' RETURN value",
      );
      const listen = String(res.records[0]?.get('value') ?? '');
      const httpPort = /:(\d+)$/.exec(listen)?.[1];
      if (!httpPort) throw new Error(`cannot tell the HTTP port of the test Neo4j (server.http.listen_address = "${listen}")`);
      browserUrl = `http://localhost:${httpPort}/browser/`;
    }
    mkdirSync(OUT, { recursive: true });

    // 3. Chromium, Browser, connect form, style sheet.
    wb = await openWorkbench();
    await connect(wb.page, browserUrl, boltUrl, t.username, t.password);
    // Browser first tries its default bolt address on its own; on a server with other ports (a container)
    // that refused attempt is logged before our connect. Only errors after connecting count.
    errorsBeforeConnect = wb.errors.length;
    // run() pastes the sheet and checks that the frame ran exactly that text (no editor-added braces).
    const style = await run(wb.page, `:style ${grass}`);
    expect(await style.innerText()).not.toMatch(/Could not parse grass/i);
    expect(await frameError(style)).toBeUndefined();
  });

  afterAll(async () => {
    if (wb?.blocked.length) process.stderr.write(`[browser] refused off-machine requests: ${[...new Set(wb.blocked.map((u) => new URL(u).host))].join(', ')}\n`);
    await wb?.close();
  });

  async function setParams(cypher: string, overrides: Record<string, string> = {}): Promise<void> {
    for (const cmd of paramCommands(cypher)) {
      const name = /^:param\s+(\w+)/.exec(cmd)![1];
      const frame = await run(wb.page, name in overrides ? `:param ${name} => ${overrides[name]}` : cmd);
      expect(await frameError(frame)).toBeUndefined();
    }
  }

  async function cypherFrame(cypher: string) {
    const frame = await run(wb.page, cypher);
    const error = await frameError(frame);
    if (error) throw new Error(`Browser shows an error for the query: ${error}\nconsole: ${wb.errors.join('\n')}`);
    return frame;
  }

  const pair = (a: string, b: string) => [a, b].sort().join(' ↔ ');

  /** Errors the page logged, apart from the refused off-machine requests (fonts, telemetry). */
  let errorsBeforeConnect = 0;
  const pageErrors = () => wb.errors.slice(errorsBeforeConnect).filter((e) => !/^Failed to load resource: net::ERR_FAILED/.test(e));

  test('criticism network: the library table and its graph view, styled', async () => {
    const q = library('criticism-network');
    await setParams(q);
    const table = await cypherFrame(q);
    const rows = await tableRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['critic', 'target', 'statements', 'types']));
    // A reader of the seeds expects a negative tie between the two Koreas or between Russia and the US.
    const pairs = new Set(rows.map((r) => pair(r.critic, r.target)));
    const expected = [pair('North Korea', 'South Korea'), pair('Russia', 'United States')];
    expect(expected.filter((p) => pairs.has(p))).not.toHaveLength(0);
    await table.screenshot({ path: join(OUT, 'browser-criticism-network-table.png') });

    const graphQuery = guide.get('criticism-graph');
    expect(graphQuery).toBeDefined();
    // The ties the graph view returns (same parameters as the :param lines set above).
    const tieCount = await driver().executeQuery(
      `MATCH (a:Actor)-[r:CRITICIZES]->(b:Actor) WHERE r.count >= $minCount
       WITH r ORDER BY r.count DESC LIMIT $limit RETURN count(r) AS n`,
      { minCount: neo4j.int(1), limit: neo4j.int(100) },
    );
    const ties = Number(tieCount.records[0].get("n"));
    expect(ties).toBeGreaterThan(0);
    const red = grassColour('relationship.CRITICIZES');

    // Browser's default ("Connect result nodes" on) adds every other relationship among the drawn actors.
    const before = await drawnGraph(await cypherFrame(graphQuery!));
    process.stderr.write(`[browser] criticism view, Connect result nodes on: ${before.relationships.length} relationships drawn for ${ties} criticism ties\n`);
    expect(before.relationships.length).toBeGreaterThan(ties);
    expect(before.relationships.some((r) => r.fill?.toUpperCase() !== red)).toBe(true);

    // The guide's step 1 turns it off; then the view shows the criticism ties and nothing else.
    const off = guide.get('connect-result-nodes-off');
    expect(off).toBe(':config "autoComplete": false');
    const config = await run(wb.page, off!);
    expect(await config.innerText()).toMatch(/"autoComplete":\s*false/);
    const frame = await cypherFrame(graphQuery!);
    const { nodes, relationships } = await drawnGraph(frame);
    await frame.screenshot({ path: join(OUT, 'browser-criticism-network.png') });
    process.stderr.write(`[browser] criticism view, Connect result nodes off: ${relationships.length} relationships drawn for ${ties} criticism ties\n`);
    expect(relationships).toHaveLength(ties);
    expect(relationships.every((r) => r.fill?.toUpperCase() === red)).toBe(true);
    const captions = nodes.map((n) => n.caption);
    expect(captions).toEqual(expect.arrayContaining(['North Korea', 'South Korea', 'Russia', 'United States']));
    // The style sheet is applied: countries in the Country colour, criticism lines red.
    const country = nodes.find((n) => n.caption === 'North Korea')!;
    expect(country.fill?.toUpperCase()).toBe(grassColour('node.Country'));
    const redLines = relationships.filter((r) => r.fill?.toUpperCase() === red);
    expect(redLines.length).toBeGreaterThan(0);
    // …and captioned by their count, as the sheet says.
    for (const r of redLines) expect(r.caption).toMatch(/^\d+$/);
    expect(nodes.every((n) => n.caption.length > 0)).toBe(true);
    expect(pageErrors()).toEqual([]);
  });

  test('ego network of "Seoul": statements with quotes, and its graph view', async () => {
    const q = library('ego-network');
    await setParams(q, { actor: "'Seoul'" });
    const table = await cypherFrame(q);
    const rows = await tableRows(table);
    expect(rows.length).toBeGreaterThan(0);
    // "Seoul" is resolved through the stored aliases to the country.
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['South Korea']));
    const others = new Set(rows.map((r) => r.other));
    expect(['North Korea', 'Russia'].filter((o) => others.has(o))).not.toHaveLength(0);
    expect(rows.some((r) => r.quote && r.quote !== 'null' && r.quote.length > 10)).toBe(true);
    await table.screenshot({ path: join(OUT, 'browser-ego-network-table.png') });

    const graphQuery = guide.get('ego-graph');
    expect(graphQuery).toBeDefined();
    const frame = await cypherFrame(graphQuery!);
    const { nodes, relationships } = await drawnGraph(frame);
    await frame.screenshot({ path: join(OUT, 'browser-ego-network.png') });
    const captions = nodes.map((n) => n.caption);
    expect(captions).toEqual(expect.arrayContaining(['South Korea']));
    expect(['North Korea', 'Russia'].filter((o) => captions.includes(o))).not.toHaveLength(0);
    // Statement nodes are captioned by their type, in the Statement colour.
    const statementFill = grassColour('node.Statement');
    const statements = nodes.filter((n) => n.fill?.toUpperCase() === statementFill);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.caption).toMatch(/^[A-Z_]+$/);
    // Actor → statement → actor lines carry the sheet's fixed captions.
    const relCaptions = new Set(relationships.map((r) => r.caption));
    expect(relCaptions.has('made') && relCaptions.has('about')).toBe(true);
    expect(pageErrors()).toEqual([]);
  });
});
