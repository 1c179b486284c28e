/** `stancegraph worker`: consume articles as a group, extract, publish statements (docs/SCALE.md). */
import { DEFAULT_TOPICS, kafkaConfigFromEnv } from '../kafka/client';
import { rate, runWorker } from '../kafka/worker';
import { StancegraphError } from '../errors';
import { KAFKA_ENV_HELP, parseOptions, seconds, stopSignal, wholeNumber } from './kafka-options';
import type { Command } from './types';

const usage = `Usage: stancegraph worker [--from articles] [--to statements] [--group NAME] [--exit-when-idle S] [-v]

Joins a Kafka consumer group on the articles topic; Kafka spreads the partitions over all workers of
the group and moves them when one stops or dies. Each article is extracted and its complete statement
set published to the statements topic (keyed by document id); the article's offset is committed only
after that, so a killed worker loses nothing (another extracts the article again; the load replaces
whole documents, so nothing is doubled). Bad messages go to <from>.rejected. SIGINT/SIGTERM stop
after the current document. Load the statements with \`stancegraph load --from-kafka\`.

Options:
  --from TOPIC           articles topic (default ${DEFAULT_TOPICS.articles})
  --to TOPIC             statements topic (default ${DEFAULT_TOPICS.statements})
  --group NAME           consumer group (default stancegraph-workers)
  --session-timeout MS   a dead worker's partitions move after this (default 10000)
  --exit-when-idle S     exit after S seconds without a message once the group has committed everything
                         (a worker that has handled no article yet waits at least 30 s)
  -v, --verbose          a line per document

${KAFKA_ENV_HELP}`;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'consume articles from Kafka, extract, publish statements (a consumer group)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      from: { type: 'string' }, to: { type: 'string' }, group: { type: 'string' }, 'session-timeout': { type: 'string' },
      'exit-when-idle': { type: 'string' }, verbose: { type: 'boolean', short: 'v' },
    });
    if (positionals.length) throw new StancegraphError('E_USAGE', `unexpected argument "${positionals[0]}"`);
    const config = kafkaConfigFromEnv(io.env);
    const log = (line: string) => io.stderr.write(`worker: ${line}\n`);
    const stop = stopSignal();
    try {
      const from = (values.from as string | undefined) ?? DEFAULT_TOPICS.articles;
      const to = (values.to as string | undefined) ?? DEFAULT_TOPICS.statements;
      const group = (values.group as string | undefined) ?? 'stancegraph-workers';
      log(`group ${group}: ${from} → ${to} on ${config.brokers.join(',')} (pid ${process.pid})`);
      const r = await runWorker(config, {
        from, to, group,
        sessionTimeout: wholeNumber(values['session-timeout'] as string | undefined, '--session-timeout', 10000, 3000),
        idleExit: seconds(values['exit-when-idle'] as string | undefined, '--exit-when-idle'),
        verbose: Boolean(values.verbose), log, signal: stop.signal,
      });
      io.stdout.write(`worker: ${r.documents} documents, ${r.statements} statements, ${r.rejected} rejected, ${r.skipped} skipped; ` +
        `extraction ${(r.extractMs / 1000).toFixed(1)} s (${(r.documents / Math.max(r.extractMs / 1000, 0.001)).toFixed(1)} documents/s, ${rate(r.statements, r.extractMs)} statements/s), ` +
        `publishing and committing ${(r.publishMs / 1000).toFixed(1)} s, wall ${(r.ms / 1000).toFixed(1)} s\n`);
      return r.rejected ? 1 : 0;
    } finally {
      stop.release();
    }
  },
};
