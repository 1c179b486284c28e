/** Global teardown of `npm run test:containers`: the integration teardown, then the Podman socket if the setup started it. */
import integrationTeardown from '../helpers/neo4j-global-teardown';
import { PODMAN_SERVICE, run } from './docker';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__STANCEGRAPH_CONTAINERS__ as { podmanStarted: boolean } | undefined;
  try {
    await integrationTeardown();
  } finally {
    if (state?.podmanStarted) {
      const r = run('bash', [PODMAN_SERVICE, 'stop'], process.env, 60000);
      process.stderr.write(r.stderr);
    }
    delete (globalThis as Record<string, unknown>).__STANCEGRAPH_CONTAINERS__;
  }
}
