/**
 * Summary
 * =======
 *
 * What the articles say about who stands with whom, for a person (summary.md) and for a program
 * (`summaryJson`, printed by `build --json`). Both come from one `Summary` structure built by
 * `summarize` from the analysed actor and country networks. Every claim carries one piece of
 * evidence: the document, the sentence number and the quoted words (or a sentence excerpt).
 */
import type { Analysis } from '../graph/analyse';
import type { ActorAttrs, StanceGraph, TieAttrs, TieSample } from '../graph/types';
import type { Doc, Message, Statement, StatementType } from '../types';
import { STATEMENT_TYPES } from '../types';

export interface SummaryOptions {
  /** Entries per ranked list. Default 10. */
  top?: number;
  /** Unbalanced triads listed. Default 10. */
  triads?: number;
}

export interface EvidenceRef {
  doc: string;
  sentence: number;
  /** The quoted words, or an excerpt of the sentence. */
  excerpt: string;
  quoted: boolean;
  actor: string;
  target: string;
  type: StatementType;
  /** The statement's own date; none when the sentence gives none (undated). */
  date?: string;
  /** Offsets of the sentence in its document. */
  span?: { start: number; end: number };
}

export interface NodeRef { id: string; name: string }

export interface RankedActor extends NodeRef {
  kind: string;
  country?: string;
  /** Negative statements made (critics) or received (criticized). */
  statements: number;
  /** Distinct targets (critics) or critics (criticized). */
  ties: number;
  pagerank: number;
  /** The strongest tie behind the rank. */
  strongest: { other: NodeRef; statements: number; evidence?: EvidenceRef };
}

export interface Alliance {
  a: NodeRef;
  b: NodeRef;
  /** Positive statements in both directions. */
  statements: number;
  /** Both sides made positive statements about each other. */
  mutual: boolean;
  types: Partial<Record<StatementType, number>>;
  evidence?: EvidenceRef;
}

export interface MutualCriticism {
  a: NodeRef;
  b: NodeRef;
  aToB: number;
  bToA: number;
  evidenceAToB?: EvidenceRef;
  evidenceBToA?: EvidenceRef;
}

export interface BlocSummary {
  id: number;
  members: NodeRef[];
  /** Strongest positive tie inside the bloc, if there is one. */
  evidence?: EvidenceRef;
}

export interface BalanceSummary {
  ratio: number | null;
  triads: number;
  balanced: number;
  unbalanced: number;
  ambivalentPairs: number;
  rule: string;
  unbalancedTriads: Array<{ members: NodeRef[]; signs: string }>;
}

export interface NetworkSummary {
  nodes: number;
  positiveTies: number;
  negativeTies: number;
  topCritics: RankedActor[];
  mostCriticized: RankedActor[];
  alliances: Alliance[];
  mutualCriticisms: MutualCriticism[];
  blocs: BlocSummary[];
  balance: BalanceSummary;
}

export interface DocumentSummary {
  id: string;
  path: string;
  title?: string;
  author?: string;
  published?: string;
  statements: number;
}

export interface Summary {
  documents: DocumentSummary[];
  counts: {
    documents: number;
    statements: number;
    positive: number;
    negative: number;
    comments: number;
    /** Statements without a date of their own. */
    undated: number;
    byType: Partial<Record<StatementType, number>>;
    failedInputs: number;
    messages: { error: number; warning: number; info: number };
  };
  countries: NetworkSummary;
  actors: NetworkSummary;
  failedInputs: string[];
}

export interface SummaryInput {
  docs: Array<Pick<Doc, 'id' | 'path' | 'title' | 'author' | 'published'>>;
  /** The statements, or (for a run that streams them to disk) their `tally`. */
  statements?: Iterable<Statement>;
  tally?: StatementTally;
  actors: { graph: StanceGraph; analysis: Analysis };
  countries: { graph: StanceGraph; analysis: Analysis };
  messages?: Message[];
  /** Messages counted by severity, when they were not kept. */
  messageCounts?: { error: number; warning: number; info: number };
  /** Inputs that could not be read. */
  failedInputs?: string[];
}

/** What the summary needs of the statements, counted one at a time (memory does not grow with them). */
export class StatementTally {
  readonly perDoc = new Map<string, number>();
  readonly byType: Partial<Record<StatementType, number>> = {};
  total = 0;
  positive = 0;
  negative = 0;
  comments = 0;
  /** Statements whose sentence gives no date of their own. */
  undated = 0;

