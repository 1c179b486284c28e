/**
 * `npm run test:containers` must really run the integration suite through testcontainers, in a
 * container of NEO4J_IMAGE (stancegraph/neo4j:5.26-local by default), not through the launcher.
 */
import neo4j from 'neo4j-driver';
import { testConfig, testNeo4j } from '../helpers/neo4j';
import { dockerPort, dockerPs } from './docker';

const sameImage = (a: string, b: string) => a.replace(/^(localhost|docker\.io)\//, '') === b.replace(/^(localhost|docker\.io)\//, '');

test('the integration setup took the testcontainers route', () => {
  expect(testNeo4j().route).toBe('testcontainers');
});

test('the server is a container of NEO4J_IMAGE, published on the Bolt port the tests use', () => {
  const image = process.env.NEO4J_IMAGE as string;
  expect(image).toBeTruthy();
  const port = new URL(testNeo4j().uri.replace(/^bolt/, 'http')).port;
  const mine = dockerPs().filter((c) => sameImage(c.image, image) && dockerPort(c.id, '7687/tcp').some((p) => p.endsWith(`:${port}`)));
  expect(mine).toHaveLength(1);
});

test('it is Neo4j 5.26 community with APOC core', async () => {
  const c = testConfig();
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition');
    expect(records[0].get('version')).toMatch(/^5\.26\./);
    expect(records[0].get('edition')).toBe('community');
    const apoc = await driver.executeQuery('RETURN apoc.version() AS v');
    expect(apoc.records[0].get('v')).toMatch(/^5\.26\./);
  } finally {
    await driver.close();
  }
});
