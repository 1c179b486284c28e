// Benchmark of report.html on a large synthetic graph (not a test): N invented actors in 200
// invented states, ~3 statements per actor → graph stage (as `stancegraph build`) → report.html,
// then opened from disk in headless Chromium (Debian's chromium, playwright-core) to time:
//   - load: navigation until sigma has drawn (window.stancegraphReport.renderer set);
//   - a filter change (criticism only) and back: reducers re-run, one refresh;
//   - a camera zoom animation: frames per second while it runs;
//   - a click on a tie until its statements are listed.
// Usage: npm run build && node bench/report.mjs [actors=10000] [statementsPerActor=3]
//        REPORT_HTML=path/report.html node bench/report.mjs   (browser part only, on a report written before)
import { mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const [actorsN = 10000, perActor = 3] = process.argv.slice(2).map(Number);
const dist = resolve('dist');
const { buildGraph, projectCountries, analyse, seededRng } = require(`${dist}/graph/index.js`);
const { dropUnsignedActors } = require(`${dist}/graph/signed-only.js`);
const { assignBlocColors } = require(`${dist}/export/colors.js`);
const { writeReport } = require(`${dist}/report/write-report.js`);
const { chromium } = require('playwright-core');

let file;
let t0;
const reuse = process.env.REPORT_HTML;
if (reuse) {
  // Measure the browser part again on a report written before, with the viewer of this checkout.
  const { readFileSync, writeFileSync } = await import('node:fs');
  const html = readFileSync(reuse, 'utf8');
  const at = html.lastIndexOf('<script>');
  const viewer = readFileSync(`${dist}/report/viewer.js`, 'utf8').replace(/<\/script/gi, '<\\/script');
  file = join(mkdtempSync(join(tmpdir(), 'stancegraph-bench-report-')), 'report.html');
  writeFileSync(file, `${html.slice(0, at)}<script>${viewer}</script>\n</body></html>\n`);
} else {
  const rng = seededRng(42);
  const TYPES = ['CRITICIZE', 'WARN', 'SUPPORT', 'MEET', 'ACCUSE', 'COMMENT', 'DEMAND'];
  const POL = { CRITICIZE: -1, WARN: -1, SUPPORT: 1, MEET: 1, ACCUSE: -1, COMMENT: 0, DEMAND: -1 };
  const actors = Array.from({ length: actorsN }, (_, i) => ({ id: `person:p${i}`, name: `Person ${i}`, kind: 'person', country: `State ${i % 200}` }));
  const pick = () => actors[Math.floor(rng() ** 1.5 * actors.length)];
  const statements = [];
  for (let i = 0; i < actorsN * perActor; i++) {
    const type = TYPES[i % TYPES.length];
    const a = actors[i % actorsN];
    let t = pick();
    if (a === t) t = actors[(i + 1) % actorsN];
    const text = `${a.name} made an invented statement of type ${type.toLowerCase()} about ${t.name} in sentence ${i}.`;
    statements.push({
      id: `s${i}`, doc: `d${i % 2000}`, sentence: i, text, actor: a, target: t, type, polarity: POL[type], confidence: 0.8, cue: 'made',
      ...(i % 3 ? { date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`, dateSource: 'text' } : { dateSource: 'none' }),
      source: { path: `d${i % 2000}.txt` },
      evidence: { sentenceSpan: { start: 0, end: text.length }, cue: { start: a.name.length + 1, end: a.name.length + 5 }, rules: [], lexicon: [] },
    });
  }
  t0 = Date.now();
  const g = buildGraph(statements);
  dropUnsignedActors(g);
  const c = projectCountries(g);
  analyse(g, { seed: 1 });
  analyse(c, { seed: 1 });
  assignBlocColors(g, c);
  const graphMs = Date.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-bench-report-'));
  file = join(dir, 'report.html');
  t0 = Date.now();
  writeReport(file, g, c, statements, []);
  const writeMs = Date.now() - t0;
  console.log(`graph: ${g.order} actor nodes, ${g.size} ties; ${c.order} states, ${c.size} ties; graph stage ${graphMs} ms; report written in ${writeMs} ms, ${(statSync(file).size / 1e6).toFixed(1)} MB`);

}
const browser = await chromium.launch({ executablePath: process.env.STANCEGRAPH_CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
t0 = Date.now();
await page.goto(pathToFileURL(file).href);
await page.waitForFunction(() => Boolean(window.stancegraphReport?.renderer), null, { timeout: 120000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const loadMs = Date.now() - t0;
const filter = await page.evaluate(async () => {
  const R = window.stancegraphReport;
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const times = [];
  for (const sign of ['-1', 'both', '1', 'both']) {
    const t = performance.now();
    R.state.sign = sign;
    R.refresh();
    await frame();
    times.push(performance.now() - t);
  }
  return times;
});
const fps = await page.evaluate(async () => {
  const cam = window.stancegraphReport.renderer.getCamera();
  let frames = 0;
  let worst = 0;
  let last = performance.now();
  let run = true;
  const tick = () => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; frames++; if (run) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const t = performance.now();
  await cam.animate({ ratio: 0.2 }, { duration: 1000 });
  await cam.animate({ ratio: 1 }, { duration: 1000 });
  run = false;
  return { fps: frames / ((performance.now() - t) / 1000), worstFrameMs: worst };
});
const click = await page.evaluate(async () => {
  const R = window.stancegraphReport;
  const e = R.renderer.getGraph().edges()[0];
  const t = performance.now();
  R.showTie(e);
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t;
});
const shot = join(dirname(file), 'report-large.png');
await page.screenshot({ path: shot });
console.log(`load (navigation → drawn): ${loadMs} ms; filter change + redraw: ${filter.map((x) => x.toFixed(0)).join(', ')} ms; ` +
  `zoom animation: ${fps.fps.toFixed(1)} frames/s (worst frame ${fps.worstFrameMs.toFixed(0)} ms); tie click → statements listed: ${click.toFixed(0)} ms; screenshot ${shot}`);
await browser.close();
