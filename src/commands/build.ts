/**
 * stancegraph build
 * =================
 *
 * The main job: articles → statements → signed networks → files a person can open.
 *
 *   extractPaths (pipeline.ts)            statements of each document, problems as messages
 *   buildGraph → projectCountries          actor network, then the state network
 *   analyse                                signed degrees, criticism PageRank, blocs, balance, layout
 *   write                                  statements.jsonl, actors.gexf, countries.gexf, summary.md,
 *                                          messages.jsonl (when there are messages)
 *   loadStatements (optional)              Neo4j, with --neo4j or NEO4J_URI set
 *
 * Exit 0 when every input was read, 1 when some input failed (named on stderr; the rest is
 * processed), 2 on usage errors.
 */
import { renameSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, StancegraphError, outputError } from '../errors';
import { writeGexfFile } from '../export/gexf';
import { writeGraphmlFile } from '../export/graphml';
import { readJsonl } from '../export/jsonl';
import { LineWriter, openOutputFile, prepareOutDir, readJsonlSync, writeFileAtomic } from '../export/stream';
import { renderSummaryMarkdown, StatementTally, summarize, summaryHeadline, summaryJson } from '../export/summary';
import type { IngestedDoc } from '../ingest/read-documents';
import { analyse } from '../graph/analyse';
import { buildGraph } from '../graph/build-graph';
import { StatementFile } from '../graph/evidence-store';
import { projectCountries } from '../graph/project-countries';
import { dropUnsignedActors } from '../graph/signed-only';
import { assignBlocColors } from '../export/colors';
import { writeReport } from '../report/write-report';
import { applySchema, asNeo4jError, loadStatements, neo4jConfigFromEnv, openDriver, type LoadOptions, type LoadSummary } from '../neo4j/index';
import type { DocumentRow } from '../neo4j/rows';
import type { StanceGraph } from '../graph/types';
import { extractPathsParallel } from '../workers/extract-pool';
import { createProgress } from '../progress';
import type { Doc, Message, Statement } from '../types';
import { fieldsOption, jobsOption, plural, withSource } from './extract';
import type { Command, CommandIO } from './types';

const USAGE = `Usage: stancegraph build <paths…> [options]

Extracts statements from articles (.txt/.md files, .jsonl/.csv exports of news APIs, folders
of these, or - for standard input), builds the actor and state networks and writes them, with
a summary, to the output folder.

Options:
  --out-dir DIR          output folder (default: out), created if missing
  --format gexf|graphml  network file format (default: gexf, GEXF 1.3 for Gephi)
  --json                 print a machine-readable summary on stdout
  --date YYYY-MM-DD      publication date for documents that give none
  --fields SPEC          field names of JSONL/CSV records, e.g. text=body,title=headline,outlet=source.name
  --seed N               seed for blocs and layout (default: 1); same seed, same files
  -j, --jobs N           worker threads extracting documents (default: the number of cores); 1 runs
                         in this thread; the files are the same for every N
  --neo4j                also load the statements into Neo4j (also on when NEO4J_URI is set)
  --keep-comment-actors  keep actors without any signed tie (COMMENT only) in the networks
  -q, --quiet            print only errors on standard error (no warnings, no progress bar)
  -h, --help             show this help

Writes: statements.jsonl, actors.gexf, countries.gexf (or .graphml), summary.md, report.html,
messages.jsonl (problems, when there are any).
Exit status: 0 all inputs read, 1 some input failed (the rest is processed), 2 usage error.`;

export interface BuildOptions {
  paths: string[];
  outDir: string;
  format: 'gexf' | 'graphml';
  json: boolean;
  date?: string;
  seed: number;
  neo4j: boolean;
  quiet?: boolean;
  /** Keep actors with no signed tie (COMMENT only) in the networks. */
  keepCommentActors?: boolean;
  /** Worker threads for extraction (default 1 from code; the CLI's default is the number of cores). */
  jobs?: number;
  fields?: ReturnType<typeof fieldsOption>;
}

function usage(message: string): StancegraphError {
  return new StancegraphError('E_USAGE', message);
}

/** argv → BuildOptions; throws E_USAGE. */
export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = {}): BuildOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'out-dir': { type: 'string', default: 'out' },
        format: { type: 'string', default: 'gexf' },
        json: { type: 'boolean', default: false },
        date: { type: 'string' },
        seed: { type: 'string', default: '1' },
        neo4j: { type: 'boolean', default: false },
        fields: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'keep-comment-actors': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw usage('no input: give files, folders or - for standard input');
  const format = values.format!;
  if (format !== 'gexf' && format !== 'graphml') throw usage(`--format must be gexf or graphml, not "${format}"`);
  const date = values.date;
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)))) {
    throw usage(`--date must be a date as YYYY-MM-DD, not "${date}"`);
  }
  if (!/^\d{1,9}$/.test(values.seed!)) throw usage(`--seed must be a non-negative integer, not "${values.seed}"`);
  if (!values['out-dir']) throw usage('--out-dir must not be empty');
  const opts: BuildOptions = {
    paths: positionals,
    outDir: values['out-dir']!,
    format,
    json: values.json!,
    seed: Number(values.seed),
    neo4j: values.neo4j! || Boolean(env.NEO4J_URI),
    jobs: jobsOption(values.jobs),
  };
  if (date) opts.date = date;
  if (values.quiet) opts.quiet = true;
  if (values['keep-comment-actors']) opts.keepCommentActors = true;
  const fields = fieldsOption(values.fields);
  if (fields) opts.fields = fields;
  return opts;
}

