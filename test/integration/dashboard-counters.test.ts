/**
 * The dashboard's counters (src/db/dashboard/counters*) against a count of the claims
 * themselves, after every kind of write that changes them: an import, the same import again,
 * a resolution and its reopening, and a graph whose counters were never built. A counter left
 * behind by any writer shows here as a difference from the scan.
 */
import { hashToken, newToken, type TokenEntry } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { dashboardCounters } from '../../src/db/dashboard/counters-repository';
import { dashboardStatement, type DashboardColumn } from '../../src/db/dashboard/dashboard-cypher';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp, type App } from '../../src/server';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL } from '../support/http';
import { testDatabase } from '../support/neo4j';

const editorToken = newToken();
const TOKENS: TokenEntry[] = [
  { name: 'counter-test', role: 'editor', hash: hashToken(editorToken) },
];

const COUNTED: ReadonlySet<DashboardColumn> = new Set<DashboardColumn>([
  'claimsBySpeaker',
  'claimsByKind',
  'claimsByTopic',
  'predictionsByStatus',
]);

let db: Database;
let app: App;
let url: string;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  app = await createApp({ db, nodeEnv: 'test', tokens: TOKENS });
  url = await app.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await app.close();
  await db.driver.close();
});

type Parts = Record<string, unknown>;

/** The counted parts, from the counters (`true`) or from the claims (`false`). */
async function parts(fromCounters: boolean): Promise<{ built: boolean; parts: Parts }> {
  const [row] = await db.read<Parts & { built: boolean }>(
    dashboardStatement(COUNTED, fromCounters),
    { first: 100, asOf: '2026-01-01', soonDays: 30 },
  );
  if (row === undefined) throw new Error('no dashboard row');
  const picked: Parts = {};
  for (const column of COUNTED) picked[column] = row[column];
  return { built: row.built, parts: picked };
}

async function expectCountersExact(): Promise<Parts> {
  const counted = await parts(true);
  const scanned = await parts(false);
  expect(counted.built).toBe(true);
  expect(counted.parts).toEqual(scanned.parts);
  return counted.parts;
}

async function gql(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const { body } = await postGraphQL(url, query, variables, {
    authorization: `Bearer ${editorToken}`,
  });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const statuses = (p: Parts): unknown => p.predictionsByStatus;

describe('dashboard counters', () => {
  it('match the claims after an import, and again after the same import', async () => {
    const first = await expectCountersExact();
    expect((first.claimsByKind as unknown[]).length).toBeGreaterThan(0);
    await importFiles(db, [SEED_DIR]);
    expect(await expectCountersExact()).toEqual(first);
  });

  it('follow a resolution and its reopening in the same transaction', async () => {
    const [open] = await db.read<{ id: string }>(
      "MATCH (c:Prediction {status: 'OPEN'}) RETURN c.id AS id ORDER BY c.id LIMIT 1",
    );
    if (open === undefined) throw new Error('the bundled corpus has no open prediction');
    const before = await expectCountersExact();
    await gql(
      `mutation ($id: ID!) { resolvePrediction(id: $id, status: CORRECT,
         evidence: { url: "https://example.org/e", note: "counted" }) { status } }`,
      { id: open.id },
    );
    const resolved = await expectCountersExact();
    expect(statuses(resolved)).not.toEqual(statuses(before));
    await gql(`mutation ($id: ID!) { reopenPrediction(id: $id, note: "again") { status } }`, {
      id: open.id,
    });
    expect(statuses(await expectCountersExact())).toEqual(statuses(before));
  });

  it('are built once over a graph written without them', async () => {
    const exact = await expectCountersExact();
    await db.writeTx((tx) => tx.run('MATCH (k:DashboardCount) DELETE k'));
    expect((await parts(true)).built).toBe(false);
    expect(await dashboardCounters.ensure(db)).toBe(true);
    expect(await dashboardCounters.ensure(db)).toBe(false);
    expect(await expectCountersExact()).toEqual(exact);
  });
});
