/** `stancegraph load --from-kafka`: the statements topic into Neo4j (src/kafka/loader.ts). */
import { StancegraphError } from '../errors';
import { DEFAULT_TOPICS, ensureReachable, kafkaConfigFromEnv } from '../kafka/client';
import { runKafkaLoader } from '../kafka/loader';
import { asNeo4jError, graphCounts, neo4jConfigFromEnv, openDriver } from '../neo4j';
import { parseOptions, seconds, stopSignal, wholeNumber } from './kafka-options';
import type { CommandIO } from './types';

export const LOAD_FROM_KAFKA_USAGE = `
  stancegraph load --from-kafka [--topic statements] [--group NAME] [--batch-size N] [--exit-when-idle S] [-v]
  Consumes the statements topic written by \`stancegraph worker\` as a consumer group and writes
  complete documents to Neo4j in batches, committing offsets only after each write. Options:
  --topic (default ${DEFAULT_TOPICS.statements}), --group (default stancegraph-loaders), --batch-size
  (statements per write, default 2000), --flush-ms (write what is complete after this quiet time,
  default 1000), --session-timeout MS (10000), --exit-when-idle S (exit once idle and all committed),
  --analyses-quiet-ms MS (blocs and balance are recomputed once no message came for this long and
  nothing waits to be written, default 5000; at the latest 10 minutes after an uncovered write; and at exit).
  KAFKA_BROKERS as for \`stancegraph publish\`; see docs/SCALE.md.`;

export async function loadFromKafka(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    topic: { type: 'string' }, group: { type: 'string' }, 'batch-size': { type: 'string' }, 'flush-ms': { type: 'string' },
    'session-timeout': { type: 'string' }, 'exit-when-idle': { type: 'string' },
    'analyses-quiet-ms': { type: 'string' }, verbose: { type: 'boolean', short: 'v' },
  });
  if (positionals.length) throw new StancegraphError('E_USAGE', `--from-kafka reads a topic, not files ("${positionals[0]}")`);
  const kafka = kafkaConfigFromEnv(io.env);
  const config = neo4jConfigFromEnv(io.env);
  const log = (line: string) => io.stderr.write(`load: ${line}\n`);
  const topic = (values.topic as string | undefined) ?? DEFAULT_TOPICS.statements;
  const group = (values.group as string | undefined) ?? 'stancegraph-loaders';
  const opts = {
    topic, group,
    batchSize: wholeNumber(values['batch-size'] as string | undefined, '--batch-size', 2000),
    flushMs: wholeNumber(values['flush-ms'] as string | undefined, '--flush-ms', 1000),
    sessionTimeout: wholeNumber(values['session-timeout'] as string | undefined, '--session-timeout', 10000, 3000),
    analysesQuietMs: wholeNumber(values['analyses-quiet-ms'] as string | undefined, '--analyses-quiet-ms', 5000),
    idleExit: seconds(values['exit-when-idle'] as string | undefined, '--exit-when-idle'),
    database: config.database, verbose: Boolean(values.verbose), log,
  };
  await ensureReachable(kafka); // both are needed: say which one is missing before opening anything
  const driver = await openDriver(config);
  const stop = stopSignal();
  try {
    log(`group ${group}: ${topic} on ${kafka.brokers.join(',')} → ${config.uri} (pid ${process.pid})`);
    let r;
    try {
      r = await runKafkaLoader(kafka, driver, { ...opts, signal: stop.signal });
    } catch (err) {
      if (err instanceof StancegraphError) throw err;
      asNeo4jError(err, config, 'load from Kafka failed (offsets of unwritten documents were not committed)');
    }
    const c = await graphCounts(driver, config.database);
    io.stdout.write(`loaded ${r.documents} documents, ${r.statements} statements from ${topic} in ${r.writes} writes (${r.rejected} rejected)\n` +
      `graph: ${c.documents} documents, ${c.statements} statements, ${c.actors} actors (${c.countries} countries); ` +
      `${c.criticizes} CRITICIZES, ${c.supports} SUPPORTS, ${c.countryCriticizes} COUNTRY_CRITICIZES, ${c.countrySupports} COUNTRY_SUPPORTS\n`);
    return r.rejected ? 1 : 0;
  } finally {
    stop.release();
    await driver.close();
  }
}
