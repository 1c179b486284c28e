import type { Driver } from 'neo4j-driver';
import { readCypher, splitStatements } from './cypherfiles';

/** Creates the constraints and indexes of cypher/schema.cypher (idempotent) and waits for them. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of splitStatements(readCypher('schema.cypher'))) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
