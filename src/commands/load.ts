/**
 * `stancegraph load <statements.jsonl | article paths…>`: statements into Neo4j (NEO4J_URI,
 * NEO4J_USERNAME, NEO4J_PASSWORD). JSONL files load as they are; anything else is extracted first.
 */
import { createReadStream, statSync } from 'node:fs';
import { StancegraphError } from '../errors';
import {
  applySchema, asNeo4jError, graphCounts, neo4jConfigFromEnv, openDriver, writePlan,
} from '../neo4j';
import { formatProblem, scanJsonl, Spool, validRecords, type Problem } from '../neo4j/input';
import { LoadPlan } from '../neo4j/plan';
import { checkRecord } from '../neo4j/record';
import { extractPaths } from '../pipeline';
import { createProgress } from '../progress';
import type { Statement } from '../types';
import { LOAD_FROM_KAFKA_USAGE, loadFromKafka } from './load-from-kafka';
import type { Command } from './types';

const usage = `Usage: stancegraph load [options] <statements.jsonl… | article files or folders…>

Loads statements into Neo4j. *.jsonl / *.ndjson files (output of \`stancegraph extract\`, "-" for
standard input) load as they are; other paths are read as articles and extracted first.

Every line is checked before anything is written. Bad lines (not JSON, missing fields, a
polarity that does not match the type, …) are reported with file, line and reason and skipped;
the good ones load; the exit code is 1. Texts and names over the size limits are cut, with a warning.

Re-running is harmless. A document is replaced (its statements missing from this load are deleted)
only when the load holds a complete, valid set of its statements — give all parts of a split file
in one command. A document with a bad line keeps what the graph has and gets its valid statements
added; a bad line that names no document means no document is replaced. See docs/NEO4J.md §3.

Options:
  --batch-size N   statements per transaction (default 10000)
  --no-replace     add and update only: delete nothing, even for complete documents
  --date ISO       fallback publication date for extracted articles
  --max-messages N problems printed on stderr (default 100; the rest are counted)
  --no-analyses    do not recompute blocs and balance of the whole graph after loading (minutes and
                   ~2 GB on a million statements); run \`stancegraph analyses\` once after the last load

Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USERNAME (neo4j),
NEO4J_PASSWORD (stancegraph), NEO4J_DATABASE (server default).
Start a server with \`stancegraph neo4j start\` or \`docker compose up -d\`.
${LOAD_FROM_KAFKA_USAGE}`;

type Source = { kind: 'file'; path: string; size: number; mtimeMs: number } | { kind: 'spool' };

