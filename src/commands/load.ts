/**
 * `stancegraph load <statements.jsonl | article paths…>`: statements into Neo4j (NEO4J_URI,
 * NEO4J_USERNAME, NEO4J_PASSWORD). JSONL files load as they are; anything else is extracted first.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StancegraphError } from '../errors';
import {
  applySchema, asNeo4jError, graphCounts, loadStatements, neo4jConfigFromEnv, openDriver,
} from '../neo4j';
import type { DocumentRow } from '../neo4j/rows';
import { extractPaths } from '../pipeline';
import { createProgress } from '../progress';
import type { Statement } from '../types';
import type { Command, CommandIO } from './types';

const usage = `Usage: stancegraph load [options] <statements.jsonl | article files or folders…>

Loads statements into Neo4j. *.jsonl / *.ndjson files (output of \`stancegraph extract\`, "-" for
standard input) load as they are; other paths are read as articles and extracted first.
Re-running is harmless; a document loaded again replaces its earlier statements.

Options:
  --batch-size N   statements per transaction (default 2000)
  --no-replace     keep statements of loaded documents that are missing from this load
  --date ISO       fallback publication date for extracted articles

Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USERNAME (neo4j),
NEO4J_PASSWORD (stancegraph), NEO4J_DATABASE (server default).
Start a server with \`stancegraph neo4j start\` or \`docker compose up -d\`.`;

async function readJsonl(path: string, io: CommandIO, out: Statement[]): Promise<void> {
  const input: NodeJS.ReadableStream = path === '-' ? io.stdin : createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    input.once('error', (err) => reject(new StancegraphError('E_READ', `cannot read ${path}: ${(err as Error).message}`)));
    const rl = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    rl.on('line', (line) => {
      n++;
      if (!line.trim()) return;
      try {
        const s = JSON.parse(line) as Statement;
        if (!s || typeof s.id !== 'string' || !s.actor?.id || !s.target?.id || !s.doc) throw new Error('missing id, doc, actor.id or target.id');
        out.push(s);
      } catch (err) {
        rl.close();
        reject(new StancegraphError('E_INPUT', `${path}:${n}: not a statement record (${(err as Error).message})`,
          'load the JSONL written by `stancegraph extract`'));
      }
    });
    rl.on('close', () => resolve());
  });
}

export const loadCommand: Command = {
  name: 'load',
  summary: 'load statements (JSONL or articles) into Neo4j',
  usage,
  async run(argv, io) {
    let batchSize: number | undefined;
    let replace = true;
    let date: string | undefined;
    const inputs: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--batch-size') {
        batchSize = Number(argv[++i]);
        if (!Number.isInteger(batchSize) || batchSize < 1) throw new StancegraphError('E_USAGE', '--batch-size needs a positive integer');
      } else if (a === '--no-replace') replace = false;
      else if (a === '--date') date = argv[++i];
      else if (a.startsWith('--')) throw new StancegraphError('E_USAGE', `unknown option ${a}`);
      else inputs.push(a);
    }
    if (!inputs.length) throw new StancegraphError('E_USAGE', 'nothing to load');

    const config = neo4jConfigFromEnv(io.env);
    const driver = await openDriver(config);
    try {
      const statements: Statement[] = [];
      const documents: DocumentRow[] = [];
      const jsonl = inputs.filter((p) => /\.(jsonl|ndjson)$/i.test(p) || p === '-');
      const articles = inputs.filter((p) => !jsonl.includes(p));
      for (const p of jsonl) await readJsonl(p, io, statements);
      if (articles.length) {
        let errors = 0;
        for await (const { doc, statements: found } of extractPaths(articles, {
          date,
          onMessage: (m) => {
            if (m.severity === 'error') {
              errors++;
              io.stderr.write(`load: ${m.file ?? ''}: ${m.reason}\n`);
            }
          },
        })) {
          documents.push({ id: doc.id, path: doc.path, title: doc.title ?? null, author: doc.author ?? null, published: doc.published ?? null });
          statements.push(...found);
        }
        if (errors && !documents.length && !statements.length) throw new StancegraphError('E_READ', 'no article could be read');
        io.stderr.write(`load: extracted ${statements.length} statements from ${documents.length} documents\n`);
      }
      const progress = createProgress(io.stderr, { total: statements.length, unit: 'statements' });
      let summary;
      try {
        await applySchema(driver, config.database);
        summary = await loadStatements(driver, statements, {
          batchSize, documents, replaceDocuments: replace, database: config.database,
          onProgress: (n) => progress.tick(n),
        });
        progress.done();
        const c = await graphCounts(driver, config.database);
        io.stdout.write(
          `loaded ${summary.statements} statements from ${summary.documents} documents (${summary.actors} actors) ` +
          `in ${(summary.ms / 1000).toFixed(1)} s; removed ${summary.deleted} outdated statements\n` +
          `graph: ${c.documents} documents, ${c.statements} statements, ${c.actors} actors (${c.countries} countries); ` +
          `${c.criticizes} CRITICIZES, ${c.supports} SUPPORTS, ${c.countryCriticizes} COUNTRY_CRITICIZES, ${c.countrySupports} COUNTRY_SUPPORTS\n`,
        );
      } catch (err) {
        progress.done();
        asNeo4jError(err, config, 'load failed');
      }
      return 0;
    } finally {
      await driver.close();
    }
  },
};
