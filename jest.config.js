/** Jest: unit tests run in-process; integration tests get a real Neo4j from test/helpers/global-setup. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }];
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      // Real Neo4j (never mocks): NEO4J_URI, else Docker (testcontainers), else `stancegraph neo4j`'s launcher.
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/helpers/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/neo4j-global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};