  add(s: Pick<Statement, 'doc' | 'type' | 'polarity'> & Partial<Pick<Statement, 'date' | 'dateSource'>>): void {
    this.total++;
    if (s.dateSource === 'none' || !s.date) this.undated++;
    this.perDoc.set(s.doc, (this.perDoc.get(s.doc) ?? 0) + 1);
    this.byType[s.type] = (this.byType[s.type] ?? 0) + 1;
    if (s.polarity > 0) this.positive++;
    else if (s.polarity < 0) this.negative++;
    else this.comments++;
  }

  static of(statements: Iterable<Statement>): StatementTally {
    const t = new StatementTally();
    for (const s of statements) t.add(s);
    return t;
  }
}

export const SUMMARY_DEFAULTS = { top: 10, triads: 10 } as const;

function ref(graph: StanceGraph, node: string): NodeRef {
  return { id: node, name: graph.getNodeAttribute(node, 'label') };
}

function evidence(sample: TieSample | undefined): EvidenceRef | undefined {
  if (!sample) return undefined;
  const e: EvidenceRef = {
    doc: sample.doc, sentence: sample.sentence, excerpt: sample.excerpt, quoted: sample.quoted,
    actor: sample.actor, target: sample.target, type: sample.type,
  };
  if (sample.date) e.date = sample.date;
  if (sample.span) e.span = sample.span;
  return e;
}

