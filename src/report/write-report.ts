/**
 * report.html
 * ===========
 *
 * One self-contained page (no request leaves it: the viewer script, sigma.js and graphology are
 * inlined, bundled at build time by scripts/build-viewer.mjs into dist/report/viewer.js) that
 * draws the criticism and alliance networks of actors and of states from the report data.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { StanceGraph } from '../graph/types';
import type { Statement } from '../types';
import { reportData, type ReportData, type ReportDoc, type ReportOptions } from './data';

/** Where the bundled viewer is: beside this file in dist/, or dist/ of the checkout from src/. */
export function viewerBundlePath(): string {
  const candidates = [join(__dirname, 'viewer.js'), join(__dirname, '..', '..', 'dist', 'report', 'viewer.js')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`the report viewer is not built (${candidates[1]}): run npm run build`);
  return found;
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 "Liberation Sans",Arial,sans-serif;color:#222;background:#fff}
#app{display:flex;height:100%}
#graph{flex:1;position:relative;min-width:0;background:#fafafa}
#graph .hint{position:absolute;left:10px;bottom:8px;color:#777;font-size:12px;pointer-events:none}
#side{width:420px;border-left:1px solid #ddd;overflow:auto;padding:12px 14px}
h1{font-size:17px;margin:0 0 4px}
.meta{color:#555;font-size:12px;margin-bottom:10px}
fieldset{border:1px solid #ddd;border-radius:4px;margin:0 0 10px;padding:6px 8px}
legend{font-size:12px;color:#555}
label{margin-right:10px;white-space:nowrap}
input[type=range]{width:100%}
#search{width:100%;padding:4px}
.dates{display:flex;justify-content:space-between;font-size:12px;color:#333}
#legend>div{display:flex;align-items:center;gap:6px;font-size:12px;margin:2px 0}
.sw{display:inline-block;width:12px;height:12px;border-radius:50%;flex:none}
.ln{display:inline-block;width:20px;height:3px;flex:none}
#tie h2{font-size:15px;margin:6px 0}
.st{border-top:1px solid #eee;padding:6px 0}
.st .head{font-size:12px;color:#555}
.clause{margin:3px 0}
.clause mark{background:#ffe08a}
.quote{font-style:italic;color:#333;margin:2px 0}
.undated{color:#a05a00;font-weight:bold}
details{font-size:12px;color:#444}
.src{font-size:12px}
.neg{color:#c62828}.pos{color:#2e7d32}
`;

const BODY = `
<div id="app">
  <div id="graph"><div class="hint">Scroll to zoom, drag to pan; click a tie for its statements, a node for its ties.</div></div>
  <div id="side">
    <h1>stancegraph report</h1>
    <div class="meta" id="meta"></div>
    <fieldset><legend>Network</legend>
      <label><input type="radio" name="level" value="actors" checked> actors</label>
      <label><input type="radio" name="level" value="countries"> states</label><br>
      <label><input type="radio" name="sign" value="both" checked> both</label>
      <label><input type="radio" name="sign" value="-1"> criticism</label>
      <label><input type="radio" name="sign" value="1"> alliance</label>
    </fieldset>
    <fieldset><legend>Statement dates</legend>
      <input type="range" id="from" min="0" max="0" value="0" aria-label="from">
      <input type="range" id="to" min="0" max="0" value="0" aria-label="to">
      <div class="dates"><span id="fromLabel"></span><span id="toLabel"></span></div>
      <label><input type="checkbox" id="withUndated" checked> include undated statements (<span id="undatedCount"></span>)</label>
    </fieldset>
    <fieldset><legend>Search</legend>
      <input id="search" list="names" placeholder="an actor or a state">
      <datalist id="names"></datalist>
    </fieldset>
    <div id="shown" class="meta"></div>
    <div id="tie"></div>
    <fieldset class="legend"><legend>Colours</legend><div id="legend"></div></fieldset>
  </div>
</div>`;

/** The HTML page for `data`. */
export function renderReportHtml(data: ReportData, options: { title?: string; viewer?: string } = {}): string {
  const viewer = (options.viewer ?? readFileSync(viewerBundlePath(), 'utf8')).replace(/<\/script/gi, '<\\/script');
  const title = (options.title ?? 'stancegraph report').replace(/[<>&]/g, '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: everything is inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${title}</title>`,
    `<style>${CSS}</style>`,
    '</head><body>',
    BODY,
    `<script id="report-data" type="application/json">${scriptJson(data)}</script>`,
    `<script>${viewer}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/**
 * Writes `report.html` into `outDir` from the laid-out, coloured graphs and the statements
 * (read back one at a time). Document links are relative to `outDir`.
 */
export function writeReport(
  file: string,
  actors: StanceGraph,
  countries: StanceGraph,
  statements: Iterable<Statement>,
  docs: Array<{ id: string; title?: string; path?: string; published?: string }>,
  options: ReportOptions & { cwd?: string } = {},
): void {
  const data = reportData(actors, countries, statements, docs, options);
  const dir = dirname(file);
  for (const d of data.docs as Array<ReportDoc & { href?: string }>) {
    if (d.path && d.path !== '<stdin>' && !d.url) d.href = relative(dir, resolve(options.cwd ?? process.cwd(), d.path)).split('\\').join('/');
  }
  writeFileSync(`${file}.partial`, renderReportHtml(data));
  renameSync(`${file}.partial`, file);
}
