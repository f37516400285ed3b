import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, postGraphQL, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

/**
 * A request's reads share one read transaction (src/db/request-reads.ts): however many loader
 * waves a query takes, it begins one transaction, and a failing statement fails only itself.
 */
let db: Database;
let running: RunningApp;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db);
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

async function costOf(query: string): Promise<{ statements: number; transactions: number }> {
  const statements = db.roundTrips;
  const transactions = db.transactions;
  const { status, body } = await postGraphQL(running.url, query);
  if (status !== 200 || body.errors) throw new Error(JSON.stringify(body.errors));
  return { statements: db.roundTrips - statements, transactions: db.transactions - transactions };
}

describe('one read transaction per request', () => {
  it('serves a query of several loader waves in one transaction', async () => {
    const cost = await costOf(`{
      people(first: 5) { name claims(first: 3) { edges { node { quote turn { text }
        about { name notes { term } } } } } }
    }`);
    expect(cost.statements).toBeGreaterThan(2);
    expect(cost.transactions).toBe(1);
  });

  it('begins a new transaction for the next request', async () => {
    const query = '{ episodes { title } }';
    expect((await costOf(query)).transactions).toBe(1);
    expect((await costOf(query)).transactions).toBe(1);
  });
});

describe('a failing statement in the shared transaction', () => {
  it('fails alone: statements pipelined with it still answer', async () => {
    const request = db.scoped();
    const [before, failing, after] = await Promise.allSettled([
      request.read<{ n: number }>('RETURN 1 AS n'),
      request.read('RETURN 1 / $zero AS n', { zero: 0 }),
      request.read<{ n: number }>('RETURN 2 AS n'),
    ]);
    expect(before).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(failing.status).toBe('rejected');
    expect(String((failing as PromiseRejectedResult).reason)).toMatch(/by zero/i);
    expect(after).toEqual({ status: 'fulfilled', value: [{ n: 2 }] });
    // And the request reads on afterwards, in a transaction of its own.
    expect(await request.read<{ n: number }>('RETURN 3 AS n')).toEqual([{ n: 3 }]);
  });

  it('lets a read after a write see it', async () => {
    const request = db.scoped();
    await request.read('MATCH (n:TxProbe) RETURN n');
    await request.write("MERGE (n:TxProbe {id: 'probe'}) SET n.seen = 1");
    const rows = await request.read<{ seen: number }>(
      "MATCH (n:TxProbe {id: 'probe'}) RETURN n.seen AS seen",
    );
    expect(rows).toEqual([{ seen: 1 }]);
    await db.write('MATCH (n:TxProbe) DELETE n');
  });
});
