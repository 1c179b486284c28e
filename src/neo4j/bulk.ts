/**
 * First load of an empty database through Neo4j's offline importer
 * =================================================================
 *
 * `neo4j-admin database import full` builds a store from CSV files without transactions, far faster
 * than any Cypher load, but only into a database it creates (the old one is replaced) and only while
 * the server is stopped. `bulkImport` therefore:
 *
 *   1. checks every line exactly like `stancegraph load` (problems reported by the caller's `onProblem`;
 *      nothing is imported when no line is valid) and, in the same reading of the input, writes the
 *      graph as CSV (`writeBulkCsv`, streaming): documents, actors (with their kind label), alias
 *      keys, statements and their MADE / TARGETS / IN / OF_COUNTRY / NAMES relationships, and the
 *      aggregated ties — CRITICIZES / SUPPORTS with `mutual`, COUNTRY_CRITICIZES / COUNTRY_SUPPORTS,
 *      the actors' criticism totals (the database is empty, so the load's statements are all the
 *      statements there are). Same properties as the live loader writes. The input is read a second
 *      time only when a country name is used before the country actor that gives its id;
 *   2. (the CSV of documents, ties and actors is written from what step 1 held);
 *   3. stops the launcher's server if it runs, runs the importer on `neo4j` (overwriting it), starts
 *      the server and applies cypher/schema.cypher (the indexes are built then, from the store).
 *
 * Memory: actor rows and ties are held (a few hundred bytes per actor pair), statements are streamed.
 * Statements with the same id more than once are an error here (the live load lets the last win).
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, WriteStream } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { StancegraphError } from '../errors';
import type { Statement } from '../types';
import { parseJsonl, validRecords } from './input';
import type { Problem } from './input';
import { LoadPlan } from './plan';
import { aliasKey } from './aliases';
import { ActorRow, CountryIds, actorRows, statementRow } from './rows';
import type { LauncherSettings } from './launcher/settings';
import { provision } from './launcher/provision';
import { running, start, stop } from './launcher/server';
import { openDriver } from './driver';

export interface BulkOptions {
  log?: (line: string) => void;
  onProblem?: (p: Problem) => void;
  /** Called with the number of statements written to CSV so far. */
  onProgress?: (n: number) => void;
  /** Where the CSV files go (default `<home>/import/bulk`); removed afterwards unless `keepCsv`. */
  csvDir?: string;
  keepCsv?: boolean;
  /** Called with a driver to the started server (applySchema); done by the caller to keep this file free of it. */
  afterStart?: (uri: string) => Promise<void>;
}

export interface BulkSummary {
  statements: number;
  documents: number;
  actors: number;
  problems: number;
  /** Seconds spent checking and writing CSV, in the importer, and starting the server (+ afterStart). */
  csvSeconds: number;
  importSeconds: number;
  startSeconds: number;
}

const ARRAY = '\u001f';
/** One CSV field: quoted, inner quotes doubled (neo4j-admin's default quote handling). */
const field = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    const parts = v.map(String);
    if (parts.some((p) => p.includes(ARRAY))) throw new StancegraphError('E_INPUT', 'a list value contains the control character U+001F: use the live load');
    return `"${parts.join(ARRAY).replace(/"/g, '""')}"`;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && 'toNumber' in v) return String((v as { toNumber(): number }).toNumber());
  return `"${String(v).replace(/"/g, '""')}"`;
};

class Csv {
  private buf = '';
  private readonly out: WriteStream;
  constructor(readonly path: string, header: string[]) {
    this.out = createWriteStream(path);
    this.buf = `${header.join(',')}\n`;
  }
  async row(values: unknown[]): Promise<void> {
    this.buf += `${values.map(field).join(',')}\n`;
    if (this.buf.length > 1 << 20) {
      const b = this.buf;
      this.buf = '';
      if (!this.out.write(b)) await new Promise<void>((r) => this.out.once('drain', () => r()));
    }
  }
  close(): Promise<void> {
    this.out.write(this.buf);
    this.buf = '';
    return new Promise((res, rej) => this.out.end((e?: Error | null) => (e ? rej(e) : res())));
  }
}

interface Tie { n: number; types: Set<string>; first: string | null; last: string | null; speakers?: Set<string> }
const addTie = (map: Map<string, Tie>, key: string, s: Statement, date: string | null, speaker?: string) => {
  let t = map.get(key);
  if (!t) {
    t = { n: 0, types: new Set(), first: null, last: null, ...(speaker !== undefined ? { speakers: new Set<string>() } : {}) };
    map.set(key, t);
  }
  t.n++;
  t.types.add(s.type);
  if (date !== null) {
    if (t.first === null || date < t.first) t.first = date;
    if (t.last === null || date > t.last) t.last = date;
  }
  if (speaker !== undefined) t.speakers!.add(speaker);
};

