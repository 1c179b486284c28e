/**
 * Statements → parameter rows
 * ===========================
 *
 * Pure code: turns Statement records into the maps the load queries UNWIND. Nothing here touches
 * Cypher text; every value travels as a query parameter.
 */
import neo4j from 'neo4j-driver';
import type { ActorRef, Statement } from '../types';
import { aliasKey, aliasKeys, countryAliases, lookupCountry, slug } from './aliases';

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  aliases: string[];
  aliasKeys: string[];
  /** The Country actor this actor belongs to (null for countries and actors without one). */
  countryId: string | null;
}

export interface DocumentRow {
  id: string;
  path: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
}

export interface StatementRow {
  id: string;
  actorId: string;
  targetId: string;
  doc: string;
  props: Record<string, unknown>;
}

/** Country name → Country actor id, built once per load so every batch agrees. */
export class CountryIds {
  private readonly byKey = new Map<string, string>();

  constructor(statements: Iterable<Statement>, known: Map<string, string> = new Map()) {
    for (const [k, id] of known) this.byKey.set(k, id);
    for (const s of statements) {
      for (const a of [s.actor, s.target]) {
        if (a.kind !== 'country') continue;
        for (const k of aliasKeys([a.name, a.country, ...(a.aliases ?? [])])) if (!this.byKey.has(k)) this.byKey.set(k, a.id);
      }
    }
  }

  /** A key → id pair unless the key is already known. */
  addKnown(key: string, id: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, id);
  }

  /** Keys of country names that neither the statements nor `known` resolve. */
  static keysOf(statements: Iterable<Statement>): string[] {
    const keys = new Set<string>();
    for (const s of statements) for (const a of [s.actor, s.target]) if (a.country) keys.add(aliasKey(a.country));
    return [...keys];
  }

  idFor(name: string): string {
    const k = aliasKey(name);
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const c = lookupCountry(name);
    const id = c ? `country:${c.cca3}` : `country:${slug(name)}`;
    this.byKey.set(k, id);
    return id;
  }
}

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined || v === '' ? null : v);

export function countryOf(a: ActorRef, ids: CountryIds): string | null {
  if (a.kind === 'country') return a.id;
  return a.country ? ids.idFor(a.country) : null;
}

