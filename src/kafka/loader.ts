/**
 * `stancegraph load --from-kafka`: statements topic → Neo4j
 * =========================================================
 *
 * Loaders share the statements topic as one consumer group. The parts of each document's run are
 * put back together (`DocumentAssembler`); complete documents are written in batches with the
 * project's idempotent loader (`loadStatements`: UNWIND … MERGE on deterministic ids, each document
 * replaced as a whole, also one with no statements), and only after Neo4j has committed the batch
 * are the offsets committed — never past a run still waiting for parts. A loader killed anywhere
 * re-reads from the last commit and writes the same documents again, which changes nothing.
 *
 * A message that is not a statements part, or a part holding a record the loader's checks reject,
 * sends its whole run to `<topic>.rejected` with the reason (so no half document is ever loaded and
 * nothing is lost); the rest goes on.
 *
 * Blocs and balance (src/neo4j/analyses.ts: every tie of the graph read, minutes at a million statements)
 * are not recomputed after every write but once the stream is drained — nothing ready and no message
 * for `analysesQuietMs` —, at the latest `analysesMaxWaitMs` after the first write they do not cover,
 * and at exit (src/kafka/analyses-schedule.ts), in the same serial queue as the writes.
 */
import { hostname } from 'node:os';
import type { Driver } from 'neo4j-driver';
import { applySchema, loadStatements, writeAnalyses } from '../neo4j';
import { checkRecord } from '../neo4j/record';
import type { DocumentRow } from '../neo4j/rows';
import type { Statement } from '../types';
import {
  ensureReachable, ensureTopics, IdleExit, kafkaError, Handled, newConsumer, newProducer, rejectedTopic, type KafkaConfig,
} from './client';
import { AnalysesSchedule } from './analyses-schedule';
import { decodeStatementsPart, DocumentAssembler, type CompleteDocument } from './messages';
import { rate } from './worker';

export interface KafkaLoadOptions {
  topic: string;
  group: string;
  sessionTimeout: number;
  /** Statements per write (default 2000): complete documents are gathered up to this, then written. */
  batchSize: number;
  /** Write what is gathered when no message came for this long (ms, default 1000). */
  flushMs: number;
  idleExit?: number;
  database?: string;
  log: (line: string) => void;
  verbose?: boolean;
  signal?: AbortSignal;
  /** Recompute blocs and balance at all (default true). */
  analyses?: boolean;
  /** … once no message came for this long and nothing is waiting to be written (ms, default 5000). */
  analysesQuietMs?: number;
  /** … and at the latest this long after the first write they do not cover (ms, default 600000). */
  analysesMaxWaitMs?: number;
}

export interface KafkaLoadSummary {
  documents: number;
  statements: number;
  writes: number;
  rejected: number;
  ms: number;
  /** Time inside Neo4j writes. */
  writeMs: number;
  /** Runs of blocs and balance (at most one per drain, and one at exit if a write is not covered). */
  analyses: number;
}

