/** `stancegraph publish <paths…> --topic articles`: articles into Kafka, one message per document. */
import { StancegraphError } from '../errors';
import { parseFieldSpec, type FieldName } from '../ingest/read-documents';
import { DEFAULT_TOPICS, kafkaConfigFromEnv } from '../kafka/client';
import { publishArticles } from '../kafka/publish';
import { formatMessage } from './extract';
import { KAFKA_ENV_HELP, parseOptions, wholeNumber } from './kafka-options';
import type { Command } from './types';

const usage = `Usage: stancegraph publish <paths…> [--topic articles] [--date YYYY-MM-DD] [--fields SPEC] [-q]

Reads articles like \`stancegraph extract\` (files, folders, .jsonl/.csv records, - for standard input)
and publishes each document as one message to a Kafka topic, keyed by its stable document id.
\`stancegraph worker\` processes then extract them (see docs/SCALE.md). The topic and
<topic>.rejected are created when missing (KAFKA_PARTITIONS partitions).

Options:
  --topic NAME     topic (default ${DEFAULT_TOPICS.articles})
  --date ISO       fallback publication date
  --fields SPEC    field names of JSONL/CSV records, as for extract
  --batch N        messages per produce request (default 64)
  -q, --quiet      no warnings

${KAFKA_ENV_HELP}`;

export const publishCommand: Command = {
  name: 'publish',
  summary: 'articles → a Kafka topic, one message per document',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      topic: { type: 'string' }, date: { type: 'string' }, fields: { type: 'string' }, batch: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (!positionals.length) throw new StancegraphError('E_USAGE', 'no input: give files, folders or - for standard input');
    const date = values.date as string | undefined;
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new StancegraphError('E_USAGE', `--date must be YYYY-MM-DD, got "${date}"`);
    let fields: Partial<Record<FieldName, string>> | undefined;
    try {
      fields = values.fields ? parseFieldSpec(values.fields as string) : undefined;
    } catch (err) {
      throw new StancegraphError('E_USAGE', `--fields: ${(err as Error).message}`);
    }
    const topic = (values.topic as string | undefined) ?? DEFAULT_TOPICS.articles;
    const config = kafkaConfigFromEnv(io.env);
    const r = await publishArticles(config, positionals, {
      topic, date, fields, stdin: io.stdin, batch: wholeNumber(values.batch as string | undefined, '--batch', 64),
      onMessage: (m) => {
        if (m.severity === 'error' || (m.severity === 'warning' && !values.quiet)) io.stderr.write(`${formatMessage(m)}\n`);
      },
    });
    io.stdout.write(`published ${r.documents} documents (${(r.bytes / 1e6).toFixed(1)} MB) to ${topic} on ${config.brokers.join(',')} in ${(r.ms / 1000).toFixed(1)} s` +
      `${r.readErrors ? `; ${r.readErrors} inputs could not be read` : ''}\n`);
    if (!r.documents && r.readErrors) throw new StancegraphError('E_READ', 'no article could be read');
    return r.readErrors ? 1 : 0;
  },
};