const byName = (graph: StanceGraph) => (a: string, b: string) => {
  const x = graph.getNodeAttribute(a, 'label');
  const y = graph.getNodeAttribute(b, 'label');
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

function ranked(graph: StanceGraph, dir: 'out' | 'in', top: number): RankedActor[] {
  const rows: RankedActor[] = [];
  graph.forEachNode((node, a: ActorAttrs) => {
    const statements = dir === 'out' ? a.negativeMade : a.negativeReceived;
    if (!statements) return;
    let best: { edge: string; tie: TieAttrs; other: string } | undefined;
    const edges = dir === 'out' ? graph.outEdges(node) : graph.inEdges(node);
    for (const edge of edges) {
      const tie = graph.getEdgeAttributes(edge);
      if (tie.sign > 0) continue;
      const other = graph.opposite(node, edge);
      if (!best || tie.weight > best.tie.weight || (tie.weight === best.tie.weight && byName(graph)(other, best.other) < 0)) {
        best = { edge, tie, other };
      }
    }
    const row: RankedActor = {
      id: node, name: a.label, kind: a.kind, statements,
      ties: edges.filter((e) => graph.getEdgeAttribute(e, 'sign') < 0).length,
      pagerank: a.pagerank,
      strongest: { other: ref(graph, best!.other), statements: best!.tie.weight },
    };
    if (a.country) row.country = a.country;
    const ev = evidence(best!.tie.samples[0]);
    if (ev) row.strongest.evidence = ev;
    rows.push(row);
  });
  const cmp = byName(graph);
  rows.sort((x, y) => y.statements - x.statements || y.ties - x.ties || cmp(x.id, y.id));
  return rows.slice(0, top);
}

function pairs(graph: StanceGraph, sign: 1 | -1): Map<string, { a: string; b: string; ab?: TieAttrs; ba?: TieAttrs }> {
  const out = new Map<string, { a: string; b: string; ab?: TieAttrs; ba?: TieAttrs }>();
  graph.forEachEdge((_e, tie, source, target) => {
    if (tie.sign !== sign) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const k = `${a}\u0000${b}`;
    const p = out.get(k) ?? { a, b };
    if (source === a) p.ab = tie;
    else p.ba = tie;
    out.set(k, p);
  });
  return out;
}

function alliances(graph: StanceGraph, top: number): Alliance[] {
  const rows: Alliance[] = [];
  for (const { a, b, ab, ba } of pairs(graph, 1).values()) {
    const types: Partial<Record<StatementType, number>> = {};
    for (const tie of [ab, ba]) {
      for (const [t, n] of Object.entries(tie?.types ?? {}) as Array<[StatementType, number]>) types[t] = (types[t] ?? 0) + n;
    }
    const heavier = (ab?.weight ?? 0) >= (ba?.weight ?? 0) ? ab : ba;
    const row: Alliance = {
      a: ref(graph, a), b: ref(graph, b),
      statements: (ab?.weight ?? 0) + (ba?.weight ?? 0),
      mutual: Boolean(ab && ba),
      types,
    };
    const ev = evidence(heavier?.samples[0]);
    if (ev) row.evidence = ev;
    rows.push(row);
  }
  rows.sort((x, y) => y.statements - x.statements || Number(y.mutual) - Number(x.mutual) || (x.a.name + x.b.name).localeCompare(y.a.name + y.b.name));
  return rows.slice(0, top);
}

function mutualCriticisms(graph: StanceGraph, top: number): MutualCriticism[] {
  const rows: MutualCriticism[] = [];
  for (const { a, b, ab, ba } of pairs(graph, -1).values()) {
    if (!ab || !ba) continue;
    const row: MutualCriticism = { a: ref(graph, a), b: ref(graph, b), aToB: ab.weight, bToA: ba.weight };
    const e1 = evidence(ab.samples[0]);
    const e2 = evidence(ba.samples[0]);
    if (e1) row.evidenceAToB = e1;
    if (e2) row.evidenceBToA = e2;
    rows.push(row);
  }
  rows.sort((x, y) => y.aToB + y.bToA - (x.aToB + x.bToA) || (x.a.name + x.b.name).localeCompare(y.a.name + y.b.name));
  return rows.slice(0, top);
}

function blocSummaries(graph: StanceGraph, analysis: Analysis): BlocSummary[] {
  const out: BlocSummary[] = [];
  // the strongest positive tie inside each bloc, in one pass over the ties (not one per bloc)
  const bestOf = new Map<number, TieAttrs>();
  const blocOf = analysis.blocs.communities;
  graph.forEachEdge((_e, tie, s, t) => {
    const b = blocOf[s];
    if (tie.sign <= 0 || b === undefined || blocOf[t] !== b) return;
    const cur = bestOf.get(b);
    if (!cur || tie.weight > cur.weight) bestOf.set(b, tie);
  });
  analysis.blocs.members.forEach((members, id) => {
    if (members.length < 2) return;
    const best = bestOf.get(id);
    const row: BlocSummary = { id, members: [...members].sort(byName(graph)).map((m) => ref(graph, m)) };
    const ev = evidence(best?.samples[0]);
    if (ev) row.evidence = ev;
    out.push(row);
  });
  return out;
}

const SIGN = (s: number) => (s > 0 ? '+' : '−');

/** The sections of one network (actors or countries). */
export function summarizeNetwork(graph: StanceGraph, analysis: Analysis, options: SummaryOptions = {}): NetworkSummary {
  const top = options.top ?? SUMMARY_DEFAULTS.top;
  let positiveTies = 0;
  let negativeTies = 0;
  graph.forEachEdge((_e, a) => (a.sign > 0 ? positiveTies++ : negativeTies++));
  const b = analysis.balance;
  return {
    nodes: graph.order,
    positiveTies,
    negativeTies,
    topCritics: ranked(graph, 'out', top),
    mostCriticized: ranked(graph, 'in', top),
    alliances: alliances(graph, top),
    mutualCriticisms: mutualCriticisms(graph, top),
    blocs: blocSummaries(graph, analysis),
    balance: {
      ratio: b.ratio, triads: b.triads, balanced: b.balanced, unbalanced: b.unbalanced,
      ambivalentPairs: b.ambivalentPairs,
      rule: 'undirected signed projection; a pair with both signs takes the sign with more statements, exact ties left out',
      unbalancedTriads: b.unbalancedTriads.slice(0, options.triads ?? SUMMARY_DEFAULTS.triads).map((t) => ({
        members: t.nodes.map((n) => ref(graph, n)),
        signs: t.signs.map(SIGN).join(' '),
      })),
    },
  };
}

/** Builds the Summary of a run. */
export function summarize(input: SummaryInput, options: SummaryOptions = {}): Summary {
  const tally = input.tally ?? StatementTally.of(input.statements ?? []);
  const messages = input.messageCounts ? { ...input.messageCounts } : { error: 0, warning: 0, info: 0 };
  if (!input.messageCounts) for (const m of input.messages ?? []) messages[m.severity]++;
  const documents = input.docs.map((d) => {
    const row: DocumentSummary = { id: d.id, path: d.path, statements: tally.perDoc.get(d.id) ?? 0 };
    if (d.title) row.title = d.title;
    if (d.author) row.author = d.author;
    if (d.published) row.published = d.published;
    return row;
  });
  const ordered: Partial<Record<StatementType, number>> = {};
  for (const t of STATEMENT_TYPES) if (tally.byType[t]) ordered[t] = tally.byType[t];
  return {
    documents,
    counts: {
      documents: documents.length,
      statements: tally.total,
      positive: tally.positive, negative: tally.negative, comments: tally.comments,
      undated: tally.undated,
      byType: ordered,
      failedInputs: input.failedInputs?.length ?? 0,
      messages,
    },
    countries: summarizeNetwork(input.countries.graph, input.countries.analysis, options),
    actors: summarizeNetwork(input.actors.graph, input.actors.analysis, options),
    failedInputs: input.failedInputs ?? [],
  };
}

const pct = (r: number) => `${Math.round(r * 100)}%`;
/** `1 statement`, `2 statements`. */
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Two or three sentences for the terminal: what was read and the main findings. */
export function summaryHeadline(s: Summary): string {
  const c = s.counts;
  const lines = [
    `Read ${plural(c.documents, 'document')}: ${plural(c.statements, 'statement')} ` +
      `(${c.negative} negative, ${c.positive} positive, ${plural(c.comments, 'comment')}) between ${plural(s.actors.nodes, 'actor')} of ${plural(s.countries.nodes, 'state')}.`,
  ];
  const n = s.countries.nodes && (s.countries.positiveTies + s.countries.negativeTies) ? s.countries : s.actors;
  const findings: string[] = [];
  if (n.mostCriticized[0]) findings.push(`most criticized: ${n.mostCriticized.slice(0, 3).map((r) => `${r.name} (${r.statements})`).join(', ')}`);
  if (n.topCritics[0]) findings.push(`top critics: ${n.topCritics.slice(0, 3).map((r) => `${r.name} (${r.statements})`).join(', ')}`);
  if (n.alliances[0]) findings.push(`strongest alliance: ${n.alliances[0].a.name} – ${n.alliances[0].b.name} (${n.alliances[0].statements})`);
  if (n.mutualCriticisms[0]) findings.push(`mutual criticism: ${n.mutualCriticisms.slice(0, 2).map((m) => `${m.a.name} ↔ ${m.b.name}`).join(', ')}`);
  if (findings.length) lines.push(`${n === s.countries ? 'States' : 'Actors'}: ${findings.join('; ')}.`);
  if (n.balance.ratio !== null) lines.push(`Structural balance: ${pct(n.balance.ratio)} of ${n.balance.triads} signed triads balanced.`);
  if (c.failedInputs) lines.push(`${c.failedInputs} input${c.failedInputs === 1 ? '' : 's'} could not be read: ${s.failedInputs.join(', ')}.`);
  return stripControl(lines.join('\n'));
}

/** The machine-readable summary printed by `build --json`. */
export function summaryJson(s: Summary, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { headline: summaryHeadline(s), ...s, ...extra };
}

/**
 * Terminal escape sequences (ESC [ … m and the like) and other control characters, which article
 * text may carry and which would act on the terminal of whoever `cat`s summary.md.
 */
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text without terminal escape sequences and control characters (tabs and line breaks kept). */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Text for inline code (`id`): no control characters, no back-ticks. */
function code(text: string): string {
  return stripControl(text).replace(/`/g, "'");
}

function md(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>])/g, '\\$1').trim();
}

function cite(e: EvidenceRef | undefined): string {
  if (!e) return '';
  const words = e.quoted ? `“${md(e.excerpt)}”` : md(e.excerpt);
  const where = `\`${code(e.doc)}\` sentence ${e.sentence}${e.span ? `, characters ${e.span.start}–${e.span.end}` : ''}`;
  return ` — ${md(e.actor)} ${e.type} ${md(e.target)}, ${e.date ?? 'undated'}: ${words} (${where})`;
}

function networkSection(title: string, n: NetworkSummary, level: string): string[] {
  const out: string[] = [`## ${title}`, ''];
  out.push(`${n.nodes} ${level}, ${n.negativeTies} negative and ${n.positiveTies} positive ties.`, '');
  out.push('### Top critics', '');
  if (!n.topCritics.length) out.push('None.');
  n.topCritics.forEach((r, i) =>
    out.push(`${i + 1}. **${md(r.name)}**: ${plural(r.statements, 'negative statement')} about ${plural(r.ties, 'target')}; most about ${md(r.strongest.other.name)} (${r.strongest.statements})${cite(r.strongest.evidence)}`),
  );
  out.push('', '### Most criticized', '');
  if (!n.mostCriticized.length) out.push('None.');
  n.mostCriticized.forEach((r, i) =>
    out.push(`${i + 1}. **${md(r.name)}**: ${plural(r.statements, 'negative statement')} from ${plural(r.ties, 'critic')} (criticism PageRank ${r.pagerank.toFixed(3)}); most from ${md(r.strongest.other.name)} (${r.strongest.statements})${cite(r.strongest.evidence)}`),
  );
  out.push('', '### Strongest alliances', '');
  if (!n.alliances.length) out.push('None.');
  n.alliances.forEach((a, i) =>
    out.push(`${i + 1}. **${md(a.a.name)} – ${md(a.b.name)}**: ${plural(a.statements, 'positive statement')}${a.mutual ? ', both ways' : ''} (${Object.entries(a.types).map(([t, c]) => `${t} ${c}`).join(', ')})${cite(a.evidence)}`),
  );
  out.push('', '### Mutual criticism', '');
  if (!n.mutualCriticisms.length) out.push('None.');
  n.mutualCriticisms.forEach((m) => {
    out.push(`- **${md(m.a.name)} ↔ ${md(m.b.name)}**: ${m.aToB} → and ${m.bToA} ←`);
    if (m.evidenceAToB) out.push(`  - ${cite(m.evidenceAToB).slice(3)}`);
    if (m.evidenceBToA) out.push(`  - ${cite(m.evidenceBToA).slice(3)}`);
  });
  out.push('', '### Blocs', '');
  out.push('Groups that support each other or criticize the same targets (Louvain on positive and co-criticism ties; see docs/GRAPH.md).', '');
  if (!n.blocs.length) out.push('No bloc of two or more.');
  n.blocs.forEach((b) => out.push(`- **Bloc ${b.id}** (${b.members.length}): ${b.members.map((m) => md(m.name)).join(', ')}${cite(b.evidence)}`));
  out.push('', '### Structural balance', '');
  const b = n.balance;
  if (b.ratio === null) out.push('No signed triads (three actors all tied to each other), so no balance figure.');
  else {
    out.push(`${pct(b.ratio)} of ${b.triads} signed triads are balanced (${b.balanced} balanced, ${b.unbalanced} unbalanced; Cartwright–Harary, ${b.rule}).`);
    if (b.ambivalentPairs) out.push('', `${b.ambivalentPairs} pair${b.ambivalentPairs === 1 ? '' : 's'} with as many positive as negative statements left out.`);
    if (b.unbalancedTriads.length) {
      out.push('', 'Unbalanced triads (signs of the pairs 1–2, 2–3, 1–3):', '');
      b.unbalancedTriads.forEach((t) => out.push(`- ${t.members.map((m) => md(m.name)).join(', ')}: ${t.signs}`));
    }
  }
  out.push('');
  return out;
}

/** summary.md */
export function renderSummaryMarkdown(s: Summary): string {
  const out: string[] = ['# What the articles say: who stands with whom', ''];
  out.push(summaryHeadline(s), '');
  out.push('## Documents', '', '| Document | Title | Author | Date | Statements |', '| --- | --- | --- | --- | ---: |');
  for (const d of s.documents) {
    out.push(`| \`${code(d.id)}\` | ${md(d.title ?? '')} | ${md(d.author ?? '')} | ${d.published ?? ''} | ${d.statements} |`);
  }
  out.push('', '## Statements by type', '', '| Type | Statements |', '| --- | ---: |');
  for (const [t, n] of Object.entries(s.counts.byType)) out.push(`| ${t} | ${n} |`);
  out.push('');
  if (s.counts.undated) {
    out.push(`**Dates:** ${s.counts.undated} of ${s.counts.statements} statements are *undated*: their sentence gives no date of ` +
      'their own, and they are not given the article\'s publication date. Evidence below names each statement\'s own date or "undated", ' +
      'its document, its sentence number (0-based, as in `statements.jsonl`) and the sentence\'s character offsets in the document.', '');
  }
  out.push(...networkSection('States', s.countries, 'states'));
  out.push(...networkSection('Actors', s.actors, 'actors'));
  const m = s.counts.messages;
  if (s.failedInputs.length || m.error || m.warning) {
    out.push('## Problems', '');
    if (s.failedInputs.length) out.push(`Inputs not read: ${s.failedInputs.map((f) => `\`${code(f)}\``).join(', ')}.`, '');
    out.push(`${m.error} errors, ${m.warning} warnings, ${m.info} notes: see messages.jsonl.`, '');
  }
  return out.join('\n');
}
