/**
 * When the Kafka loader recomputes blocs and balance (src/neo4j/analyses.ts): not after every write —
 * on a large graph that step takes minutes and reads every tie — but once the stream is drained
 * (nothing ready to write and no message for `quietMs`), at the latest `maxWaitMs` after the first
 * write it has not covered yet (a topic that never goes quiet still gets fresh blocs), and at exit.
 *
 * Hand-written rather than a timer-based debounce (lodash.debounce and the like): the step has to run
 * inside the loader's own serial queue (never beside a write) and must be asked "is one owed?" at
 * exit, so this is a predicate the loader's existing tick evaluates, with the clock passed in.
 */
export class AnalysesSchedule {
  /** Time of the first write not yet covered by a run of the analyses (undefined: none owed). */
  private owedSince: number | undefined;

  constructor(readonly quietMs: number, readonly maxWaitMs: number) {}

  /** A write committed at `now`. */
  wrote(now: number): void {
    this.owedSince ??= now;
  }

  /** True when a write has happened since the last run. */
  get owed(): boolean {
    return this.owedSince !== undefined;
  }

  /** Should the analyses run now? `drained`: nothing is waiting to be written; `lastMessage`: time of the last message. */
  due(now: number, drained: boolean, lastMessage: number): boolean {
    if (this.owedSince === undefined) return false;
    if (drained && now - lastMessage >= this.quietMs) return true;
    return now - this.owedSince >= this.maxWaitMs;
  }

  /** A run that started at `startedAt` finished: writes committed before it are covered. */
  ran(startedAt: number, lastWrite: number): void {
    // A write that committed while the analyses were running is not covered: still owed.
    this.owedSince = lastWrite > startedAt ? lastWrite : undefined;
  }
}
