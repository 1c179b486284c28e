/**
 * Kafka end to end: a real single-node broker (KRaft, provisioned from Maven Central by the project's
 * launcher) and the real Neo4j of the integration project. Articles are published, two workers
 * a worker is SIGKILLed mid-stream and two others take over its partitions as one consumer group, a loader writes the
 * statements to Neo4j; the graph must equal, node for node and relationship for relationship, the
 * graph of a one-process run on the same input. The CLI runs in child processes (a worker has to
 * be killable, and the Kafka client is an ES module that Jest's loader cannot import).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { kafkaSettings, startBroker, stopBroker, type KafkaSettings } from '../../src/kafka/launcher';
import { projectRoot } from '../../src/neo4j/launcher';
import { graphCounts } from '../../src/neo4j';
import { dumpGraph, testEnv, useNeo4j, wipe } from '../helpers/neo4j';

const ROOT = projectRoot();
// The CLI from source (tsx), in one process per command: SIGKILL hits the worker itself.
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli.ts')];

interface Proc {
  name: string;
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const procs: Proc[] = [];

function cli(name: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })));
  const p = { name, child, out: () => out, err: () => err, exited };
  procs.push(p);
  return p;
}

async function finish(p: Proc, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${p.name} did not exit within ${ms / 1000} s\nstdout: ${p.out()}\nstderr: ${p.err().slice(-3000)}`)), ms);
  });
  try {
    return await Promise.race([p.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(what: string, ms: number, ok: () => boolean, p?: Proc): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${p ? `\nstderr of ${p.name}: ${p.err().slice(-3000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Documents a worker published, from its -v lines: `articles[2]@5: document ID: N statements …`. */
function published(p: Proc): Array<{ partition: number; doc: string }> {
  return [...p.err().matchAll(/\[(\d+)\]@\d+: document (\S+):/g)].map((m) => ({ partition: Number(m[1]), doc: m[2] }));
}

/** A corpus of 21 short articles: the two seed articles cut into runs of four paragraphs. */
function makeCorpus(dir: string): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const f of readdirSync(join(ROOT, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) {
    const paras = readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
    const [header, title, ...body] = paras;
    for (let i = 0; i * 4 < body.length; i++) {
      const name = `${f.replace(/\.txt$/, '')}-${String(i + 1).padStart(2, '0')}.txt`;
      writeFileSync(join(dir, name), `${header}\n\n${title} (${i + 1})\n\n${body.slice(i * 4, i * 4 + 4).join('\n\n')}\n`);
      n++;
    }
  }
  return n;
}

