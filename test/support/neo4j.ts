import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/**
 * The Bolt URI of the Neo4j the tests use: set by global-setup.ts to the throwaway servers it
 * starts, or by the user to servers of their own. Never NEO4J_URI: that names the service's
 * database, which the tests would empty.
 *
 * Jest runs test files in parallel workers, and the files of one worker share a database, one
 * at a time; two workers never share one. So the variable holds a comma-separated list, one URI
 * per worker (and the password variable one password per URI, or one for all).
 */
export const TEST_URI_ENV = 'CLAIMGRAPH_TEST_NEO4J_URI';
export const TEST_USER_ENV = 'CLAIMGRAPH_TEST_NEO4J_USER';
export const TEST_PASSWORD_ENV = 'CLAIMGRAPH_TEST_NEO4J_PASSWORD';
/** An id of this `jest` run, set by global-setup.ts (see seeded-app.ts). */
export const TEST_RUN_ENV = 'CLAIMGRAPH_TEST_RUN';

/** The comma-separated entries of a variable, blanks dropped. */
export function listFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** This jest worker's position (0 under --runInBand, which sets JEST_WORKER_ID to 1). */
function workerIndex(): number {
  const id = Number(process.env.JEST_WORKER_ID ?? '1');
  return Number.isInteger(id) && id >= 1 ? id - 1 : 0;
}

/** The entry of a list this worker uses; the list is as long as jest's worker count. */
function forThisWorker(list: string[], name: string): string | undefined {
  if (list.length <= 1) return list[0];
  const entry = list[workerIndex()];
  if (entry === undefined) {
    throw new Error(
      `${name} names ${list.length} servers, but this is jest worker ${workerIndex() + 1}: ` +
        'give one per worker, or run the files one at a time (--runInBand)',
    );
  }
  return entry;
}

export function testNeo4jUri(): string {
  const uri = forThisWorker(listFromEnv(process.env[TEST_URI_ENV]), TEST_URI_ENV);
  if (uri === undefined) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest`);
  return uri;
}

/** User and password of the test Neo4j (global-setup reads the generated password file). */
export function testNeo4jAuth(): { user: string; password: string } {
  const passwords = listFromEnv(process.env[TEST_PASSWORD_ENV]);
  return {
    user: process.env[TEST_USER_ENV] ?? 'neo4j',
    password: forThisWorker(passwords, TEST_PASSWORD_ENV) ?? '',
  };
}

/** A database handle on the test Neo4j; close its driver in afterAll. */
export function testDatabase(uri: string = testNeo4jUri()): Database {
  const driver = createDriver({ uri, ...testNeo4jAuth() });
  return new Database(driver);
}
