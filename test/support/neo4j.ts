import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/**
 * The Bolt URI of the Neo4j the tests use: set by global-setup.ts to the throwaway server it
 * starts, or by the user to a server of their own. Never NEO4J_URI: that names the service's
 * database, which the tests would empty.
 */
export const TEST_URI_ENV = 'CLAIMGRAPH_TEST_NEO4J_URI';
export const TEST_USER_ENV = 'CLAIMGRAPH_TEST_NEO4J_USER';
export const TEST_PASSWORD_ENV = 'CLAIMGRAPH_TEST_NEO4J_PASSWORD';
/** An id of this `jest` run, set by global-setup.ts (see seeded-app.ts). */
export const TEST_RUN_ENV = 'CLAIMGRAPH_TEST_RUN';

export function testNeo4jUri(): string {
  const uri = process.env[TEST_URI_ENV];
  if (uri === undefined) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest`);
  return uri;
}

/** User and password of the test Neo4j (global-setup reads the generated password file). */
export function testNeo4jAuth(): { user: string; password: string } {
  return {
    user: process.env[TEST_USER_ENV] ?? 'neo4j',
    password: process.env[TEST_PASSWORD_ENV] ?? '',
  };
}

/** A database handle on the test Neo4j; close its driver in afterAll. */
export function testDatabase(uri: string = testNeo4jUri()): Database {
  const driver = createDriver({ uri, ...testNeo4jAuth() });
  return new Database(driver);
}
