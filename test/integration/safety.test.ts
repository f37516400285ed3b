/**
 * What keeps the tests and the service safe around their database: the tests refuse to empty
 * a database holding data they did not make, and a runaway query ends with a clear code.
 */
import { GraphQLError } from 'graphql';

import { describeConnectError } from '../../src/db/credentials';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { formatError } from '../../src/errors';
import { ForeignDataError, resetGraph, TEST_MARKER_LABEL } from '../support/graph';
import { testDatabase, testNeo4jUri } from '../support/neo4j';

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
});

afterAll(async () => {
  await db.driver.close();
});

describe('npm test never empties a database it did not make', () => {
  it('refuses, deleting nothing, when the database holds data and no test marker', async () => {
    await db.write(`MATCH (m:${TEST_MARKER_LABEL}) DELETE m`);
    await db.write("CREATE (:SomeoneElses {id: 'precious'})");
    try {
      await expect(resetGraph(db)).rejects.toThrow(ForeignDataError);
      await expect(resetGraph(db)).rejects.toThrow(
        /holds 1 node\(s\) the tests did not create, so the tests refuse to run and deleted nothing/,
      );
      const [row] = await db.read<{ n: number }>('MATCH (n:SomeoneElses) RETURN count(n) AS n');
      expect(row?.n).toBe(1);
    } finally {
      await db.write('MATCH (n:SomeoneElses) DELETE n');
    }
  });

  it('claims an empty database with a marker and empties it from then on', async () => {
    await resetGraph(db);
    await db.write("CREATE (:Claim {id: 'made-by-a-test'})");
    await resetGraph(db);
    const [row] = await db.read<{ others: number; markers: number }>(
      `OPTIONAL MATCH (m:${TEST_MARKER_LABEL}) WITH count(m) AS markers
       OPTIONAL MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL} RETURN markers, count(n) AS others`,
    );
    expect(row).toEqual({ markers: 1, others: 0 });
  });
});

describe('a runaway query', () => {
  it('ends at the transaction timeout with QUERY_TIMEOUT, not a hang', async () => {
    const short = new Database(db.driver, undefined, { txTimeoutMs: 1_000 });
    const started = Date.now();
    const error = await short
      .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 13 RETURN count(x) AS n')
      .then(
        () => new Error('the runaway query finished'),
        (caught: unknown) => caught,
      );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(error).toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/) as unknown,
    });
    const formatted = formatError(
      { message: 'x', path: ['claims'] },
      // As a resolver error reaches formatError: with a path and the driver's error inside.
      new GraphQLError('x', {
        path: ['claims'],
        originalError: error instanceof Error ? error : undefined,
      }),
    );
    expect(formatted.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(formatted.message).toMatch(/transaction timeout/);
  });
});

describe('Neo4j authentication', () => {
  it('is on, and a wrong password gets a message naming the password file', async () => {
    const target = { uri: testNeo4jUri(), user: 'neo4j', password: 'wrong', database: undefined };
    const driver = createDriver(target);
    try {
      const error = await driver.getServerInfo().then(
        () => new Error('a wrong password was accepted'),
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      expect(describeConnectError(error, target, '/data/dir')).toBe(
        `Neo4j at ${target.uri} refused the password for user "neo4j" ` +
          '(code Neo.ClientError.Security.Unauthorized). Set NEO4J_USER and NEO4J_PASSWORD; ' +
          "the project's own Neo4j keeps its password in /data/dir/neo4j-password.",
      );
    } finally {
      await driver.close();
    }
  });
});
