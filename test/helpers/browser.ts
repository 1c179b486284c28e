/**
 * Driving Neo4j Browser in a real headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core; no browser is ever downloaded). Used by test/integration/browser-*.test.ts.
 *
 * Browser is used the way an analyst uses it: fill the connect form, paste commands into the
 * editor, press Run, read the newest result frame. Stable hooks are Browser 5's data-testid
 * attributes (boltaddress, username, password, connect, activeEditor, editor-Run, frame,
 * frameCommand, frame-loaded-contents, cypherFrameErrorMessage) and the SVG of the graph view:
 * `g.node` holds a `circle.b-outline` (fill = node colour) and one `text.caption` per caption line;
 * `g.relationship` holds a `path.b-outline` (fill = colour) and its caption `text`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const CHROMIUM = process.env.STANCEGRAPH_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  page: Page;
  /** Requests to hosts other than localhost, which were refused (Browser must work offline). */
  blocked: string[];
  /** Console errors and page errors seen so far (for failure messages). */
  errors: string[];
  close(): Promise<void>;
}

/** The page's document, inside `waitForFunction` callbacks (this project compiles without the DOM lib). */
interface PageNode {
  textContent: string | null;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): Iterable<PageNode>;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}
declare const document: PageNode;

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Starts Chromium with a fresh profile; every request leaving the machine is refused and recorded. */
export async function openWorkbench(): Promise<Workbench> {
  const profile = mkdtempSync(join(tmpdir(), 'stancegraph-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`cannot start ${CHROMIUM} (install Debian's chromium: apt-get install chromium): ${(err as Error).message}`);
  }
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 300));
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message.slice(0, 300)}`));
  page.on('crash', () => errors.push('page crashed'));
  return {
    page,
    blocked,
    errors,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens Browser and connects through its connect form; resolves once the `:server connect` frame
 * says "You are connected as user …" and no "disconnected" banner is shown. (The banner alone is
 * not enough: it disappears while the connection is still pending, and a query run then fails with
 * "No connection found".)
 */
export async function connect(page: Page, browserUrl: string, boltUrl: string, username: string, password: string): Promise<void> {
  await page.goto(browserUrl, { waitUntil: 'domcontentloaded' });
  const address = page.getByTestId('boltaddress');
  await address.waitFor({ timeout: 60000 });
  await address.fill(boltUrl);
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('connect').click();
  await page.waitForFunction(
    (user) =>
      !document.querySelector('[data-testid=disconnectedBanner]') &&
      [...document.querySelectorAll('[data-testid=frame]')].some((f) =>
        (f.textContent ?? '').replace(/\s+/g, ' ').includes(`You are connected as user ${user}`)),
    username,
    { timeout: 60000 },
  );
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Puts `text` into the focused editor the way an analyst pastes it (a `paste` event carrying the
 * text). Typing it instead (keyboard.insertText) goes through the editor's auto-closing and
 * auto-indenting: every `{` at the end of a line gains a `}`, so a pasted GRASS sheet would end in
 * stray braces — which Browser 5.24 parses into a rule with an empty selector and then crashes on
 * when it draws a graph ("Cannot read properties of undefined (reading 'replace')").
 */
async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const g = globalThis as unknown as {
      document: { activeElement: { dispatchEvent(e: unknown): boolean } | null };
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
    };
    const target = g.document.activeElement;
    if (!target) throw new Error('no focused element to paste into');
    const data = new g.DataTransfer();
    data.setData('text/plain', t);
    target.dispatchEvent(new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

let runs = 0;

/**
 * Pastes `command` into the editor, runs it, and returns the frame it produced, once its result is
 * there: a graph, a table, a message, or an error. The frame is the one that was not on the page
 * before the run (frames present before are marked), so an older frame of an identical command —
 * e.g. the same `:param` line run by an earlier test — is never picked up. The command shown in the
 * frame must be the command pasted (whitespace aside), so an editor that alters the text fails here.
 */
export async function run(page: Page, command: string, timeout = 60000): Promise<Locator> {
  const token = `run-${process.pid}-${++runs}`;
  await page.evaluate(() => {
    for (const f of document.querySelectorAll('[data-testid=frame]')) f.setAttribute('data-stancegraph-seen', '');
  });
  const editor = page.getByTestId('activeEditor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await pasteIntoEditor(page, command);
  await page.getByTestId('editor-Run').click();
  const head = norm(command).slice(0, 40);
  let shown: string;
  try {
    const handle = await page.waitForFunction(
      ([h, t]) => {
        // Frames are listed newest first; Browser may add its own (`:play start`) above ours.
        // (No helper functions in here: the page gets this function's source only.)
        for (const frame of document.querySelectorAll('[data-testid=frame]')) {
          if (frame.hasAttribute('data-stancegraph-seen')) continue;
          const shownCommand = (frame.querySelector('[data-testid=frameCommand]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (!shownCommand.startsWith(h)) continue;
          if (!h.startsWith(':') && !frame.querySelector('[data-testid=frame-loaded-contents], [data-testid=cypherFrameErrorMessage]')) return false;
          frame.setAttribute('data-stancegraph-run', t);
          return shownCommand;
        }
        return false;
      },
      [head, token] as const,
      { timeout },
    );
    shown = (await handle.jsonValue()) as string;
  } catch (err) {
    const shot = join(process.cwd(), 'test-output', `browser-timeout-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    const labels = await page
      .locator('[data-testid=frame] [data-testid=frameCommand]')
      .allTextContents()
      .catch(() => [] as string[]);
    throw new Error(`Browser showed no result for "${head}…" within ${timeout} ms (${(err as Error).message.split('\n')[0]}); ` +
      `newest frames: ${JSON.stringify(labels.slice(0, 4).map((l) => norm(l).slice(0, 60)))}; screenshot ${shot}`);
  }
  const pasted = norm(command);
  if (shown !== pasted) {
    let at = 0;
    while (at < pasted.length && pasted[at] === shown[at]) at++;
    const from = Math.max(0, at - 60);
    throw new Error(`Browser ran a different command than the one pasted (they differ at character ${at}):\n` +
      `  pasted: …${pasted.slice(from, at + 120)}\n  ran:    …${shown.slice(from, at + 120)}`);
  }
  return page.locator(`[data-testid=frame][data-stancegraph-run="${token}"]`);
}

/** The error a Cypher frame shows, if any. */
export async function frameError(frame: Locator): Promise<string | undefined> {
  const err = frame.getByTestId('cypherFrameErrorMessage');
  return (await err.count()) ? norm(await frame.innerText()).slice(0, 600) : undefined;
}

/** Rows of the table view of a frame, cells as shown (strings keep Browser's quotes stripped). */
export async function tableRows(frame: Locator): Promise<Array<Record<string, string>>> {
  await frame.locator('table').first().waitFor({ timeout: 30000 });
  return frame.locator('table').first().evaluate((table) => {
    const head = [...table.querySelectorAll('th')].map((th) => (th.textContent ?? '').trim());
    return [...table.querySelectorAll('tr')]
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim().replace(/^"(.*)"$/s, '$1')))
      .filter((cells) => cells.length)
      .map((cells) => {
        // The first column is the row number Browser adds when it has no header.
        const offset = cells.length - head.filter((h) => h).length;
        const row: Record<string, string> = {};
        head.filter((h) => h).forEach((h, i) => {
          row[h] = cells[i + offset];
        });
        return row;
      });
  });
}

export interface DrawnNode {
  caption: string;
  fill: string | null;
}

export interface DrawnRelationship {
  caption: string;
  fill: string | null;
}

/** The graph view of a frame as drawn in SVG: node captions (lines joined) and colours. */
export async function drawnGraph(frame: Locator): Promise<{ nodes: DrawnNode[]; relationships: DrawnRelationship[] }> {
  await frame.locator('svg g.node').first().waitFor({ timeout: 30000 });
  // Let the force layout settle a little so screenshots are readable.
  await frame.page().waitForTimeout(2500);
  return frame.evaluate((f) => ({
    nodes: [...f.querySelectorAll('svg g.node')].map((g) => ({
      caption: [...g.querySelectorAll('text.caption')].map((t) => (t.textContent ?? '').trim()).join(' ').trim(),
      fill: g.querySelector('circle.b-outline')?.getAttribute('fill') ?? null,
    })),
    relationships: [...f.querySelectorAll('svg g.relationship')].map((g) => ({
      caption: (g.querySelector('text')?.textContent ?? '').trim(),
      fill: g.querySelector('path.b-outline')?.getAttribute('fill') ?? null,
    })),
  }));
}

/** `:param name => value` commands of a library file (its `// :param` comment lines). */
export function paramCommands(cypherText: string): string[] {
  return cypherText
    .split('\n')
    .map((l) => /^\s*\/\/\s*(:param\s.*)$/.exec(l)?.[1].trim())
    .filter((l): l is string => !!l);
}

/**
 * The fenced blocks of docs/BROWSER.md, by the name in the `<!-- browser: NAME -->` comment
 * just above each fence. The guide is what the test runs, so it cannot drift from what works.
 */
export function guideBlocks(markdownFile: string): Map<string, string> {
  const text = readFileSync(markdownFile, 'utf8');
  const blocks = new Map<string, string>();
  const re = /<!--\s*browser:\s*([\w-]+)\s*-->\s*\n```[^\n]*\n([\s\S]*?)\n```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) blocks.set(m[1], m[2]);
  return blocks;
}
