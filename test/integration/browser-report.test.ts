/**
 * report.html in a real headless Chromium (Debian's /usr/bin/chromium through playwright-core),
 * opened from disk the way an analyst opens it: written by `stancegraph build seeds`, loaded as a
 * file:// URL, every request other than the file itself refused and recorded.
 *
 * Checks what the page draws (sigma's display data: nodes and edges not hidden, against the
 * networks in the GEXF files; pixels of the edge colours in a screenshot), that a click on a tie
 * lists its statements with the clause, the sentence and a link to the document, that the time
 * window and the state view change what is drawn, and that no request left the page.
 * Screenshots: test-output/report-actors.png, report-states.png, report-tie.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseBuildArgs, runBuild } from '../../src/commands/build';
import { testIO } from '../unit/commands/io';
import { CHROMIUM } from '../helpers/browser';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-output');
const REPORT_DIR = join(OUT, 'report-seeds');

jest.setTimeout(240000);

/** Inside page.evaluate (this project compiles without the DOM lib). */
declare const window: {
  stancegraphReport: {
    state: { level: string };
    renderer: {
      getGraph(): {
        nodes(): string[]; edges(): string[]; extremities(e: string): [string, string];
        getNodeAttributes(n: string): { x: number; y: number; size: number };
        getEdgeAttribute(e: string, name: string): unknown;
      };
      getNodeDisplayData(n: string): { hidden?: boolean; x: number; y: number; size: number } | undefined;
      getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
    };
  };
};
declare const document: {
  querySelector(s: string): { textContent: string | null; getAttribute(n: string): string | null } | null;
  querySelectorAll(s: string): ArrayLike<unknown>;
  createElement(t: string): any; // eslint-disable-line @typescript-eslint/no-explicit-any
};
declare const Image: new () => any; // eslint-disable-line @typescript-eslint/no-explicit-any

function countGexf(xml: string): { nodes: number; edges: number } {
  return { nodes: (xml.match(/<node /g) ?? []).length, edges: (xml.match(/<edge /g) ?? []).length };
}

/** Nodes and edges sigma draws (not hidden by the report's filters). */
async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const r = window.stancegraphReport.renderer;
    const g = r.getGraph();
    return {
      nodes: g.nodes().filter((n) => { const d = r.getNodeDisplayData(n); return d && !d.hidden; }).length,
      edges: g.edges().filter((e) => { const d = r.getEdgeDisplayData(e); return d && !d.hidden; }).length,
    };
  });
}

/** Pixels of a screenshot close to a colour (decoded by the page itself: no PNG library needed). */
async function colourPixels(page: Page, png: Buffer, colours: string[]): Promise<number[]> {
  return page.evaluate(async ([b64, cols]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const rgb = (cols as string[]).map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const counts = rgb.map(() => 0);
    for (let i = 0; i < px.length; i += 4) {
      rgb.forEach(([r, g, b], k) => {
        if (Math.abs(px[i] - r!) + Math.abs(px[i + 1] - g!) + Math.abs(px[i + 2] - b!) < 40) counts[k]++;
      });
    }
    return counts;
  }, [png.toString('base64'), colours] as const);
}

