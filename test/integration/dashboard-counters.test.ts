/**
 * The dashboard's counters (src/db/dashboard/counters*) against a count of the claims
 * themselves, after every kind of write that changes them: an import, the same import again,
 * a resolution and its reopening, the workbench's create, accept, edit and retraction, and a
 * graph whose counters were never built. A counter left behind by any writer shows here as a
 * difference from the scan.
 */
import type { Database } from '../../src/db/database';
import { dashboardCounters } from '../../src/db/dashboard/counters-repository';
import { dashboardStatement, type DashboardColumn } from '../../src/db/dashboard/dashboard-cypher';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp, type App } from '../../src/server';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { testDatabase } from '../support/neo4j';
import { caller, data, workbenchTokens, type Call } from '../support/workbench';

const { tokens, bearer } = workbenchTokens();

const COUNTED: ReadonlySet<DashboardColumn> = new Set<DashboardColumn>([
  'claimsBySpeaker',
  'claimsByKind',
  'claimsByTopic',
  'predictionsByStatus',
]);

let db: Database;
let app: App;
let call: Call;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  app = await createApp({ db, nodeEnv: 'test', tokens });
  call = caller(await app.listen(0, '127.0.0.1'), bearer);
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

async function gql(
  query: string,
  variables: Record<string, unknown>,
  who = 'ed',
): Promise<unknown> {
  return data(await call(query, variables, who));
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

  it('follow the workbench: a draft counts for nothing until accepted, an edit or a retraction takes it out', async () => {
    const topic = 'counted-topic';
    const count = (p: Parts): unknown =>
      (p.claimsByTopic as { label: string; count: number }[]).find((row) => row.label === topic)
        ?.count;
    const before = await expectCountersExact();
    const created = (await gql(
      `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { key } }`,
      {
        input: {
          turn: `${EPISODE_ID}#t010`,
          quote: 'should see much more conclusive evidence of that by the end of the year',
          kind: 'PREDICTION',
          topics: [topic],
          prediction: {
            horizon: 'by the end of the year',
            resolutionCriteria: 'CORRECT if so by 2025-12-31; INCORRECT if not.',
            resolutionSource: 'Public reports.',
          },
        },
      },
    )) as { createClaim: { key: string } };
    const id = created.createClaim.key;
    expect(await expectCountersExact()).toEqual(before);
    const ACCEPT = 'mutation ($id: ID!) { reviewClaim(id: $id, verdict: ACCEPT) { key } }';
    await gql(ACCEPT, { id }, 'rev1');
    const accepted = await expectCountersExact();
    expect(count(accepted)).toBe(1);
    await gql(
      'mutation ($id: ID!) { updateClaim(id: $id, input: { topics: ["counted-again"], note: "retopic" }) { key } }',
      { id },
    );
    expect(count(await expectCountersExact())).toBeUndefined();
    await gql(ACCEPT, { id }, 'rev2');
    expect(await expectCountersExact()).not.toEqual(before);
    await gql('mutation ($id: ID!) { retractClaim(id: $id, reason: "counted once") { key } }', {
      id,
    });
    expect(await expectCountersExact()).toEqual(before);
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