const STATEMENT_PROPS: Array<[string, string]> = [
  ['doc', ''], ['type', ''], ['polarity', ':int'], ['sentence', ':int'], ['text', ''], ['quote', ''], ['date', ''], ['dateFrom', ''],
  ['confidence', ':double'], ['cue', ''], ['rules', ':string[]'], ['actorId', ''], ['targetId', ''], ['actorCountryId', ''],
  ['targetCountryId', ''], ['loadRun', ''],
];

/** Runs neo4j-admin (the AdminTool class of the launcher's jars) with the launcher's configuration. */
async function runAdmin(s: LauncherSettings, args: string[], log: (l: string) => void): Promise<void> {
  const dist = await provision(s, log);
  const classpath = [join(dist.lib, '*'), ...(dist.plugins ? [join(dist.plugins, '*')] : [])].join(':');
  const env = { ...process.env, NEO4J_HOME: s.homeDir, NEO4J_CONF: join(s.homeDir, 'conf') };
  await new Promise<void>((resolve, reject) => {
    const p = spawn(s.java, [`-Xmx${s.heap}`, '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-4000);
    };
    p.stdout.on('data', keep);
    p.stderr.on('data', keep);
    p.on('error', reject);
    p.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new StancegraphError('E_LAUNCHER', `neo4j-admin database import failed (exit ${code}):\n${out.trim().split('\n').slice(-12).join('\n')}`,
        'the database was not changed if the importer stopped before writing; see the lines above'));
    });
  });
}

/**
 * Imports statements.jsonl files into the launcher's `neo4j` database, replacing it (see the header).
 * The server is stopped for the import and started again afterwards.
 */
/** What `writeBulkCsv` wrote. */
export interface BulkCsv {
  dir: string;
  written: number;
  actors: number;
  documents: number;
  problems: number;
  /** Readings of the input: 1, or 2 when a country name was used before its country actor (see below). */
  passes: number;
  csvSeconds: number;
}

/**
 * Checks the statements.jsonl files and writes the graph as neo4j-admin CSV into `dir` (step 2 of the
 * header), in one reading of the input unless a country name comes before its country actor.
 */