describe('report.html (headless Chromium, opened from disk)', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const errors: string[] = [];
  let actorsGexf: { nodes: number; edges: number };
  let countriesGexf: { nodes: number; edges: number };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const result = await runBuild(parseBuildArgs([join(ROOT, 'seeds'), '--out-dir', REPORT_DIR, '-q']), testIO(ROOT));
    expect(result.exitCode).toBe(0);
    actorsGexf = countGexf(readFileSync(join(REPORT_DIR, 'actors.gexf'), 'utf8'));
    countriesGexf = countGexf(readFileSync(join(REPORT_DIR, 'countries.gexf'), 'utf8'));
    url = pathToFileURL(join(REPORT_DIR, 'report.html')).href;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    } catch (err) {
      throw new Error(`cannot start ${CHROMIUM} (install Debian's chromium: apt-get install chromium): ${(err as Error).message}`);
    }
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().slice(0, 300)); });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message.slice(0, 300)}`));
    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.stancegraphReport?.renderer), null, { timeout: 60000 });
    await page.waitForTimeout(500);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every node and tie of the actor network, edges in red and green', async () => {
    expect(actorsGexf.nodes).toBeGreaterThan(20);
    expect(await drawn(page)).toEqual(actorsGexf);
    const shot = await page.screenshot({ path: join(OUT, 'report-actors.png') });
    const [red, green] = await colourPixels(page, shot, ['#d62728', '#2ca02c']);
    expect(red).toBeGreaterThan(500);
    expect(green).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('lists a tie’s statements with the clause, the sentence and a link to the document when the tie is clicked', async () => {
    // An edge whose midpoint is clear of every node and of every other edge (the whole segment, not
    // only its midpoint: a crossing edge under the click would take it), clicked with the mouse.
    const target = await page.evaluate(() => {
      const r = window.stancegraphReport.renderer;
      const g = r.getGraph();
      const at = (n: string) => { const d = r.getNodeDisplayData(n)!; return { ...r.framedGraphToViewport(d), s: r.scaleSize(d.size) }; };
      const nodes = g.nodes().map(at);
      const mids = g.edges().map((e) => { const [s, t] = g.extremities(e); const a = at(s); const b = at(t); return { e, a, b, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, len: Math.hypot(a.x - b.x, a.y - b.y) }; });
      const toSegment = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
        const dx = b.x - a.x; const dy = b.y - a.y; const l2 = dx * dx + dy * dy;
        const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const clear = mids.filter((m) => nodes.every((n) => Math.hypot(n.x - m.x, n.y - m.y) > n.s + 12) &&
        mids.every((o) => o === m || toSegment(m, o.a, o.b) > 10));
      clear.sort((a, b) => b.len - a.len);
      return clear[0] ? { e: clear[0].e, x: clear[0].x, y: clear[0].y } : null;
    });
    expect(target).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await page.waitForSelector('#tie h2[data-tie]', { timeout: 5000 });
    expect(await page.getAttribute('#tie h2', 'data-tie')).toBe(target!.e);
    const first = page.locator('#tie .st').first();
    expect((await first.locator('.clause').innerText()).trim().length).toBeGreaterThan(5);
    expect(await first.locator('.src').first().innerText()).toMatch(/sentence \d+ \(0-based\), characters \d+–\d+/);
    const href = await first.locator('.src a').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/\.\.\/seeds\/.+\.txt#:~:text=/);
    expect(await first.locator('.head').innerText()).toMatch(/\d{4}-\d{2}-\d{2}|undated/);
    await page.screenshot({ path: join(OUT, 'report-tie.png') });
  });

  it('hides undated statements and narrows the time window on request', async () => {
    const all = await drawn(page);
    await page.uncheck('#withUndated');
    const dated = await drawn(page);
    expect(dated.edges).toBeLessThan(all.edges);
    await page.fill('#to', '0');
    await page.dispatchEvent('#to', 'input');
    const first = await drawn(page);
    expect(first.edges).toBeLessThanOrEqual(dated.edges);
    expect(first.edges).toBeGreaterThan(0);
    await page.check('#withUndated');
    await page.fill('#to', '1000');
    await page.dispatchEvent('#to', 'input');
    expect(await drawn(page)).toEqual(all);
  });

  it('draws the state network, and the criticism network alone', async () => {
    await page.check('input[name=level][value=countries]');
    await page.waitForFunction(() => window.stancegraphReport.state.level === 'countries');
    expect(await drawn(page)).toEqual(countriesGexf);
    await page.screenshot({ path: join(OUT, 'report-states.png') });
    await page.check('input[name=sign][value="-1"]');
    const neg = await drawn(page);
    const negEdges = (readFileSync(join(REPORT_DIR, 'countries.gexf'), 'utf8').match(/kind="negative"/g) ?? []).length;
    expect(neg.edges).toBe(negEdges);
    await page.check('input[name=sign][value=both]');
    await page.check('input[name=level][value=actors]');
  });

  it('finds an actor by name', async () => {
    await page.fill('#search', 'north kor');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#tie h2');
    expect(await page.locator('#tie h2').innerText()).toBe('North Korea');
  });

  it('made no network request: only the file itself was loaded', () => {
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
