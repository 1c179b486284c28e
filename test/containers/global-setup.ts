/**
 * Global setup of `npm run test:containers` (jest.containers.config.js):
 *
 *   1. a Docker API: DOCKER_HOST if set, else a Docker engine if `docker info` answers, else Podman's
 *      socket started by scripts/containers/podman-service.sh (stopped again by the teardown);
 *   2. with Podman: TESTCONTAINERS_RYUK_DISABLED=true unless set (Ryuk's image cannot be pulled without a registry;
 *      the teardown removes the containers instead);
 *   3. NEO4J_IMAGE, by default stancegraph/neo4j:5.26-local when the Docker API is Podman (built, or
 *      found up to date, by `stancegraph neo4j image`'s code) and neo4j:5.26-community with a Docker
 *      engine; any other image is used as it is;
 *   4. the integration project's global setup (test/helpers/neo4j-global-setup.ts), which must take
 *      its testcontainers route: anything else fails the run.
 * NEO4J_URI is ignored here (it would select the "env" route, which this run exists to avoid).
 */
import { readFileSync } from 'node:fs';
import integrationSetup from '../helpers/neo4j-global-setup';
import type { TestNeo4j } from '../helpers/neo4j-global-setup';
import { buildNeo4jImage, DEFAULT_IMAGE, imageSettings } from '../../src/neo4j/image';
import { dockerAnswers, PODMAN_SERVICE, run } from './docker';

const isPodman = (env: NodeJS.ProcessEnv) =>
  /Podman Engine/.test(run('docker', ['version', '--format', '{{range .Server.Components}}{{.Name}};{{end}}'], env, 30000).stdout);

const log = (line: string) => process.stderr.write(`[containers setup] ${line}\n`);

export default async function globalSetup(): Promise<void> {
  const env = process.env;
  const t0 = Date.now();
  const state: { podmanStarted: boolean } = { podmanStarted: false };
  (globalThis as Record<string, unknown>).__STANCEGRAPH_CONTAINERS__ = state;
  if (env.NEO4J_URI) {
    log(`ignoring NEO4J_URI=${env.NEO4J_URI}: this run tests the container route`);
    delete env.NEO4J_URI;
  }
  env.CONTAINERS_CONF ||= imageSettings(env).env.CONTAINERS_CONF;

  if (env.DOCKER_HOST) {
    log(`Docker API: DOCKER_HOST=${env.DOCKER_HOST}`);
  } else if (dockerAnswers(env)) {
    log('Docker API: the default Docker engine');
  } else {
    log('no DOCKER_HOST and no Docker engine: starting Podman\'s Docker-API socket…');
    const r = run('bash', [PODMAN_SERVICE, 'start'], env, 60000);
    process.stderr.write(r.stderr);
    const m = /^DOCKER_HOST=(.+)$/m.exec(r.stdout);
    if (r.status !== 0 || !m) throw new Error(`could not start Podman's Docker-API socket (${PODMAN_SERVICE} start, exit ${r.status})`);
    env.DOCKER_HOST = m[1];
    state.podmanStarted = true;
  }
  if (!dockerAnswers(env)) throw new Error(`the Docker API ${env.DOCKER_HOST ?? '(default)'} does not answer \`docker info\``);

  // testcontainers thinks it runs in a container here and would use the Podman bridge's gateway
  // (10.88.0.1); Podman publishes the ports on this machine, so its loopback is the address to use.
  const podman = isPodman(env);
  if (!env.TESTCONTAINERS_HOST_OVERRIDE && podman) {
    env.TESTCONTAINERS_HOST_OVERRIDE = '127.0.0.1';
    log('TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1 (the Docker API is Podman on this machine)');
  }
  if (env.TESTCONTAINERS_RYUK_DISABLED === undefined && podman) {
    env.TESTCONTAINERS_RYUK_DISABLED = 'true';
    log('TESTCONTAINERS_RYUK_DISABLED=true (no registry to pull Ryuk from; the teardown removes the containers)');
  }
  // Podman: the image built here; a Docker engine (which reaches Docker Hub): the official image.
  env.NEO4J_IMAGE ||= podman ? DEFAULT_IMAGE : 'neo4j:5.26-community';
  if (env.NEO4J_IMAGE === DEFAULT_IMAGE) {
    log(`making sure ${DEFAULT_IMAGE} is built and up to date…`);
    await buildNeo4jImage(imageSettings(env), (line) => log(`image: ${line}`));
  } else {
    log(`NEO4J_IMAGE=${env.NEO4J_IMAGE}: used as it is (pulled by testcontainers if missing)`);
  }

  await integrationSetup();
  const chosen = JSON.parse(readFileSync(env.STANCEGRAPH_TEST_NEO4J as string, 'utf8')) as TestNeo4j;
  if (chosen.route !== 'testcontainers') {
    throw new Error(`the integration setup took the "${chosen.route}" route, not testcontainers: the container route was not tested`);
  }
  log(`route: testcontainers, ${env.NEO4J_IMAGE} at ${chosen.uri} (ready ${((Date.now() - t0) / 1000).toFixed(0)} s after the start of the setup)`);
}
