import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/** Set by global-setup.ts: the Bolt URI of the Neo4j the tests use. */
export const TEST_URI_ENV = 'CLAIMGRAPH_TEST_NEO4J_URI';

export function testNeo4jUri(): string {
  const uri = process.env[TEST_URI_ENV];
  if (uri === undefined) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest`);
  return uri;
}

/** A database handle on the test Neo4j; close its driver in afterAll. */
export function testDatabase(): Database {
  const driver = createDriver({
    uri: testNeo4jUri(),
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  return new Database(driver, process.env.NEO4J_DATABASE);
}