export const loadCommand: Command = {
  name: 'load',
  summary: 'load statements (JSONL or articles) into Neo4j',
  usage,
  async run(argv, io) {
    if (argv.includes('--from-kafka')) return loadFromKafka(argv.filter((a) => a !== '--from-kafka'), io);
    let batchSize: number | undefined;
    let replace = true;
    let date: string | undefined;
    let maxMessages = 100;
    let analyses = true;
    const inputs: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--batch-size') {
        batchSize = Number(argv[++i]);
        if (!Number.isInteger(batchSize) || batchSize < 1) throw new StancegraphError('E_USAGE', '--batch-size needs a positive integer');
      } else if (a === '--max-messages') {
        maxMessages = Number(argv[++i]);
        if (!Number.isInteger(maxMessages) || maxMessages < 0) throw new StancegraphError('E_USAGE', '--max-messages needs a whole number');
      } else if (a === '--no-replace') replace = false;
      else if (a === '--no-analyses') analyses = false;
      else if (a === '--date') date = argv[++i];
      else if (a.startsWith('--')) throw new StancegraphError('E_USAGE', `unknown option ${a}`);
      else inputs.push(a);
    }
    if (!inputs.length) throw new StancegraphError('E_USAGE', 'nothing to load');

    // Pass 1: read and check everything; nothing is written yet.
    const plan = new LoadPlan();
    let errors = 0;
    let warnings = 0;
    let printed = 0;
    const report = (p: Problem) => {
      if (p.severity === 'error') errors++;
      else warnings++;
      if (printed < maxMessages) io.stderr.write(`load: ${formatProblem(p)}\n`);
      printed++;
    };
    const sources: Source[] = [];
    let spool: Spool | undefined;
    const jsonl = inputs.filter((p) => /\.(jsonl|ndjson)$/i.test(p) || p === '-');
    const articles = inputs.filter((p) => !jsonl.includes(p));
    try {
      for (const path of jsonl) {
        if (path === '-') {
          spool ??= new Spool();
          await scanJsonl('<stdin>', io.stdin as AsyncIterable<Buffer>, plan, report, spool);
          continue;
        }
        let st;
        try {
          st = statSync(path);
          if (!st.isFile()) throw new Error('not a file');
          await scanJsonl(path, createReadStream(path), plan, report);
          sources.push({ kind: 'file', path, size: st.size, mtimeMs: st.mtimeMs });
        } catch (err) {
          // A file that could not be read may hold any document: no document is replaced.
          report({ file: path, severity: 'error', reason: `cannot read: ${(err as Error).message}` });
          plan.addBad(undefined);
        }
      }
      if (articles.length) {
        spool ??= new Spool();
        let docs = 0;
        let found = 0;
        let readErrors = 0;
        for await (const { doc, statements } of extractPaths(articles, {
          date,
          onMessage: (m) => {
            if (m.severity === 'error') {
              readErrors++;
              report({ file: m.file ?? '', severity: 'error', reason: m.reason });
            }
          },
        })) {
          docs++;
          plan.addDocument({ id: doc.id, path: doc.path, title: doc.title ?? null, author: doc.author ?? null, published: doc.published ?? null });
          for (const s of statements) {
            const c = checkRecord(s);
            for (const w of c.warnings) report({ file: doc.path, severity: 'warning', reason: `statement ${s.id}: ${w}`, doc: doc.id });
            if (c.statement) {
              plan.addStatement(c.statement);
              await spool.write(c.statement);
              found++;
            } else {
              report({ file: doc.path, severity: 'error', reason: `statement ${s.id}: ${c.errors.join('; ')}`, doc: doc.id });
              plan.addBad(doc.id);
            }
          }
        }
        if (readErrors && !docs) throw new StancegraphError('E_READ', 'no article could be read');
        io.stderr.write(`load: extracted ${found} statements from ${docs} documents\n`);
      }
      if (spool) {
        await spool.close();
        sources.push({ kind: 'spool' });
      }
      if (printed > maxMessages) io.stderr.write(`load: … ${printed - maxMessages} more problems not shown (--max-messages)\n`);
      if (errors) {
        io.stderr.write(`load: ${errors} bad line${errors === 1 ? '' : 's'} skipped, ${plan.valid} valid statement${plan.valid === 1 ? '' : 's'} to load\n`);
      }
      if (!plan.docs.size || (plan.valid === 0 && ![...plan.docs.values()].some((d) => d.bad === 0))) {
        throw new StancegraphError('E_INPUT', 'no valid statement to load: nothing was written',
          'load the JSONL written by `stancegraph extract` (one JSON record per line; see ../shared/spec/STATEMENTS.md)');
      }

      const config = neo4jConfigFromEnv(io.env);
      const driver = await openDriver(config);
      try {
        for (const s of sources) {
          if (s.kind !== 'file') continue;
          const now = statSync(s.path);
          if (now.size !== s.size || now.mtimeMs !== s.mtimeMs) {
            throw new StancegraphError('E_INPUT', `${s.path} changed while it was being checked: nothing was written`, 'load again when the file is complete');
          }
        }
        const progress = createProgress(io.stderr, { total: plan.valid, unit: 'statements' });
        try {
          await applySchema(driver, config.database);
          // Pass 2: the valid records again, streamed in batches.
          async function* statements(): AsyncGenerator<Statement> {
            for (const s of sources) yield* s.kind === 'file' ? validRecords(createReadStream(s.path)) : spool!.read();
          }
          const summary = await writePlan(driver, plan, statements, {
            batchSize, replaceDocuments: replace, database: config.database, analyses,
            onProgress: (n) => progress.tick(n),
          });
          progress.done();
          if (replace && plan.unattributed) {
            io.stderr.write(`load: ${plan.unattributed} bad line${plan.unattributed === 1 ? '' : 's'} could not be told apart by document, ` +
              'so no document was replaced: statements were added and updated, none deleted. Fix the lines and load again to replace the documents.\n');
          } else if (summary.merged.length) {
            for (const id of summary.merged.slice(0, maxMessages)) {
              const d = plan.docs.get(id)!;
              io.stderr.write(`load: document ${id}: ${d.bad} bad line${d.bad === 1 ? '' : 's'}, so it was not replaced: ` +
                `its statements already in the graph were kept and its ${d.statements} valid ones added (fix the lines and load again to replace it)\n`);
            }
            if (summary.merged.length > maxMessages) io.stderr.write(`load: … and ${summary.merged.length - maxMessages} more documents with bad lines\n`);
          }
          const c = await graphCounts(driver, config.database);
          io.stdout.write(
            `loaded ${summary.statements + summary.skippedStatements} statements from ${summary.documents} documents (${summary.actors} actors) ` +
            `in ${(summary.ms / 1000).toFixed(1)} s; replaced ${summary.replaced} documents, removed ${summary.deleted} outdated statements` +
            `${summary.skipped ? `; ${summary.skipped} documents (${summary.skippedStatements} statements) unchanged since they were last loaded, skipped` : ''}` +
            `${summary.merged.length ? `; ${summary.merged.length} documents with bad lines merged, nothing of them removed` : ''}` +
            `${errors ? `; ${errors} bad lines skipped` : ''}\n` +
            `graph: ${c.documents} documents, ${c.statements} statements, ${c.actors} actors (${c.countries} countries); ` +
            `${c.criticizes} CRITICIZES, ${c.supports} SUPPORTS, ${c.countryCriticizes} COUNTRY_CRITICIZES, ${c.countrySupports} COUNTRY_SUPPORTS\n`,
          );
          if (!analyses) {
            io.stderr.write('load: blocs and balance were not recomputed (--no-analyses): the `blocs` and `unbalanced-triads` queries ' +
              'describe the graph as of the last analyses; run `stancegraph analyses` after the last load\n');
          }
        } catch (err) {
          progress.done();
          asNeo4jError(err, config, 'load failed');
        }
      } finally {
        await driver.close();
      }
      return errors ? 1 : 0;
    } finally {
      spool?.remove();
    }
  },
};