export async function writeBulkCsv(paths: string[], dir: string, opts: Pick<BulkOptions, 'log' | 'onProblem' | 'onProgress'> = {}): Promise<BulkCsv> {
  const log = opts.log ?? (() => undefined);
  const t0 = Date.now();
  // One pass: every line checked as `stancegraph load` checks it (problems reported to the caller's
  // `onProblem`), and each valid statement written to CSV as it is read. A statement's country ids
  // need every country actor of the input (plan.countryKeys, first one wins); in one pass a country
  // name not yet seen as a country actor is resolved as the live load resolves an unknown one
  // (CountryIds.idFor) and remembered. If a country actor later in the input claims that name with
  // another id, the CSV would disagree with a live load: then the statements are written again in a
  // second pass with the complete table (the case the two passes of earlier versions always paid for).
  const plan = new LoadPlan({ hashes: false });
  let problems = 0;
  const report = (problem: Problem) => {
    problems++;
    opts.onProblem?.(problem);
  };
  const run = `${new Date().toISOString()}/bulk`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const f = (name: string) => join(dir, name);

  let ids = new CountryIds([]);
  let statements!: Csv;
  let made!: Csv;
  let targets!: Csv;
  let inDoc!: Csv;
  const actors = new Map<string, ActorRow>();
  const pairTies = new Map<string, Tie>();
  const countryTies = new Map<string, Tie>();
  const seen = new Set<string>();
  let written = 0;
  let batch: Statement[] = [];
  const open = () => {
    statements = new Csv(f('statements.csv'), ['id:ID(Statement)', ...STATEMENT_PROPS.map(([k, t]) => `${k}${t}`)]);
    made = new Csv(f('made.csv'), [':START_ID(Actor)', ':END_ID(Statement)']);
    targets = new Csv(f('targets.csv'), [':START_ID(Statement)', ':END_ID(Actor)']);
    inDoc = new Csv(f('in.csv'), [':START_ID(Statement)', ':END_ID(Document)']);
    actors.clear();
    pairTies.clear();
    countryTies.clear();
    seen.clear();
    written = 0;
    batch = [];
  };
  const mergeActors = () => {
    for (const a of actorRows(batch, ids)) {
      const old = actors.get(a.id);
      if (!old) actors.set(a.id, a);
      else {
        old.country = a.country ?? old.country;
        old.role = a.role ?? old.role;
        old.countryId = old.countryId ?? a.countryId;
        // the smallest name, and every other name as an alias (as cypher/load/actors.cypher does)
        const name = a.name < old.name ? a.name : old.name;
        old.aliases = [...new Set([...old.aliases, ...a.aliases, old.name, a.name])].filter((n) => n !== name).sort();
        old.name = name;
        old.aliasKeys = [...new Set([...old.aliasKeys, ...a.aliasKeys])].sort();
      }
    }
    batch = [];
  };
  const write = async (s: Statement) => {
    if (seen.has(s.id)) {
      throw new StancegraphError('E_INPUT', `statement id ${s.id} occurs twice: the bulk import needs distinct ids`,
        'load with `stancegraph load` (the last record with an id wins there), or remove the duplicates');
    }
    seen.add(s.id);
    const row = statementRow(s, ids);
    row.props.loadRun = run;
    await statements.row([s.id, ...STATEMENT_PROPS.map(([k]) => row.props[k])]);
    await made.row([s.actor.id, s.id]);
    await targets.row([s.id, s.target.id]);
    await inDoc.row([s.id, s.doc]);
    const date = (row.props.date as string | null) ?? null;
    if (s.polarity !== 0) {
      addTie(pairTies, `${s.polarity}\u0000${s.actor.id}\u0000${s.target.id}`, s, date);
      const ac = row.props.actorCountryId as string | null;
      const tc = row.props.targetCountryId as string | null;
      if (ac && tc && ac !== tc) addTie(countryTies, `${s.polarity}\u0000${ac}\u0000${tc}`, s, date, s.actor.id);
    }
    batch.push(s);
    if (batch.length >= 5000) mergeActors();
    if (++written % 50000 === 0) opts.onProgress?.(written);
  };

  open();
  // Country names resolved before (or without) a country actor of that name: key → the id used.
  const guessed = new Map<string, string>();
  let synced = 0;
  for (const p of paths) {
    for await (const line of parseJsonl(createReadStream(p))) {
      if (line.kind === 'record') {
        const s = line.statement;
        for (const w of line.warnings) report({ file: p, line: line.n, item: line.item, severity: 'warning', reason: w, doc: s.doc });
        plan.addStatement(s);
        if (plan.countryKeys.size !== synced) {
          for (const [k, id] of plan.countryKeys) ids.addKnown(k, id);
          synced = plan.countryKeys.size;
        }
        for (const a of [s.actor, s.target]) {
          if (a.kind === 'country' || !a.country) continue;
          const k = aliasKey(a.country);
          if (!plan.countryKeys.has(k) && !guessed.has(k)) guessed.set(k, ids.idFor(a.country));
        }
        await write(s);
      } else if (line.kind === 'warning') {
        report({ file: p, line: line.n, severity: 'warning', reason: line.reason });
      } else {
        const doc = line.kind === 'bad' ? line.doc : undefined;
        report({ file: p, line: line.n, item: line.kind === 'bad' ? line.item : undefined, severity: 'error', reason: line.reason, doc });
        plan.addBad(doc);
      }
    }
  }
  if (plan.valid === 0) {
    await Promise.all([statements.close(), made.close(), targets.close(), inDoc.close()]);
    rmSync(dir, { recursive: true, force: true });
    throw new StancegraphError('E_INPUT', 'no valid statement in the input: nothing was imported');
  }
  const conflicts = [...guessed].filter(([k, id]) => plan.countryKeys.has(k) && plan.countryKeys.get(k) !== id);
  if (conflicts.length) {
    log(`bulk: ${conflicts.length} country name(s) used before their country actor (e.g. "${conflicts[0][0]}"): writing the statements again with the complete table`);
    await Promise.all([statements.close(), made.close(), targets.close(), inDoc.close()]);
    ids = new CountryIds([]);
    for (const [k, id] of plan.countryKeys) ids.addKnown(k, id);
    open();
    for (const p of paths) for await (const s of validRecords(createReadStream(p))) await write(s);
  }
  mergeActors();
  seen.clear();
  await Promise.all([statements.close(), made.close(), targets.close(), inDoc.close()]);

  // Documents (all of the plan's, also those whose lines were all bad: they are named in the input).
  const docs = new Csv(f('documents.csv'), ['id:ID(Document)', 'path', 'title', 'author', 'published']);
  for (const d of plan.docs.values()) if (d.statements > 0 || d.bad === 0) await docs.row([d.row.id, d.row.path, d.row.title, d.row.author, d.row.published]);
  await docs.close();

  // Ties and the actors' criticism totals.
  const made2 = new Map<string, [number, number, number, number]>(); // made, targets, received, critics
  // Each actor's CRITICIZES ties out and in ([count, other id]), for its five main targets and critics.
  const outTies = new Map<string, Array<[number, string]>>();
  const inTies = new Map<string, Array<[number, string]>>();
  const push = (m: Map<string, Array<[number, string]>>, k: string, v: [number, string]) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const stat = (id: string) => {
    let v = made2.get(id);
    if (!v) made2.set(id, (v = [0, 0, 0, 0]));
    return v;
  };
  const tieCsv = async (name: string, polarity: number, withMutual: boolean) => {
    const csv = new Csv(f(name), [':START_ID(Actor)', ':END_ID(Actor)', 'count:int', 'types:string[]', 'firstDate', 'lastDate', ...(withMutual ? ['mutual:int'] : [])]);
    for (const [key, t] of pairTies) {
      const [pol, a, b] = key.split('\u0000');
      if (Number(pol) !== polarity) continue;
      let mutual: number | null = null;
      if (withMutual) {
        const back = pairTies.get(`-1\u0000${b}\u0000${a}`);
        if (back) mutual = t.n + back.n;
        const sa = stat(a);
        sa[0] += t.n;
        sa[1]++;
        const sb = stat(b);
        sb[2] += t.n;
        sb[3]++;
        push(outTies, a, [t.n, b]);
        push(inTies, b, [t.n, a]);
      }
      await csv.row([a, b, t.n, [...t.types].sort(), t.first, t.last, ...(withMutual ? [mutual] : [])]);
    }
    await csv.close();
  };
  await tieCsv('criticizes.csv', -1, true);
  await tieCsv('supports.csv', 1, false);
  for (const [name, polarity] of [['country-criticizes.csv', -1], ['country-supports.csv', 1]] as const) {
    const csv = new Csv(f(name), [':START_ID(Actor)', ':END_ID(Actor)', 'count:int', 'speakers:int', 'types:string[]', 'firstDate', 'lastDate']);
    for (const [key, t] of countryTies) {
      const [pol, a, b] = key.split('\u0000');
      if (Number(pol) !== polarity || !actors.has(a) || !actors.has(b)) continue;
      await csv.row([a, b, t.n, t.speakers!.size, [...t.types].sort(), t.first, t.last]);
    }
    await csv.close();
  }

  // Actors (one label per kind), alias keys and their NAMES, OF_COUNTRY.
  const LABEL: Record<string, string> = { person: 'Person', country: 'Country', organization: 'Organization', media: 'Media', group: 'Group' };
  const actorCsv = new Csv(f('actors.csv'), ['id:ID(Actor)', ':LABEL', 'name', 'kind', 'country', 'role', 'aliases:string[]', 'aliasKeys:string[]',
    'criticismMade:int', 'criticismTargets:int', 'criticismReceived:int', 'critics:int', 'mainTargets:string[]', 'mainCritics:string[]', 'topTargets:string[]', 'topTargetCounts:int[]']);
  // As load/actor-stats.cypher: heaviest ties first, then by the other actor's name; five.
  const nameOf = (id: string) => actors.get(id)?.name ?? '';
  // (and topTargets / topTargetCounts: the 50 heaviest criticism ties, for defenders.cypher)
  const top = (list: Array<[number, string]> | undefined, n: number) => (list ?? [])
    .sort((x, y) => y[0] - x[0] || (nameOf(x[1]) < nameOf(y[1]) ? -1 : nameOf(x[1]) > nameOf(y[1]) ? 1 : 0))
    .slice(0, n);
  const main = (list: Array<[number, string]> | undefined) => top(list, 5).map(([, id]) => id);
  const aliasCsv = new Csv(f('aliases.csv'), ['key:ID(Alias)', ':LABEL']);
  const names = new Csv(f('names.csv'), [':START_ID(Alias)', ':END_ID(Actor)']);
  const ofCountry = new Csv(f('of-country.csv'), [':START_ID(Actor)', ':END_ID(Actor)']);
  const keys = new Set<string>();
  for (const a of actors.values()) {
    const st = made2.get(a.id) ?? [0, 0, 0, 0];
    await actorCsv.row([a.id, ['Actor', ...(LABEL[a.kind] ? [LABEL[a.kind]] : [])], a.name, a.kind, a.country, a.role, a.aliases, a.aliasKeys, ...st, main(outTies.get(a.id)), main(inTies.get(a.id)),
      ...(outTies.get(a.id)?.length ? [top(outTies.get(a.id), 50).map(([, id]) => id), top(outTies.get(a.id), 50).map(([n]) => n)] : [null, null])]);
    for (const k of a.aliasKeys) {
      if (!keys.has(k)) {
        keys.add(k);
        await aliasCsv.row([k, 'Alias']);
      }
      await names.row([k, a.id]);
    }
    if (a.countryId && actors.has(a.countryId)) await ofCountry.row([a.id, a.countryId]);
  }
  await Promise.all([actorCsv.close(), aliasCsv.close(), names.close(), ofCountry.close()]);
  const csvSeconds = (Date.now() - t0) / 1000;
  log(`bulk: ${written} statements, ${actors.size} actors, ${plan.docs.size} documents written as CSV in ${csvSeconds.toFixed(1)} s (${dir})`);
  return { dir, written, actors: actors.size, documents: plan.docs.size, problems, passes: conflicts.length ? 2 : 1, csvSeconds };
}

