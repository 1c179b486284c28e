/**
 * The statement record, checked before anything is written
 * =========================================================
 *
 * A JSON Schema of the record (`STATEMENT_SCHEMA`, the contract of `../shared/spec/STATEMENTS.md`
 * plus stancegraph's `id`, `cue`, `source`, `evidence`; the TypeScript type is `Statement` in
 * src/types.ts), checked with ajv, then what a schema cannot say:
 *
 * - the type fixes the polarity (`POLARITY` of src/types.ts): a CRITICIZE with +1 is an error;
 * - ids (`id`, `doc`, `actor.id`, `target.id`) longer than `LIMITS.idBytes` are errors (cutting an id
 *   would merge different things);
 * - over-long texts and names are cut to `LIMITS` (UTF-8 bytes, at a character boundary, ending
 *   in "…") with a warning. Neo4j's index keys have hard limits (a range index key ~8 KB — actor
 *   names and alias keys are indexed; a text index value ~32 KB — should one be put on `Statement.text`), and a value
 *   over them aborts the transaction it is in.
 *
 * Pure code: no I/O. `checkRecord` returns the (possibly truncated) statement or the reasons.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { POLARITY, STATEMENT_TYPES, type Statement, type StatementType } from '../types';

export const ACTOR_KINDS = ['person', 'country', 'organization', 'media', 'group'] as const;

/** Size limits in UTF-8 bytes. */
export const LIMITS = {
  /** `text`, `quote`: cut beyond this (a text index, if added for searches, takes up to ~32 KB). */
  textBytes: 16 * 1024,
  /** Actor `name`, `aliases`, `role`, `country`; `cue`; evidence rule ids: cut beyond this. */
  nameBytes: 1024,
  /** `source.path`, `title`, `author`: cut beyond this. */
  sourceBytes: 2048,
  /** `id`, `doc`, `actor.id`, `target.id`: an error beyond this. */
  idBytes: 1024,
  /** Aliases per actor and rule ids per statement kept. */
  listItems: 200,
} as const;

const DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const nullableString = { type: ['string', 'null'] };

const actorRef = {
  type: 'object',
  required: ['id', 'name', 'kind'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    kind: { enum: [...ACTOR_KINDS] },
    country: nullableString,
    role: nullableString,
    aliases: { type: 'array', items: { type: 'string' } },
  },
};

/** JSON Schema (draft-07) of one line of statements.jsonl. Extra fields are allowed (the spec says so). */
export const STATEMENT_SCHEMA = {
  $id: 'https://stancegraph/statement.schema.json',
  type: 'object',
  required: ['id', 'doc', 'sentence', 'text', 'actor', 'type', 'polarity', 'target', 'confidence'],
  properties: {
    id: { type: 'string', minLength: 1 },
    doc: { type: 'string', minLength: 1 },
    sentence: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
    actor: actorRef,
    type: { enum: [...STATEMENT_TYPES] },
    polarity: { enum: [-1, 0, 1] },
    target: actorRef,
    date: { type: ['string', 'null'], pattern: DATE },
    quote: nullableString,
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    cue: nullableString,
    source: {
      type: 'object',
      properties: {
        path: nullableString, title: nullableString, author: nullableString,
        published: { type: ['string', 'null'], pattern: DATE },
      },
    },
    evidence: {
      type: 'object',
      properties: { rules: { type: 'array', items: { type: 'string' } } },
    },
  },
} as const;

let compiled: ReturnType<Ajv['compile']> | undefined;
function validator() {
  if (!compiled) compiled = new Ajv({ allErrors: true, strict: false }).compile(STATEMENT_SCHEMA);
  return compiled;
}

export interface RecordCheck {
  /** The record to load (truncated where a warning says so), when it is valid. */
  statement?: Statement;
  /** Why the record cannot be loaded (empty when valid). */
  errors: string[];
  /** What was changed (truncations). */
  warnings: string[];
  /** The record's document, when it names one (also for invalid records). */
  doc?: string;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

function fieldOf(e: ErrorObject): string {
  return e.instancePath.replace(/^\//, '').replace(/\//g, '.');
}

function describe(e: ErrorObject, record: unknown): string {
  const field = fieldOf(e);
  const value = field.split('.').filter(Boolean).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);
  switch (e.keyword) {
    case 'required':
      return `missing ${field ? `${field}.` : ''}${(e.params as { missingProperty: string }).missingProperty}`;
    case 'enum':
      return `${field} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => String(v)).join(', ')} (got ${show(value)})`;
    case 'type':
      return `${field || 'the record'} must be ${String((e.params as { type: string | string[] }).type).replace(',', ' or ')} (got ${show(value)})`;
    case 'pattern':
      return `${field} must be a date YYYY-MM-DD (got ${show(value)})`;
    case 'minLength':
      return `${field} is empty`;
    default:
      return `${field || 'the record'} ${e.message ?? 'is invalid'}${value !== undefined ? ` (got ${show(value)})` : ''}`;
  }
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** Cuts `s` to at most `maxBytes` UTF-8 bytes at a character boundary, ending in "…". */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  const budget = maxBytes - 3; // "…" is 3 bytes
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (bytes + n > budget) break;
    bytes += n;
    end += ch.length;
  }
  return `${s.slice(0, end)}…`;
}

