/**
 * Scoring statements against gold annotations
 * ===========================================
 *
 * The same figures as the reference scorer (`../shared/eval/score.mjs`): gold files as described in
 * the gold README (one JSON file per document: entities with aliases, statements with an anchor,
 * actor, type and targets), predictions as statement records (JSON lines). Four views, each
 * precision / recall / F1, per document and over all documents:
 *
 *   edges     (actor, sign, target) between resolved entities, sign + or −; COMMENT left out
 *   typed     (actor, type, target), COMMENT left out
 *   countries (actor's country, sign, target's country): the network between states
 *   sentences (sentence, actor, sign, target): the statement found in the right sentence
 *
 * plus, beyond the reference, the typed view split by statement type (`types`).
 *
 * Names are resolved through the gold entities' names and aliases after normalization (case,
 * accents, punctuation, a possessive 's and a leading "the" ignored); an unresolved name stays
 * itself ("?name"), so it can only count as a false positive.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StancegraphError } from '../errors';

export const VIEWS = ['edges', 'typed', 'countries', 'sentences'] as const;
export type View = (typeof VIEWS)[number];

export const SIGN: Record<string, '-' | '+' | '0'> = {
  CRITICIZE: '-', ACCUSE: '-', WARN: '-', DEMAND: '-', REJECT: '-', PROTEST: '-', SANCTION: '-',
  SUPPORT: '+', COOPERATE: '+', MEET: '+', COMMENT: '0',
};

export interface GoldEntity { name: string; kind: string; country?: string; aliases?: string[] }
export interface GoldStatement { anchor: string; actor: string; type: string; targets: string[]; date?: string }
export interface GoldDoc {
  doc: string;
  published?: string;
  entities: Record<string, GoldEntity>;
  statements: GoldStatement[];
}

interface LoadedGold extends GoldDoc { alias: Map<string, string> }

type Named = string | { name?: string } | undefined | null;
export interface PredRecord { doc: string; text?: string; type: string; actor: Named; target?: Named; targets?: Named[] }

export interface Counts { tp: number; fp: number; fn: number }
export interface Ratios { p: number; r: number; f1: number }
export type Scored = Counts & Ratios;
export interface ViewScore extends Counts { missed: string[]; extra: string[] }
export type DocScore = Record<View, ViewScore>;

export interface Report {
  /** All documents of the gold together, per view. */
  summary: Record<View, Scored>;
  /** Per document, per view. */
  docs: Record<string, Record<View, Scored>>;
  /** The typed view by statement type (all documents). */
  types: Record<string, Scored>;
  /** Triples missed and extra, per document and view (for --show-errors). */
  errors: Record<string, Record<View, { missed: string[]; extra: string[] }>>;
}

