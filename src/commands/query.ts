/** `stancegraph query <name> [--param k=v] [--format table|json|csv]`: run a cypher/queries file. */
import { StancegraphError } from '../errors';
import { asNeo4jError, neo4jConfigFromEnv, openDriver } from '../neo4j';
import { resourceError } from '../neo4j/driver';
import { formatCsv, formatJson, formatTable, plain } from '../neo4j/format';
import { listQueries, loadQuery, runQuery } from '../neo4j/library';
import { parseCliValue, ParamValue } from '../neo4j/params';
import { checkNames } from '../neo4j/suggest';
import type { Command } from './types';

const DEFAULT_TIMEOUT_S = 60;

const usage = `Usage: stancegraph query <name> [--param name=value]… [--format table|json|csv] [--timeout S]
       stancegraph query --list

Runs a query of the Cypher library (cypher/queries/<name>.cypher) against Neo4j (NEO4J_URI,
NEO4J_USERNAME, NEO4J_PASSWORD). Without --param the file's own \`// :param\` values are used.
Values are Cypher literals (10, 'text', true) or plain text: --param actor="the US".
Actor and country parameters take any name or alias ("Seoul", "the US"); a name the graph does
not know is an error that lists the closest names.

Options:
  --timeout S   stop the query after S seconds (default ${DEFAULT_TIMEOUT_S}; 0 = no limit)`;

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a query of the Cypher library against Neo4j',
  usage,
  async run(argv, io) {
    let name: string | undefined;
    let format = 'table';
    const params: Record<string, ParamValue> = {};
    let list = false;
    let timeoutS = DEFAULT_TIMEOUT_S;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--list' || a === '-l') list = true;
      else if (a === '--format' || a === '-f') format = argv[++i] ?? '';
      else if (a.startsWith('--format=')) format = a.slice(9);
      else if (a === '--timeout' || a.startsWith('--timeout=')) {
        const v = a.startsWith('--timeout=') ? a.slice(10) : argv[++i];
        timeoutS = Number(v);
        if (v === undefined || v === '' || !Number.isFinite(timeoutS) || timeoutS < 0) throw new StancegraphError('E_USAGE', `--timeout needs seconds (a number ≥ 0), got "${v ?? ''}"`);
      }
      else if (a === '--param' || a === '-p' || a.startsWith('--param=')) {
        const kv = a.startsWith('--param=') ? a.slice(8) : argv[++i];
        const m = kv ? /^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=>|=|:)\s*(.*)$/s.exec(kv) : null;
        if (!m) throw new StancegraphError('E_USAGE', `--param needs name=value, got "${kv ?? ''}"`);
        params[m[1]] = parseCliValue(m[2]);
      } else if (a.startsWith('-')) throw new StancegraphError('E_USAGE', `unknown option ${a}`);
      else if (!name) name = a;
      else throw new StancegraphError('E_USAGE', `unexpected argument "${a}"`);
    }
    if (!['table', 'json', 'csv'].includes(format)) throw new StancegraphError('E_USAGE', `--format must be table, json or csv`);
    if (list || !name) {
      const queries = listQueries();
      const width = Math.max(...queries.map((q) => q.name.length));
      for (const q of queries) {
        const ps = Object.entries(q.params).map(([k, v]) => `${k}=${JSON.stringify(plain(v))}`).join(' ');
        io.stdout.write(`${q.name.padEnd(width)}  ${q.description[0] ?? ''}${ps ? `  [${ps}]` : ''}\n`);
      }
      if (!name && !list) throw new StancegraphError('E_USAGE', 'which query? (names above)');
      return 0;
    }
    const query = loadQuery(name);
    const unknown = Object.keys(params).filter((k) => !(k in query.params));
    if (unknown.length) {
      throw new StancegraphError('E_USAGE', `query ${query.name} has no parameter ${unknown.join(', ')}`,
        `its parameters: ${Object.keys(query.params).join(', ') || 'none'}`);
    }
    const config = neo4jConfigFromEnv(io.env);
    const driver = await openDriver(config);
    try {
      let result;
      try {
        await checkNames(driver, query.name, query.cypher, { ...query.params, ...params }, config.database);
        result = await runQuery(driver, query, params, config.database, { timeoutMs: Math.round(timeoutS * 1000) });
      } catch (err) {
        if (err instanceof StancegraphError) throw err;
        const e = err as { code?: string; message?: string };
        // Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration (5.x), TransactionTimedOut (older).
        if (timeoutS > 0 && (/TransactionTimedOut/.test(e?.code ?? '') || /not completed within the timeout/i.test(e?.message ?? ''))) {
          throw new StancegraphError('E_QUERY', `${query.name}: stopped after ${timeoutS} s (--timeout ${timeoutS}), no rows shown`,
            `narrow it (--param limit=20, a higher minCount, a single actor) or allow more time: --timeout ${Math.max(timeoutS * 5, 300)} (0 = no limit)`);
        }
        const narrow = ['limit', 'ties', 'minCount', 'minShared', 'actor'].filter((k) => k in query.params)
          .map((k) => (k === 'limit' ? '--param limit=20' : k === 'ties' ? '--param ties=200' : k === 'actor' ? 'a single --param actor=…' : `a higher --param ${k}`))
          .join(', ') || 'a narrower query';
        const resource = resourceError(err, query.name, narrow);
        if (resource) throw resource;
        if (e?.code?.startsWith('Neo.ClientError.Statement')) {
          throw new StancegraphError('E_QUERY', `${query.name}: ${e.message?.split('\n')[0]}`, `see ${query.path}`);
        }
        asNeo4jError(err, config, `query ${query.name} failed`);
      }
      if (format === 'json') io.stdout.write(formatJson(result.rows));
      else if (format === 'csv') io.stdout.write(formatCsv(result.columns, result.rows));
      else io.stdout.write(formatTable(result.columns, result.rows));
      return 0;
    } finally {
      await driver.close();
    }
  },
};