/** Loads the run's documents and statements into Neo4j (schema first). */
async function loadIntoNeo4j(docs: Doc[], statements: Statement[], io: CommandIO): Promise<LoadSummary> {
  const config = neo4jConfigFromEnv(io.env);
  const driver = await openDriver(config);
  const progress = createProgress(io.stderr, { total: statements.length, unit: 'statements loaded' });
  try {
    await applySchema(driver, config.database);
    const documents: DocumentRow[] = docs.map((d) => ({
      id: d.id, path: d.path, title: d.title ?? null, author: d.author ?? null, published: d.published ?? null,
    }));
    const opts: LoadOptions = { documents, onProgress: (n) => progress.tick(n) };
    if (config.database) opts.database = config.database;
    return await loadStatements(driver, statements, opts);
  } catch (err) {
    return asNeo4jError(err, config, 'loading into Neo4j failed');
  } finally {
    progress.done();
    await driver.close();
  }
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export interface BuildResult {
  exitCode: number;
  /** The documents read (without their text). */
  docs: Array<Omit<Doc, 'text'>>;
  /** Statements written to statements.jsonl. */
  statementCount: number;
  messageCounts: { error: number; warning: number; info: number };
  failedInputs: string[];
  files: string[];
  actors: StanceGraph;
  countries: StanceGraph;
}

/**
 * Runs the whole job with parsed options. Used by the command and by tests.
 *
 * Memory does not grow with the corpus: statements and messages go to disk as they are found
 * (statements.jsonl, messages.jsonl, under a temporary name until the run is done); the graph is
 * then built from statements.jsonl read back a line at a time; only the documents' metadata,
 * the graph and the counts stay in memory. With --neo4j the statements are read back for loading.
 */
export async function runBuild(opts: BuildOptions, io: CommandIO): Promise<BuildResult> {
  // 0. The output folder is checked (and created) before any work.
  const outDir = resolve(io.cwd, opts.outDir);
  prepareOutDir(outDir);
  const statementsFile = join(outDir, 'statements.jsonl');
  const messagesFile = join(outDir, 'messages.jsonl');
  const stOut = new LineWriter(openOutputFile(`${statementsFile}.partial`), statementsFile);
  const msgOut = new LineWriter(openOutputFile(`${messagesFile}.partial`), messagesFile);
  const messageCounts = { error: 0, warning: 0, info: 0 };
  const pending: Message[] = [];
  const progress = createProgress(io.stderr, { unit: 'documents', stage: 'reading', ...(opts.quiet ? { enabled: false } : {}) });
  const failed = new Set<string>();
  // STANCEGRAPH_STAGES=1: one line on stderr as each stage starts (bench/build.mjs samples memory per stage)
  let current = '';
  const stage = (name: string) => {
    if (name === current) return;
    current = name;
    progress.stage(name);
    if (io.env.STANCEGRAPH_STAGES) io.stderr.write(`stancegraph build: stage ${name}\n`);
  };
  const onMessage = (m: Message) => {
    pending.push(m);
    messageCounts[m.severity]++;
    if (m.severity === 'error') {
      const what = m.file ?? '(input)';
      if (!failed.has(what)) progress.log(`stancegraph build: ${m.reason.startsWith(what) ? m.reason : `${what}: ${m.reason}`}\n`);
      failed.add(what);
    } else if (m.severity === 'warning' && m.source === 'ingest' && !opts.quiet) {
      const what = m.file ?? '(input)';
      progress.log(`stancegraph build: warning: ${m.reason.startsWith(what) ? m.reason : `${what}: ${m.reason}`}\n`);
    }
  };
  const flushMessages = async () => {
    for (const m of pending.splice(0)) await msgOut.write(`${JSON.stringify(m)}\n`);
  };
  const paths = opts.paths.map((p) => (p === '-' || isAbsolute(p) || resolve(p) === resolve(io.cwd, p) ? p : resolve(io.cwd, p)));
  const cleanup = () => {
    for (const f of [statementsFile, messagesFile, ...['actors', 'countries'].map((n) => join(outDir, `${n}.${opts.format}`))]) rmSync(`${f}.partial`, { force: true });
  };
  let evidence: StatementFile | undefined;
  try {
    // 1. Extract, one document at a time; statements and messages straight to disk.
    const docs: Array<Omit<Doc, 'text'>> = [];
    const tally = new StatementTally();
    const extractOpts: Parameters<typeof extractPathsParallel>[1] = {
      jobs: opts.jobs ?? 1,
      onMessage,
      ingest: {
        ...(opts.fields ? { fields: opts.fields } : {}),
        countRecords: Boolean((io.stderr as NodeJS.WriteStream).isTTY) && !opts.quiet,
        onPlan: (plan) => { progress.setTotal(plan.documents); stage('extracting'); },
      },
    };
    if (opts.date) extractOpts.date = opts.date;
    stage('extracting');
    for await (const { doc, statements: found } of extractPathsParallel(paths, extractOpts)) {
      const { text: _text, ...meta } = doc;
      docs.push(meta);
      for (const s of found) {
        tally.add(s);
        await stOut.write(`${JSON.stringify(withSource(doc as IngestedDoc, s))}\n`);
      }
      await flushMessages();
      progress.tick(1, doc.id);
    }
    await stOut.end();

    // 2. Graphs and analyses, from statements.jsonl read back a line at a time.
    stage('graph');
    // samples of evidence stay in statements.jsonl, read back by the writers (graph/evidence-store.ts)
    evidence = new StatementFile(`${statementsFile}.partial`);
    const actors = buildGraph(evidence, { onMessage, evidence });
    if (!opts.keepCommentActors) dropUnsignedActors(actors);
    const countries = projectCountries(actors);
    stage('layout');
    const actorAnalysis = analyse(actors, { seed: opts.seed });
    const countryAnalysis = analyse(countries, { seed: opts.seed });
    assignBlocColors(actors, countries);
    await flushMessages();
    await msgOut.end();

    // 3. Files.
    stage('writing');
    const files: string[] = [];
    const put = (name: string, content: string) => {
      const file = join(outDir, name);
      writeFileAtomic(file, content);
      files.push(file);
    };
    const keep = (file: string) => {
      try { renameSync(`${file}.partial`, file); } catch (err) { throw outputError(file, err); }
      files.push(file);
    };
    const summary = summarize({
      docs,
      tally,
      messageCounts,
      failedInputs: [...failed],
      actors: { graph: actors, analysis: actorAnalysis },
      countries: { graph: countries, analysis: countryAnalysis },
    });
    const ext = opts.format;
    // networks are written line by line (any size), under a temporary name until complete
    const write = (g: StanceGraph, what: string, name: string) => {
      const file = join(outDir, name);
      try {
        if (ext === 'gexf') writeGexfFile(g, `${file}.partial`, { description: `stancegraph ${what} network: positive (green) and negative (red) statements` });
        else writeGraphmlFile(g, `${file}.partial`);
      } catch (err) {
        rmSync(`${file}.partial`, { force: true });
        throw err;
      }
      keep(file);
    };
    keep(statementsFile);
    evidence.moved(statementsFile);
    write(actors, 'actor', `actors.${ext}`);
    write(countries, 'state', `countries.${ext}`);
    put('summary.md', renderSummaryMarkdown(summary));
    stage('report');
    writeReport(join(outDir, 'report.html'), actors, countries, readJsonlSync<Statement>(statementsFile), docs, { cwd: io.cwd });
    files.push(join(outDir, 'report.html'));
    if (msgOut.count) keep(messagesFile);
    else {
      rmSync(`${messagesFile}.partial`, { force: true });
      rmSync(messagesFile, { force: true });
    }
    progress.done();

    // 4. Report.
    const shown = files.map((f) => display(f, io.cwd));
    const headline = summaryHeadline(summary);
    if (opts.json) {
      io.stderr.write(`${headline}\n`);
      io.stdout.write(`${JSON.stringify(summaryJson(summary, { outDir: display(outDir, io.cwd), files: shown }), null, 2)}\n`);
    } else {
      io.stdout.write(`${headline}\nWrote ${shown.join(', ')}.\n`);
    }

    // 5. Neo4j, last: the files are there even when the server is down.
    if (opts.neo4j) {
      const statements = await readJsonl<Statement>(statementsFile);
      const loaded = await loadIntoNeo4j(docs as Doc[], statements, io);
      io.stderr.write(`Loaded ${plural(loaded.statements, 'statement')} from ${plural(loaded.documents, 'document')} (${plural(loaded.actors, 'actor')}) into Neo4j.\n`);
    }

    return {
      exitCode: failed.size ? EXIT.FAILED : EXIT.OK,
      docs, statementCount: tally.total, messageCounts, failedInputs: [...failed], files, actors, countries,
    };
  } finally {
    progress.done();
    evidence?.close();
    cleanup();
  }
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'extract statements and write the actor and state networks (GEXF), summary and JSONL',
  usage: USAGE,
  async run(argv, io) {
    const opts = parseBuildArgs(argv, io.env);
    const result = await runBuild(opts, io);
    return result.exitCode;
  },
};