export async function bulkImport(settings: LauncherSettings, paths: string[], opts: BulkOptions = {}): Promise<BulkSummary> {
  const log = opts.log ?? (() => undefined);
  const dir = opts.csvDir ?? join(settings.homeDir, 'import', 'bulk');
  const { written, actors, documents, problems, csvSeconds } = await writeBulkCsv(paths, dir, opts);
  const f = (name: string) => join(dir, name);

  // 3. The importer, with the server stopped.
  const t1 = Date.now();
  if (running(settings)) {
    log('bulk: stopping the server (the importer needs it stopped)…');
    await stop(settings, log);
  }
  if (!existsSync(join(settings.homeDir, 'conf', 'neo4j.conf'))) {
    // The importer reads the launcher's neo4j.conf (where the data folder is); a first start writes it.
    await start(settings, log);
    await stop(settings, log);
  }
  await runAdmin(settings, ['database', 'import', 'full', 'neo4j', '--overwrite-destination=true', `--array-delimiter=${ARRAY}`,
    '--multiline-fields=true', '--threads=2', `--high-parallel-io=off`,
    `--report-file=${f('import.report')}`, // not in the working directory
    `--nodes=Document=${f('documents.csv')}`,
    `--nodes=Statement=${f('statements.csv')}`,
    `--nodes=${f('actors.csv')}`,
    `--nodes=${f('aliases.csv')}`,
    `--relationships=MADE=${f('made.csv')}`, `--relationships=TARGETS=${f('targets.csv')}`, `--relationships=IN=${f('in.csv')}`,
    `--relationships=NAMES=${f('names.csv')}`, `--relationships=OF_COUNTRY=${f('of-country.csv')}`,
    `--relationships=CRITICIZES=${f('criticizes.csv')}`, `--relationships=SUPPORTS=${f('supports.csv')}`,
    `--relationships=COUNTRY_CRITICIZES=${f('country-criticizes.csv')}`, `--relationships=COUNTRY_SUPPORTS=${f('country-supports.csv')}`,
  ], log);
  const importSeconds = (Date.now() - t1) / 1000;
  log(`bulk: neo4j-admin database import in ${importSeconds.toFixed(1)} s`);
  if (!opts.keepCsv) rmSync(dir, { recursive: true, force: true });

  const t2 = Date.now();
  const started = await start(settings, log);
  // The importer stores no property for an empty list; the live load stores []: make them agree.
  const driver = await openDriver({ uri: started.uri, username: settings.username, password: settings.password });
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    // (labels and property names are this file's constants, not data)
    for (const [label, prop] of [['Actor', 'aliases'], ['Actor', 'aliasKeys'], ['Actor', 'mainTargets'], ['Actor', 'mainCritics'], ['Actor', 'topTargets'], ['Actor', 'topTargetCounts'], ['Statement', 'rules']]) {
      await session.run(`MATCH (n:${label}) WHERE n.${prop} IS NULL CALL (n) { SET n.${prop} = [] } IN TRANSACTIONS OF 10000 ROWS`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
  if (opts.afterStart) await opts.afterStart(started.uri);
  const startSeconds = (Date.now() - t2) / 1000;
  return {
    statements: written, documents, actors, problems,
    csvSeconds: Number(csvSeconds.toFixed(1)), importSeconds: Number(importSeconds.toFixed(1)), startSeconds: Number(startSeconds.toFixed(1)),
  };
}

