/** Jest global teardown of the `integration` project: stops what neo4j-global-setup started. */
import { rmSync } from 'node:fs';
import { launcherSettings, stop } from '../../src/neo4j/launcher';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__STANCEGRAPH_NEO4J__ as
    | { container?: { stop(): Promise<unknown> }; launcherEnv?: NodeJS.ProcessEnv; file: string }
    | undefined;
  if (!started) return;
  if (started.container) await started.container.stop();
  if (started.launcherEnv) {
    const s = launcherSettings(started.launcherEnv);
    await stop(s, (line) => process.stderr.write(`[neo4j test teardown] ${line}\n`));
    if (!process.env.STANCEGRAPH_KEEP_TEST_NEO4J) rmSync(s.homeDir, { recursive: true, force: true });
  }
  rmSync(started.file, { force: true });
  delete (globalThis as Record<string, unknown>).__STANCEGRAPH_NEO4J__;
}
