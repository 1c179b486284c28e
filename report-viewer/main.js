/**
 * The report viewer (runs in the browser; bundled with sigma.js and graphology into
 * dist/report/viewer.js by scripts/build-viewer.mjs, then inlined into report.html).
 *
 * Reads the JSON in <script id="report-data">, builds one graphology graph per level (actors,
 * states) with the positions, sizes and bloc colours of the GEXF files, and draws it with sigma.
 * Filters (sign, date window, undated) only hide elements (reducers), so switching is cheap even
 * with 10,000 nodes. window.stancegraphReport exposes the state for tests and benchmarks.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const NEG = '#d62728';
const POS = '#2ca02c';
const data = JSON.parse(document.getElementById('report-data').textContent);
const $ = (id) => document.getElementById(id);
const esc = (t) => String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// All statement dates, for the slider (one step per distinct date).
const allDates = [...new Set([...data.actors.edges, ...data.countries.edges].flatMap((e) => e.dates))].sort();

function makeGraph(net) {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const n of net.nodes) {
    g.addNode(n.key, { label: n.label, x: n.x, y: n.y, size: n.size, color: n.color, kind: n.kind, country: n.country, bloc: n.bloc, blocSize: n.blocSize });
  }
  // The largest nodes always carry their label (30 at most), so a large graph opens with names on it.
  const top = [...net.nodes].sort((a, b) => b.size - a.size).slice(0, 30);
  for (const n of top) g.setNodeAttribute(n.key, 'forceLabel', true);
  let maxW = 1;
  for (const e of net.edges) maxW = Math.max(maxW, e.weight);
  // Many ties: translucent, so the bloc colours of the nodes still show through.
  const big = net.edges.length > 5000;
  const neg = big ? 'rgba(214,39,40,0.25)' : NEG;
  const pos = big ? 'rgba(44,160,44,0.3)' : POS;
  for (const e of net.edges) {
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      sign: e.sign, weight: e.weight, dates: e.dates, undated: e.undated, statements: e.statements,
      size: 1 + 4 * Math.sqrt(e.weight / maxW), color: e.sign < 0 ? neg : pos, type: 'arrow',
    });
  }
  return g;
}

const graphs = { actors: makeGraph(data.actors), countries: makeGraph(data.countries) };
const state = { level: 'actors', sign: 'both', from: 0, to: Math.max(0, allDates.length - 1), undated: true, selected: null, found: null };
let visibleNodes = new Set();
let visibleEdges = new Set();

function edgeVisible(g, e) {
  const a = g.getEdgeAttributes(e);
  if (state.sign !== 'both' && String(a.sign) !== state.sign) return false;
  if (state.undated && a.undated > 0) return true;
  if (!allDates.length) return state.undated;
  const lo = allDates[state.from];
  const hi = allDates[state.to];
  // dates are sorted: any date inside [lo, hi]?
  for (const d of a.dates) if (d >= lo && d <= hi) return true;
  return false;
}

function computeVisible() {
  const g = graphs[state.level];
  visibleEdges = new Set();
  visibleNodes = new Set();
  g.forEachEdge((e, _a, s, t) => {
    if (edgeVisible(g, e)) {
      visibleEdges.add(e);
      visibleNodes.add(s);
      visibleNodes.add(t);
    }
  });
  const what = state.level === 'actors' ? 'actors' : 'states';
  const all = data[state.level].total;
  // A large network is drawn in part (src/report/data.ts): say what was cut; every statement is still counted.
  const cut = all && (all.nodes > g.order || all.edges > g.size)
    ? ` Drawn: the ${g.order} of ${all.nodes} ${what} with the most signed ties, ${g.size} of ${all.edges} ties (the heaviest among them); ties' weights and dates count every statement.`
    : '';
  $('shown').textContent = `Shown: ${visibleNodes.size} of ${g.order} ${what}, ${visibleEdges.size} of ${g.size} ties.${cut}`;
}

const container = $('graph');
let renderer = null;

function neighbours(g, node) {
  return node && g.hasNode(node) ? new Set(g.neighbors(node)) : new Set();
}

function mount() {
  if (renderer) renderer.kill();
  const g = graphs[state.level];
  computeVisible();
  let focus = null;
  renderer = new Sigma(g, container, {
    // Edge picking draws every edge a second time (off screen); above 5,000 ties a tie is reached
    // through its node instead (click a node: its ties are listed, each opens its statements).
    enableEdgeEvents: g.size <= 5000,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    // Small graphs: every label; large ones: labels of the larger nodes (sigma hides colliding labels).
    labelRenderedSizeThreshold: g.order <= 150 ? 0 : 8,
    labelDensity: g.order <= 150 ? 1 : 0.07,
    labelGridCellSize: g.order <= 150 ? 20 : 100,
    labelFont: '"Liberation Sans", Arial, sans-serif',
    labelSize: 13,
    zIndex: true,
    minEdgeThickness: 1,
    // Large graphs: sizes in graph units, as in the GEXF files, so the drawing keeps the layout's
    // spacing (no overlap) at any zoom. Small graphs: sizes in pixels (sigma's default), readable at once.
    ...(g.order > 150 ? { itemSizesReference: 'positions', zoomToSizeRatioFunction: (ratio) => ratio } : {}),
    stagePadding: 60,
    // Large graphs: draw no edges and labels while the camera moves, so panning and zooming stay fluid.
    hideEdgesOnMove: g.size > 5000,
    hideLabelsOnMove: g.order > 2000,
    nodeReducer: (node, attrs) => {
      if (!visibleNodes.has(node)) return { ...attrs, hidden: true };
      if (!state.found && !state.selectedNode) return attrs;
      const out = { ...attrs };
      if (state.found === node || state.selectedNode === node) { out.highlighted = true; out.forceLabel = true; out.zIndex = 2; }
      if (state.selectedNode && (!focus || focus.of !== state.selectedNode)) { focus = neighbours(g, state.selectedNode); focus.of = state.selectedNode; }
      if (!state.selectedNode) focus = null;
      if (focus && node !== state.selectedNode && !focus.has(node)) { out.color = '#e4e4e4'; out.label = ''; }
      return out;
    },
    edgeReducer: (edge, attrs) => {
      if (!visibleEdges.has(edge)) return { ...attrs, hidden: true };
      if (state.selected !== edge && !state.selectedNode) return attrs;
      const out = { ...attrs };
      if (state.selected === edge) { out.size = attrs.size + 3; out.zIndex = 2; }
      if (state.selectedNode && !g.extremities(edge).includes(state.selectedNode)) out.color = '#eeeeee';
      return out;
    },
  });
  renderer.on('clickEdge', ({ edge }) => showTie(edge));
  renderer.on('clickNode', ({ node }) => showNode(node));
  renderer.on('clickStage', () => { state.selected = null; state.selectedNode = null; renderer.refresh(); });
  renderer.on('enterEdge', () => { container.style.cursor = 'pointer'; });
  renderer.on('leaveEdge', () => { container.style.cursor = ''; });
  window.stancegraphReport.renderer = renderer;
  legend();
  names();
}

function refresh() {
  computeVisible();
  if (renderer) renderer.refresh();
}

function docLink(src) {
  const d = data.docs[src.doc];
  const where = `sentence ${src.sentence} (0-based), characters ${src.start}–${src.end}`;
  const first = src.text.split(/\s+/).slice(0, 6).join(' ');
  const href = d.url || (d.href ? `${d.href}#:~:text=${encodeURIComponent(first)}` : null);
  const name = esc(d.title || d.id);
  return `${href ? `<a href="${esc(href)}" target="_blank" rel="noopener">${name}</a>` : name} — ${where}${d.published ? `, published ${esc(d.published)}` : ''}`;
}

function clauseHtml(st) {
  const c = st.clause;
  let body = esc(c);
  if (st.cue) body = `${esc(c.slice(0, st.cue[0]))}<mark>${esc(c.slice(st.cue[0], st.cue[1]))}</mark>${esc(c.slice(st.cue[1]))}`;
  return `${st.cutStart ? '…' : ''}${body}${st.cutEnd ? '…' : ''}`;
}

function statementHtml(st) {
  const date = st.date ? esc(st.date) : '<span class="undated" title="the sentence gives no date of its own; the article’s publication date is not used">undated</span>';
  const sources = st.sources.map((s) => `<li class="src">${docLink(s)}<details><summary>the sentence</summary>“${esc(s.text)}”</details></li>`).join('');
  const quote = st.quote && !st.clause.includes(st.quote) ? `<div class="quote">quote: “${esc(st.quote)}”</div>` : '';
  const n = st.sources.length;
  return `<div class="st"><div class="head"><b>${esc(st.type)}</b> · ${date} · ${esc(st.actor)} → ${esc(st.target)}${n > 1 ? ` · <b>${n} sources</b>` : ''}</div>` +
    `<div class="clause">${clauseHtml(st)}</div>${quote}<ul style="margin:2px 0;padding-left:18px">${sources}</ul></div>`;
}

function showTie(edge) {
  const g = graphs[state.level];
  const a = g.getEdgeAttributes(edge);
  state.selected = edge;
  state.selectedNode = null;
  const [s, t] = g.extremities(edge);
  const kind = a.sign < 0 ? '<span class="neg">criticism</span>' : '<span class="pos">alliance</span>';
  const listed = a.statements.length < a.weight ? ` (${a.statements.length} listed)` : '';
  const span = a.dates.length ? `${a.dates[0]} – ${a.dates[a.dates.length - 1]}` : 'no dated statement';
  $('tie').innerHTML = `<h2 data-tie="${esc(edge)}">${esc(g.getNodeAttribute(s, 'label'))} → ${esc(g.getNodeAttribute(t, 'label'))}</h2>` +
    `<div class="meta">${kind}, ${a.weight} statement${a.weight === 1 ? '' : 's'}${listed}; ${span}${a.undated ? `, <span class="undated">${a.undated} undated</span>` : ''}</div>` +
    a.statements.map((i) => statementHtml(data.statements[i])).join('');
  renderer.refresh();
}

function showNode(node) {
  const g = graphs[state.level];
  state.selectedNode = node;
  state.selected = null;
  const rows = [];
  g.forEachEdge(node, (e, a, s, t) => {
    if (!visibleEdges.has(e)) return;
    rows.push({ e, a, other: g.getNodeAttribute(s === node ? t : s, 'label'), out: s === node });
  });
  rows.sort((x, y) => y.a.weight - x.a.weight);
  const a = g.getNodeAttributes(node);
  $('tie').innerHTML = `<h2>${esc(a.label)}</h2><div class="meta">${esc(a.kind)}${a.country && a.country !== a.label ? `, ${esc(a.country)}` : ''}; ` +
    `${a.blocSize > 1 ? `bloc ${a.bloc} (${a.blocSize} members)` : 'in no bloc'}</div>` +
    rows.map((r) => `<div class="st"><a href="#" data-edge="${esc(r.e)}"><span class="${r.a.sign < 0 ? 'neg' : 'pos'}">${r.a.sign < 0 ? '−' : '+'}</span> ` +
      `${r.out ? `→ ${esc(r.other)}` : `← ${esc(r.other)}`}</a> · ${r.a.weight}</div>`).join('');
  for (const el of $('tie').querySelectorAll('a[data-edge]')) el.addEventListener('click', (ev) => { ev.preventDefault(); showTie(el.dataset.edge); });
  renderer.refresh();
}

function legend() {
  const g = graphs[state.level];
  const blocs = new Map();
  g.forEachNode((n, a) => {
    if (a.blocSize < 2) return;
    const b = blocs.get(a.color) || { color: a.color, members: [] };
    b.members.push([a.label, (g.degree(n))]);
    blocs.set(a.color, b);
  });
  const rows = [...blocs.values()].sort((x, y) => y.members.length - x.members.length).slice(0, 10).map((b) => {
    const top = b.members.sort((x, y) => y[1] - x[1]).slice(0, 4).map((m) => esc(m[0])).join(', ');
    return `<div><span class="sw" style="background:${b.color}"></span>bloc of ${b.members.length}: ${top}${b.members.length > 4 ? ', …' : ''}</div>`;
  });
  $('legend').innerHTML = `<div><span class="ln" style="background:${NEG}"></span>criticism (negative tie)</div>` +
    `<div><span class="ln" style="background:${POS}"></span>alliance (positive tie)</div>` +
    `<div><span class="sw" style="background:#c7c7c7"></span>in no bloc</div>${rows.join('')}` +
    '<div style="color:#666">A state has the same colour in both views. Node size: number of signed ties.</div>';
}

function names() {
  const g = graphs[state.level];
  const labels = g.mapNodes((_n, a) => a.label).sort();
  $('names').innerHTML = labels.slice(0, 5000).map((l) => `<option value="${esc(l)}">`).join('');
}

function search(text) {
  const g = graphs[state.level];
  const q = text.trim().toLowerCase();
  if (!q) { state.found = null; renderer.refresh(); return; }
  const node = g.findNode((_n, a) => a.label.toLowerCase() === q) || g.findNode((_n, a) => a.label.toLowerCase().includes(q));
  state.found = node || null;
  if (node) {
    const d = renderer.getNodeDisplayData(node);
    if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.3 }, { duration: 400 });
    showNode(node);
  } else {
    renderer.refresh();
  }
}

function dateLabels() {
  $('fromLabel').textContent = allDates[state.from] || '—';
  $('toLabel').textContent = allDates[state.to] || '—';
}

// Controls.
window.stancegraphReport = { data, graphs, state, showTie, search, refresh, visible: () => ({ nodes: visibleNodes.size, edges: visibleEdges.size }) };
const total = data.generated;
$('meta').innerHTML = `${total.documents} document${total.documents === 1 ? '' : 's'}, ${total.statements} statements ` +
  `(<span class="undated">${total.undated} undated</span>: their sentence gives no date; they are not given the publication date)` +
  `${total.merged ? `; ${total.merged} repeated report${total.merged === 1 ? '' : 's'} shown as extra sources` : ''}.`;
$('undatedCount').textContent = String(total.undated);
for (const id of ['from', 'to']) { $(id).max = String(Math.max(0, allDates.length - 1)); }
$('to').value = String(state.to);
dateLabels();
$('from').addEventListener('input', () => { state.from = Math.min(+$('from').value, state.to); $('from').value = String(state.from); dateLabels(); refresh(); });
$('to').addEventListener('input', () => { state.to = Math.max(+$('to').value, state.from); $('to').value = String(state.to); dateLabels(); refresh(); });
$('withUndated').addEventListener('change', () => { state.undated = $('withUndated').checked; refresh(); });
for (const el of document.querySelectorAll('input[name=level]')) el.addEventListener('change', () => { state.level = el.value; state.selected = null; state.selectedNode = null; state.found = null; $('tie').innerHTML = ''; mount(); });
for (const el of document.querySelectorAll('input[name=sign]')) el.addEventListener('change', () => { state.sign = el.value; refresh(); });
$('search').addEventListener('change', () => search($('search').value));
$('search').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') search($('search').value); });
mount();
