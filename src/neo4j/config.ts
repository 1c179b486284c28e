/**
 * Neo4j connection settings from the environment: NEO4J_URI, NEO4J_USERNAME (or NEO4J_USER),
 * NEO4J_PASSWORD, NEO4J_DATABASE. Defaults match `stancegraph neo4j start` and docker-compose.yml.
 */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export const DEFAULT_PASSWORD = 'stancegraph';

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const port = env.NEO4J_BOLT_PORT || '7687';
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${port}`,
    username: env.NEO4J_USERNAME || env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}
