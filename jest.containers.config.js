/**
 * Jest for `npm run test:containers`: the integration suite plus test/containers/, against Neo4j in
 * containers. Its global setup (test/containers/global-setup.ts) makes sure a Docker API answers
 * (Podman's socket, started by scripts/containers/podman-service.sh, when neither DOCKER_HOST nor a
 * Docker engine is there) and the image NEO4J_IMAGE (default stancegraph/neo4j:5.26-local, built by
 * `stancegraph neo4j image`) exists, then hands over to the integration project's own global setup
 * and fails unless that chose testcontainers. See docs/CONTAINERS.md.
 */
const base = require('./jest.config.js');

const integration = base.projects.find((p) => p.displayName === 'integration');

module.exports = {
  ...integration,
  displayName: 'containers',
  testTimeout: base.testTimeout,
  testMatch: [...integration.testMatch, '<rootDir>/test/containers/**/*.test.ts'],
  globalSetup: '<rootDir>/test/containers/global-setup.ts',
  globalTeardown: '<rootDir>/test/containers/global-teardown.ts',
};