export async function runKafkaLoader(config: KafkaConfig, driver: Driver, opts: KafkaLoadOptions): Promise<KafkaLoadSummary> {
  await ensureReachable(config);
  await ensureTopics(config, [opts.topic, rejectedTopic(opts.topic)], 'stancegraph-loader');
  await applySchema(driver, opts.database);
  const clientId = `stancegraph-loader-${hostname()}-${process.pid}`;
  const consumer = newConsumer(config, clientId, opts.group, opts.sessionTimeout);
  const producer = newProducer(config, clientId);
  const handled = new Handled();
  const assembler = new DocumentAssembler();
  const ready = new Map<string, CompleteDocument>();
  let readyStatements = 0;
  const rejectedRuns = new Set<string>();
  const committed = new Map<number, bigint>();
  const sum: KafkaLoadSummary = { documents: 0, statements: 0, writes: 0, rejected: 0, ms: 0, writeMs: 0, analyses: 0 };
  const schedule = new AnalysesSchedule(opts.analysesQuietMs ?? 5000, opts.analysesMaxWaitMs ?? 600000);
  let lastWrite = 0;
  const started = Date.now();
  let lastMessage = Date.now();
  let stopping = false;
  let failure: unknown;

  // Messages, timed writes and the idle check run one at a time, in order.
  let chain: Promise<void> = Promise.resolve();
  const serial = (job: () => Promise<void>): Promise<void> => {
    chain = chain.then(job).catch((err) => {
      failure ??= err;
    });
    return chain;
  };

  const flush = async (): Promise<void> => {
    if (ready.size) {
      const docs = [...ready.values()];
      const statements: Statement[] = docs.flatMap((d) => d.statements);
      const documents: DocumentRow[] = docs.map((d) => d.doc);
      const t0 = Date.now();
      await loadStatements(driver, statements, {
        documents, batchSize: opts.batchSize, replaceDocuments: true, database: opts.database, analyses: false,
      });
      lastWrite = Date.now();
      if (opts.analyses ?? true) schedule.wrote(lastWrite);
      sum.writeMs += Date.now() - t0;
      sum.writes++;
      sum.documents += docs.length;
      sum.statements += statements.length;
      if (opts.verbose) opts.log(`wrote ${docs.length} documents, ${statements.length} statements in ${Date.now() - t0} ms`);
      ready.clear();
      readyStatements = 0;
    }
    // Neo4j has committed everything complete: move the group's offsets up to the first incomplete run.
    const offsets = [...assembler.committable()]
      // Only this loader's partitions: committing another's would only move its offset back.
      .filter(([p, o]) => committed.get(p) !== o && (!assigned || assigned.has(p)))
      .map(([partition, offset]) => ({ topic: opts.topic, partition, offset, leaderEpoch: -1 }));
    if (offsets.length) {
      try {
        await consumer.commit({ offsets });
      } catch (err) {
        kafkaError(err, 'committing offsets after a write failed (the documents will be written again: harmless)');
      }
      for (const o of offsets) committed.set(o.partition, o.offset);
    }
  };

  const analyses = async (): Promise<void> => {
    if (!schedule.owed) return;
    const t0 = Date.now();
    const a = await writeAnalyses(driver, { database: opts.database });
    schedule.ran(t0, lastWrite);
    sum.analyses++;
    if (opts.verbose) opts.log(`blocs and balance: ${a.actors} actors, ${a.ties} ties, ${a.blocs} blocs in ${Date.now() - t0} ms`);
  };

  const reject = async (key: string, value: string, where: string, reason: string) => {
    opts.log(`${where}: rejected (${reason}); sent to ${rejectedTopic(opts.topic)}`);
    await producer.send({ messages: [{ topic: rejectedTopic(opts.topic), key, value, headers: { reason: reason.slice(0, 2000), source: where } }] });
    sum.rejected++;
  };

  // Partitions assigned to this loader at the last rebalance (undefined before the first).
  let assigned: Set<number> | undefined;
  consumer.on('consumer:group:join', (payload) => {
    assigned = new Set((payload.assignments ?? []).filter((a) => a.topic === opts.topic).flatMap((a) => a.partitions));
    // Complete documents are safe to write whoever owns their partition now. Parts already read are
    // kept even for partitions given away: the client may not deliver them again should the partition
    // come back, and its new owner reads them anyway from the last commit.
    void serial(flush);
  });

  let timer: NodeJS.Timeout | undefined;
  let analysing = false;
  try {
    let stream;
    try {
      stream = await consumer.consume({ topics: [opts.topic], mode: 'committed', fallbackMode: 'earliest', autocommit: false });
    } catch (err) {
      kafkaError(err, `cannot join consumer group ${opts.group} on ${opts.topic}`);
    }
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      opts.log(why);
      void stream.close().catch(() => undefined);
    };
    opts.signal?.addEventListener('abort', () => stop('stopping after writing what is complete…'));
    const idle = new IdleExit({
      consumer, topic: opts.topic, lastActivity: () => lastMessage, busy: () => stopping,
      seconds: () => opts.idleExit, before: flush, ready: () => !ready.size, run: serial,
      onIdle: () => stop(`idle for ${opts.idleExit} s and ${opts.topic} fully committed by group ${opts.group}: exiting`),
    });
    timer = setInterval(() => {
      if (failure) return stop('stopping after an error');
      if (ready.size && Date.now() - lastMessage >= opts.flushMs) void serial(flush);
      else if (!analysing && schedule.due(Date.now(), !ready.size, lastMessage)) {
        analysing = true;
        void serial(analyses).finally(() => { analysing = false; });
      }
      idle.tick();
    }, Math.min(250, opts.flushMs));

    for await (const message of stream) {
      if (!handled.isNew(message.partition, message.offset)) continue;
      handled.mark(message.partition, message.offset);
      lastMessage = Date.now();
      const pos = { partition: message.partition, offset: message.offset };
      const where = `${opts.topic}[${message.partition}]@${message.offset}`;
      await serial(async () => {
        let part;
        try {
          part = decodeStatementsPart(message.value);
        } catch (err) {
          await reject(message.key ?? '', message.value ?? '', where, (err as Error).message);
          assembler.skip(pos);
          return;
        }
        const runKey = `${part.doc.id}\u0000${part.run}`;
        const bad = part.statements
          .map((s, i) => ({ i, c: checkRecord(s) }))
          .filter((x) => !x.c.statement)
          .map((x) => `statement ${x.i}: ${x.c.errors.join('; ')}`);
        if (rejectedRuns.has(runKey) || bad.length) {
          const reason = bad.length ? `document ${part.doc.id} run ${part.run}: ${bad.slice(0, 3).join(' | ')}` : `document ${part.doc.id} run ${part.run}: an earlier part was rejected`;
          rejectedRuns.add(runKey);
          assembler.drop(part.doc.id, part.run);
          await reject(message.key ?? part.doc.id, message.value ?? '', where, reason);
          assembler.skip(pos);
          return;
        }
        const complete = assembler.add(part, pos);
        if (!complete) return;
        const before = ready.get(complete.doc.id);
        if (before) readyStatements -= before.statements.length;
        ready.set(complete.doc.id, complete);
        readyStatements += complete.statements.length;
        if (readyStatements >= opts.batchSize) await flush();
      });
      if (failure) break;
      if (stopping) break;
    }
    if (!failure) await serial(flush);
    if (!failure) await serial(analyses);
  } finally {
    if (timer) clearInterval(timer);
    await chain;
    sum.ms = Date.now() - started;
    await consumer.close().catch(() => undefined);
    await producer.close().catch(() => undefined);
  }
  if (failure) throw failure;
  opts.log(`loaded ${sum.documents} documents, ${sum.statements} statements in ${sum.writes} writes ` +
    `(${rate(sum.statements, sum.writeMs)} statements/s while writing); blocs and balance computed ${sum.analyses} times`);
  return sum;
}