describe('stancegraph worker and load --from-kafka', () => {
  const driver = useNeo4j();
  let settings: KafkaSettings;
  let bootstrap = '';
  let work = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'stancegraph-kafka-test-'));
    settings = kafkaSettings({ ...process.env, STANCEGRAPH_KAFKA_HOME: join(work, 'broker'), KAFKA_PORT: '0', KAFKA_CONTROLLER_PORT: '0' });
    const t0 = Date.now();
    const r = await startBroker(settings, (line) => process.stderr.write(`[kafka test] ${line}\n`));
    bootstrap = r.bootstrap;
    process.stderr.write(`[kafka test] broker up at ${bootstrap} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }, 300000);

  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    if (settings) await stopBroker(settings, () => undefined);
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120000);

  it('says when no broker is running, and how to start one', async () => {
    let stderr = '';
    const io = {
      stdin: process.stdin, stdout: { write: () => true } as unknown as NodeJS.WritableStream,
      stderr: { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WritableStream,
      env: { ...process.env, KAFKA_BROKERS: '127.0.0.1:9' }, cwd: ROOT,
    };
    expect(await main(['publish', join(ROOT, 'seeds'), '--topic', 'nowhere'], io)).toBe(1);
    expect(stderr).toMatch(/cannot reach Kafka at 127\.0\.0\.1:9/);
    expect(stderr).toMatch(/stancegraph kafka start/);
    stderr = '';
    const status = await main(['kafka', 'status'], { ...io, env: { ...process.env, STANCEGRAPH_KAFKA_HOME: join(work, 'none') } });
    expect(status).toBe(1);
  });

  it('gives the graph of a one-process run after a worker is killed mid-stream', async () => {
    const corpus = join(work, 'corpus');
    const docs = makeCorpus(corpus);
    expect(docs).toBeGreaterThanOrEqual(15);
    const env = testEnv({ KAFKA_BROKERS: bootstrap, KAFKA_PARTITIONS: '4', STANCEGRAPH_SKIP_SETUP: '1' });

    const t0 = Date.now();
    const phase = (what: string) => process.stderr.write(`[kafka test] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}\n`);
    const id = `${process.pid}-${Date.now()}`;
    const [articles, statements] = [`articles-${id}`, `statements-${id}`];

    // At once: the one-process run (`extract` to a file; `load` of the articles, extraction and load in
    // one process) and, on the Kafka side, publishing and the two workers. Only the Kafka loader waits
    // for the reference graph to be read and wiped.
    const ref = join(work, 'reference.jsonl');
    const extract = cli('extract', ['extract', corpus, '-o', ref, '-q'], env);
    const load = cli('load', ['load', corpus], env);
    const pub = cli('publish', ['publish', corpus, '--topic', articles], env);
    expect((await finish(pub, 120000)).code).toBe(0);
    expect(pub.out()).toContain(`published ${docs} documents`);
    phase('published');

    const workerArgs = ['worker', '--from', articles, '--to', statements, '--group', `workers-${id}`,
      '--session-timeout', '6000', '--exit-when-idle', '4', '-v'];
    // Worker A starts alone, so it holds every partition; it is SIGKILLed as soon as it has published
    // its first document, with the rest of the stream still in its partitions (it works one document
    // at a time). Starting B beside A from the outset made the kill land at a random point: on a slow
    // first rebalance B had done all but one document before A got any (a CI run caught it).
    const a = cli('worker A', workerArgs, env);
    await until('worker A to publish a document', 240000, () => published(a).length >= 1, a);
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const byA = published(a);
    phase(`worker A killed after ${byA.length} document(s) of ${docs}`);
    expect(byA.length).toBeLessThan(docs);
    // B and C join the same group at once: the group waits out A's session, then shares A's
    // partitions between them.
    const b = cli('worker B', workerArgs, env);
    const c = cli('worker C', workerArgs, env);

    expect((await finish(extract, 300000)).code).toBe(0);
    const refLines = readFileSync(ref, 'utf8').split('\n').filter(Boolean).length;
    expect(refLines).toBeGreaterThan(50);
    expect((await finish(load, 300000)).code).toBe(0);
    const reference = await dumpGraph(driver());
    const refCounts = await graphCounts(driver());
    expect(refCounts.statements).toBe(refLines);
    expect(refCounts.documents).toBe(docs);
    await wipe(driver());
    phase(`reference: ${refCounts.statements} statements, ${refCounts.actors} actors; database wiped`);

    const loaderArgs = ['load', '--from-kafka', '--topic', statements, '--group', `loaders-${id}`,
      '--session-timeout', '6000', '--batch-size', '40', '--flush-ms', '500', '--analyses-quiet-ms', '600000'];
    const l1 = cli('loader 1', [...loaderArgs, '--exit-when-idle', '5'], env);

    const [bDone, cDone] = await Promise.all([finish(b, 300000), finish(c, 300000)]);
    expect(bDone.code).toBe(0);
    expect(cDone.code).toBe(0);
    const byB = published(b);
    const byC = published(c);
    phase(`workers B and C done: ${byB.length} and ${byC.length} documents`);
    // Every document was published at least once, and A's partitions went on in B or C.
    const seen = new Set([...byA, ...byB, ...byC].map((x) => x.doc));
    expect(seen.size).toBe(docs);
    const partitionsOfA = new Set(byA.map((x) => x.partition));
    expect([...byB, ...byC].some((x) => partitionsOfA.has(x.partition))).toBe(true);

    // Loader 1 exits once idle with everything committed; loader 2 (same group) drains whatever is left.
    expect((await finish(l1, 300000)).code).toBe(0);
    const l2 = cli('loader 2', [...loaderArgs, '--exit-when-idle', '2'], env);
    expect((await finish(l2, 120000)).code).toBe(0);
    phase('loaders done');
    // Blocs and balance once the stream is drained (here: at exit, the quiet time being longer than the
    // run), not after each of loader 1's writes (how many there are depends on the workers' pace).
    const runs = /loaded \d+ documents, \d+ statements in (\d+) writes .*blocs and balance computed (\d+) times/.exec(l1.err());
    expect(runs).not.toBeNull();
    expect(Number(runs![1])).toBeGreaterThanOrEqual(1);
    expect(Number(runs![2])).toBe(1);
    const counts = await graphCounts(driver());
    expect(counts).toEqual(refCounts);
    const graph = await dumpGraph(driver());
    expect(graph.nodes).toEqual(reference.nodes);
    expect(graph.rels).toEqual(reference.rels);
  }, 900000);
});
