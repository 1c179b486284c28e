/**
 * Articles → Kafka: each document read from files, folders, JSONL/CSV or standard input becomes one
 * message of the articles topic, keyed by its stable document id (so a document published again
 * goes to the same partition and, once extracted, replaces itself in the graph).
 */
import { readDocuments, type ReadOptions } from '../ingest/read-documents';
import type { Message } from '../types';
import { ensureReachable, ensureTopics, kafkaError, newProducer, rejectedTopic, type KafkaConfig } from './client';
import { encodeArticle } from './messages';

export interface PublishOptions extends Pick<ReadOptions, 'date' | 'fields' | 'stdin'> {
  topic: string;
  /** Messages per produce request (default 64). */
  batch?: number;
  onMessage?: (m: Message) => void;
  onProgress?: (documents: number) => void;
}

export interface PublishSummary {
  documents: number;
  bytes: number;
  ms: number;
  /** Read errors reported through onMessage (files skipped). */
  readErrors: number;
}

export async function publishArticles(config: KafkaConfig, paths: string[], opts: PublishOptions): Promise<PublishSummary> {
  await ensureReachable(config);
  await ensureTopics(config, [opts.topic, rejectedTopic(opts.topic)], 'stancegraph-publish');
  const producer = newProducer(config, 'stancegraph-publish');
  const started = Date.now();
  let documents = 0;
  let bytes = 0;
  let readErrors = 0;
  const batchSize = opts.batch ?? 64;
  let batch: Array<{ topic: string; key: string; value: string }> = [];
  const flush = async () => {
    if (!batch.length) return;
    try {
      await producer.send({ messages: batch });
    } catch (err) {
      kafkaError(err, `publishing ${batch.length} articles to ${opts.topic} failed (${documents} published before)`);
    }
    documents += batch.length;
    opts.onProgress?.(batch.length);
    batch = [];
  };
  try {
    for await (const doc of readDocuments(paths, {
      date: opts.date, fields: opts.fields, stdin: opts.stdin,
      onMessage: (m) => {
        if (m.severity === 'error') readErrors++;
        opts.onMessage?.(m);
      },
    })) {
      const value = encodeArticle(doc);
      bytes += Buffer.byteLength(value);
      batch.push({ topic: opts.topic, key: doc.id, value });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await producer.close();
  }
  return { documents, bytes, ms: Date.now() - started, readErrors };
}