/** One row per distinct actor (and per country they belong to), aliases merged over all mentions. */
export function actorRows(statements: Iterable<Statement>, ids: CountryIds): ActorRow[] {
  const rows = new Map<string, ActorRow & { names: Set<string> }>();
  const add = (a: ActorRef) => {
    let row = rows.get(a.id);
    if (!row) {
      row = {
        id: a.id, name: a.name, kind: a.kind, country: orNull(a.country), role: orNull(a.role),
        aliases: [], aliasKeys: [], countryId: a.kind === 'country' ? null : a.country ? ids.idFor(a.country) : null,
        names: new Set(),
      };
      rows.set(a.id, row);
    }
    row.role ??= orNull(a.role);
    row.country ??= orNull(a.country);
    if (!row.countryId && a.kind !== 'country' && a.country) row.countryId = ids.idFor(a.country);
    // the node's name is the smallest canonical name seen (records of different documents may spell the
    // same actor differently): the same in any order of documents, batches or loads
    if (a.name && a.name < row.name) row.name = a.name;
    for (const n of [a.name, ...(a.aliases ?? [])]) if (n) row.names.add(n);
    if (a.kind === 'country') for (const n of countryAliases(a.name)) row.names.add(n);
  };
  for (const s of statements) {
    add(s.actor);
    add(s.target);
  }
  // Countries that actors belong to but that never act themselves still get a Country node.
  for (const row of [...rows.values()]) {
    if (row.countryId && !rows.has(row.countryId) && row.country) {
      const c = lookupCountry(row.country);
      add({ id: row.countryId, name: c?.name ?? row.country, kind: 'country', country: c?.name ?? row.country });
    }
  }
  return [...rows.values()]
    .map(({ names, ...row }) => ({
      ...row,
      aliases: [...names].filter((n) => n !== row.name).sort(),
      aliasKeys: aliasKeys(names),
    }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function documentRows(statements: Iterable<Statement>, extra: Iterable<DocumentRow> = []): DocumentRow[] {
  const docs = new Map<string, DocumentRow>();
  for (const d of extra) docs.set(d.id, d);
  for (const s of statements) {
    if (docs.has(s.doc)) continue;
    docs.set(s.doc, {
      id: s.doc, path: orNull(s.source?.path), title: orNull(s.source?.title),
      author: orNull(s.source?.author), published: orNull(s.source?.published),
    });
  }
  return [...docs.values()];
}

export function statementRow(s: Statement, ids: CountryIds): StatementRow {
  return {
    id: s.id,
    actorId: s.actor.id,
    targetId: s.target.id,
    doc: s.doc,
    props: {
      id: s.id,
      doc: s.doc,
      type: s.type,
      polarity: neo4j.int(s.polarity),
      sentence: neo4j.int(s.sentence),
      text: s.text,
      quote: orNull(s.quote),
      // The statement's own date where the text gives one, else the document's publication date.
      date: orNull(s.date) ?? orNull(s.source?.published),
      dateFrom: s.date ? 'statement' : s.source?.published ? 'document' : null,
      confidence: s.confidence,
      cue: s.cue,
      rules: s.evidence?.rules ?? [],
      actorId: s.actor.id,
      targetId: s.target.id,
      actorCountryId: countryOf(s.actor, ids),
      targetCountryId: countryOf(s.target, ids),
    },
  };
}

/** Distinct [actor, target] id pairs of the given statements, sorted. */
export function pairsOf(rows: Iterable<{ actorId: string; targetId: string }>): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const r of rows) {
    const k = `${r.actorId}\u0000${r.targetId}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push([r.actorId, r.targetId]);
  }
  return out.sort((a, b) => (a[0] + '\0' + a[1] < b[0] + '\0' + b[1] ? -1 : 1));
}

/** The last record with each id wins; order otherwise kept. */
export function dedupeById(statements: Statement[]): Statement[] {
  const byId = new Map<string, Statement>();
  for (const s of statements) {
    byId.delete(s.id);
    byId.set(s.id, s);
  }
  return [...byId.values()];
}

/** What a set of statements adds to one tie: count, sorted distinct types, first and last date. */
export interface TieDelta {
  a: string;
  b: string;
  count: ReturnType<typeof neo4j.int>;
  types: string[];
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * The batch's statements aggregated per actor pair and sign (load/ties-add.cypher adds them to the
 * CRITICIZES / SUPPORTS ties): one row per pair and sign, sorted by pair so that concurrent writers lock
 * in one order. COMMENT (polarity 0) feeds neither tie.
 */
export function tieDeltas(rows: Iterable<StatementRow>): { neg: TieDelta[]; pos: TieDelta[] } {
  interface Acc { a: string; b: string; n: number; types: Set<string>; first: string | null; last: string | null }
  const sides = { neg: new Map<string, Acc>(), pos: new Map<string, Acc>() };
  for (const r of rows) {
    const polarity = Number(r.props.polarity);
    if (polarity === 0) continue;
    const side = polarity < 0 ? sides.neg : sides.pos;
    const key = `${r.actorId}\u0000${r.targetId}`;
    let acc = side.get(key);
    if (!acc) side.set(key, (acc = { a: r.actorId, b: r.targetId, n: 0, types: new Set(), first: null, last: null }));
    acc.n++;
    acc.types.add(String(r.props.type));
    const date = (r.props.date as string | null) ?? null;
    if (date !== null) {
      if (acc.first === null || date < acc.first) acc.first = date;
      if (acc.last === null || date > acc.last) acc.last = date;
    }
  }
  const out = (m: Map<string, Acc>): TieDelta[] => [...m.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, p]) => ({ a: p.a, b: p.b, count: neo4j.int(p.n), types: [...p.types].sort(), firstDate: p.first, lastDate: p.last }));
  return { neg: out(sides.neg), pos: out(sides.pos) };
}