/** Normalizes a name for matching, as the reference scorer does. */
export function norm(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

const squash = (s: unknown) => String(s ?? '').replace(/[“”]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

function files(path: string, ext: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new StancegraphError('E_INPUT', `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (st.isDirectory()) return readdirSync(path).filter((f) => f.endsWith(ext)).sort().map((f) => join(path, f));
  return [path];
}

/** Reads gold files (a folder of `*.json`, or one file); each must name its document. */
export function loadGold(path: string): Map<string, LoadedGold> {
  const docs = new Map<string, LoadedGold>();
  for (const f of files(path, '.json')) {
    let g: GoldDoc;
    try {
      g = JSON.parse(readFileSync(f, 'utf8')) as GoldDoc;
    } catch (err) {
      throw new StancegraphError('E_INPUT', `${f}: not a JSON gold file (${(err as Error).message})`);
    }
    if (!g || typeof g.doc !== 'string' || !g.entities || !Array.isArray(g.statements)) {
      throw new StancegraphError('E_INPUT', `${f}: a gold file needs "doc", "entities" and "statements" (see the gold README)`);
    }
    const alias = new Map<string, string>();
    for (const [id, e] of Object.entries(g.entities)) {
      for (const n of [id, e.name, ...(e.aliases ?? [])]) {
        const k = norm(n);
        if (k && !alias.has(k)) alias.set(k, id);
      }
    }
    docs.set(g.doc, { ...g, alias });
  }
  if (!docs.size) throw new StancegraphError('E_INPUT', `${path}: no gold files (*.json)`);
  return docs;
}

/** Reads predictions: a JSONL file or a folder of `*.jsonl`. */
export function loadPred(path: string): PredRecord[] {
  const recs: PredRecord[] = [];
  for (const f of files(path, '.jsonl')) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        recs.push(JSON.parse(line) as PredRecord);
      } catch {
        throw new StancegraphError('E_INPUT', `${basename(f)}:${i + 1}: not JSON`);
      }
    });
  }
  return recs;
}

const nameOf = (x: Named) => (typeof x === 'string' ? x : x?.name);

function resolveName(doc: LoadedGold, name: unknown): string {
  return doc.alias.get(norm(name)) ?? `?${norm(name)}`;
}

const countryOf = (doc: LoadedGold, id: string) => doc.entities[id]?.country ?? id;

function prf(gold: Set<string>, pred: Set<string>): Counts {
  let tp = 0;
  for (const t of pred) if (gold.has(t)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

export function ratios({ tp, fp, fn }: Counts): Ratios {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

type Sets = Record<View, Set<string>>;
const sets = (): Sets => ({ edges: new Set(), typed: new Set(), countries: new Set(), sentences: new Set() });

/** Scores the predictions of one document against its gold. */
export function scoreDoc(doc: LoadedGold, preds: PredRecord[]): { views: DocScore; typed: { gold: Set<string>; pred: Set<string> } } {
  const text = new Map<string, number>();
  const gold = sets();
  doc.statements.forEach((s, i) => {
    const sign = SIGN[s.type];
    if (!sign) throw new StancegraphError('E_INPUT', `${doc.doc}: unknown gold type ${s.type}`);
    text.set(squash(s.anchor), i);
    for (const t of s.targets) {
      if (sign !== '0') {
        gold.edges.add(`${s.actor}|${sign}|${t}`);
        gold.typed.add(`${s.actor}|${s.type}|${t}`);
        gold.countries.add(`${countryOf(doc, s.actor)}|${sign}|${countryOf(doc, t)}`);
        gold.sentences.add(`${i}|${s.actor}|${sign}|${t}`);
      }
    }
  });
  const pred = sets();
  for (const r of preds) {
    const sign = SIGN[r.type];
    if (!sign || sign === '0') continue;
    const a = resolveName(doc, nameOf(r.actor));
    const targets = r.targets ?? [r.target];
    for (const tt of targets) {
      const t = resolveName(doc, nameOf(tt));
      pred.edges.add(`${a}|${sign}|${t}`);
      pred.typed.add(`${a}|${r.type}|${t}`);
      pred.countries.add(`${countryOf(doc, a)}|${sign}|${countryOf(doc, t)}`);
      // A sentence may hold several gold anchors: prefer the one whose statement this matches.
      const sentence = squash(r.text);
      const here = [...text].filter(([anchor]) => sentence.includes(anchor)).map(([, i]) => i);
      const idx = here.find((i) => gold.sentences.has(`${i}|${a}|${sign}|${t}`)) ?? here[0] ?? '?';
      pred.sentences.add(`${idx}|${a}|${sign}|${t}`);
    }
  }
  const views = {} as DocScore;
  for (const view of VIEWS) {
    views[view] = {
      ...prf(gold[view], pred[view]),
      missed: [...gold[view]].filter((t) => !pred[view].has(t)),
      extra: [...pred[view]].filter((t) => !gold[view].has(t)),
    };
  }
  return { views, typed: { gold: gold.typed, pred: pred.typed } };
}

/** Scores predictions against gold, per view and document, over all documents, and per type. */
export function score(gold: Map<string, LoadedGold>, preds: PredRecord[]): Report {
  const byDoc = new Map<string, PredRecord[]>([...gold.keys()].map((d) => [d, []]));
  for (const r of preds) byDoc.get(r.doc)?.push(r);
  const total = Object.fromEntries(VIEWS.map((v) => [v, { tp: 0, fp: 0, fn: 0 }])) as Record<View, Counts>;
  const perType = new Map<string, Counts>();
  const docs: Report['docs'] = {};
  const errors: Report['errors'] = {};
  for (const [name, doc] of gold) {
    const { views, typed } = scoreDoc(doc, byDoc.get(name)!);
    docs[name] = Object.fromEntries(VIEWS.map((v) => [v, { ...ratios(views[v]), tp: views[v].tp, fp: views[v].fp, fn: views[v].fn }])) as Record<View, Scored>;
    errors[name] = Object.fromEntries(VIEWS.map((v) => [v, { missed: views[v].missed, extra: views[v].extra }])) as Report['errors'][string];
    for (const v of VIEWS) for (const k of ['tp', 'fp', 'fn'] as const) total[v][k] += views[v][k];
    // per type: a typed triple is actor|TYPE|target
    const typeOf = (t: string) => t.split('|')[1]!;
    const count = (type: string) => {
      let c = perType.get(type);
      if (!c) perType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
      return c;
    };
    for (const t of typed.pred) (typed.gold.has(t) ? count(typeOf(t)).tp++ : count(typeOf(t)).fp++);
    for (const t of typed.gold) if (!typed.pred.has(t)) count(typeOf(t)).fn++;
  }
  const summary = Object.fromEntries(VIEWS.map((v) => [v, { ...total[v], ...ratios(total[v]) }])) as Record<View, Scored>;
  const types: Report['types'] = {};
  for (const t of Object.keys(SIGN)) {
    const c = perType.get(t);
    if (c) types[t] = { ...c, ...ratios(c) };
  }
  return { summary, docs, types, errors };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (label: string, r: Scored) =>
  `  ${label.padEnd(10)} P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f1)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;

/**
 * The report as text: the reference scorer's layout (per document, then ALL), then per type.
 * With `showErrors`, the missed and extra edges of each document.
 */
export function formatReport(report: Report, showErrors = false): string {
  const out: string[] = [];
  for (const [d, s] of Object.entries(report.docs)) {
    out.push(d);
    for (const v of VIEWS) {
      out.push(line(v, s[v]));
      if (showErrors && v === 'edges') {
        for (const t of report.errors[d]![v].missed) out.push(`     missed ${t}`);
        for (const t of report.errors[d]![v].extra) out.push(`     extra  ${t}`);
      }
    }
  }
  out.push('ALL');
  for (const v of VIEWS) out.push(line(v, report.summary[v]));
  out.push('BY TYPE (typed view)');
  for (const [t, r] of Object.entries(report.types)) out.push(line(t, r));
  return out.join('\n');
}