/** Checks one parsed JSON value as a statement record. */
export function checkRecord(value: unknown, opts: { copy?: boolean } = {}): RecordCheck {
  const out: RecordCheck = { errors: [], warnings: [] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    out.errors.push(`not a statement record (a JSON ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}, expected an object)`);
    return out;
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.doc === 'string' && rec.doc) out.doc = rec.doc;
  const validate = validator();
  if (!validate(rec)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const m = describe(e, rec);
      if (!seen.has(m)) out.errors.push(m);
      seen.add(m);
    }
    return out;
  }
  // Lines are parsed fresh and may be changed in place; records from a caller are copied first.
  const s = (opts.copy ? structuredClone(rec) : rec) as unknown as Statement;
  const expected = POLARITY[s.type as StatementType];
  if (s.polarity !== expected) {
    const sign = (p: number) => (p > 0 ? '+1' : String(p));
    out.errors.push(`polarity ${sign(s.polarity)} does not match type ${s.type} (its polarity is ${sign(expected)})`);
  }
  for (const [field, v] of [['id', s.id], ['doc', s.doc], ['actor.id', s.actor.id], ['target.id', s.target.id]] as const) {
    if (utf8Length(v) > LIMITS.idBytes) out.errors.push(`${field} is ${utf8Length(v)} bytes long (at most ${LIMITS.idBytes})`);
  }
  if (out.errors.length) return out;

  const cut = (field: string, v: string | undefined | null, max: number): string | undefined | null => {
    if (typeof v !== 'string') return v;
    const t = truncateUtf8(v, max);
    if (t !== v) out.warnings.push(`${field} is ${utf8Length(v)} bytes long: cut to ${max} bytes`);
    return t;
  };
  s.text = cut('text', s.text, LIMITS.textBytes) as string;
  if (s.quote != null) s.quote = cut('quote', s.quote, LIMITS.textBytes) as string;
  if (s.cue != null) s.cue = cut('cue', s.cue, LIMITS.nameBytes) as string;
  for (const side of ['actor', 'target'] as const) {
    const a = s[side];
    a.name = cut(`${side}.name`, a.name, LIMITS.nameBytes) as string;
    if (a.role != null) a.role = cut(`${side}.role`, a.role, LIMITS.nameBytes) as string;
    if (a.country != null) a.country = cut(`${side}.country`, a.country, LIMITS.nameBytes) as string;
    if (a.aliases) {
      if (a.aliases.length > LIMITS.listItems) {
        out.warnings.push(`${side}.aliases has ${a.aliases.length} names: kept the first ${LIMITS.listItems}`);
        a.aliases = a.aliases.slice(0, LIMITS.listItems);
      }
      a.aliases = a.aliases.map((n, i) => cut(`${side}.aliases[${i}]`, n, LIMITS.nameBytes) as string);
    }
  }
  if (s.source) {
    for (const k of ['path', 'title', 'author'] as const) {
      if (s.source[k] != null) (s.source as unknown as Record<string, unknown>)[k] = cut(`source.${k}`, s.source[k], LIMITS.sourceBytes);
    }
  }
  if (s.evidence?.rules) {
    if (s.evidence.rules.length > LIMITS.listItems) {
      out.warnings.push(`evidence.rules has ${s.evidence.rules.length} entries: kept the first ${LIMITS.listItems}`);
      s.evidence.rules = s.evidence.rules.slice(0, LIMITS.listItems);
    }
    s.evidence.rules = s.evidence.rules.map((r, i) => cut(`evidence.rules[${i}]`, r, LIMITS.nameBytes) as string);
  }
  out.statement = s;
  return out;
}

/** The `doc` of a line that is not valid JSON (a truncated line usually still has it near its start). */
export function docOfBrokenLine(line: string): string | undefined {
  const m = /"doc"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(line);
  if (!m) return undefined;
  try {
    const d = JSON.parse(m[1]) as string;
    return d || undefined;
  } catch {
    return undefined;
  }
}

export interface LineCheck {
  /** Valid records of the line (a line may hold a JSON array of records). */
  records: Array<{ item?: number; check: RecordCheck }>;
  /** The line as a whole is not JSON (truncated, …): reason and the document it seems to belong to. */
  error?: string;
  doc?: string;
  warnings: string[];
  blank?: boolean;
}

/** Parses and checks one line of a JSONL file (a leading byte-order mark is removed with a warning). */
export function checkLine(raw: string): LineCheck {
  const out: LineCheck = { records: [], warnings: [] };
  let line = raw;
  if (line.charCodeAt(0) === 0xfeff) {
    line = line.slice(1);
    out.warnings.push('UTF-8 byte-order mark removed');
  }
  if (!line.trim()) {
    out.blank = true;
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    out.error = `not valid JSON, the line may be truncated (${(err as Error).message})`;
    out.doc = docOfBrokenLine(line);
    return out;
  }
  if (Array.isArray(value)) {
    out.warnings.push(`a JSON array of ${value.length} records on one line: each checked as a record`);
    value.forEach((v, i) => out.records.push({ item: i, check: checkRecord(v) }));
  } else {
    out.records.push({ check: checkRecord(value) });
  }
  return out;
}
