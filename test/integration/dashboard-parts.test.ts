import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp } from '../../src/server';
import { SEED_DIR, bundledCorpus } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL } from '../support/http';
import { testDatabase } from '../support/neo4j';

let db: Database;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  const app = await createApp({ db, nodeEnv: 'test' });
  url = await app.listen(0, '127.0.0.1');
  close = () => app.close();
});

afterAll(async () => {
  await close();
  await db.driver.close();
});

async function statements(query: string): Promise<{ count: number; data: unknown }> {
  const before = db.roundTrips;
  const { body } = await postGraphQL(url, query);
  expect(body.errors).toBeUndefined();
  return { count: db.roundTrips - before, data: body.data };
}

describe('dashboard', () => {
  it('runs only the aggregates its selection asks for', async () => {
    const totals = await statements('{ dashboard { totals { claims predictions } } }');
    expect(totals.count).toBe(1);
    const corpus = bundledCorpus();
    const predictions = corpus.claims.filter((claim) => claim.prediction !== null).length;
    expect(totals.data).toEqual({
      dashboard: { totals: { claims: corpus.claims.length, predictions } },
    });

    const two = await statements(
      '{ dashboard { ...k } } fragment k on Dashboard { claimsByKind { label count } mostCited(first: 2) { count } }',
    );
    expect(two.count).toBe(2);

    const all = await statements(`{ dashboard(asOf: "2025-12-01") {
      totals { claims } claimsBySpeaker { count } claimsByKind { count } claimsByTopic { count }
      claimsBySection { count } predictionsByStatus { count } dueSoon { id } overdue { id }
      mostCited { count } trackRecords { record { total } } } }`);
    // Ten aggregates in one transaction, then the predictions and track records they name.
    expect(all.count).toBe(12);
  });

  it('counts per section and per speaker agree with the claims they count', async () => {
    const { data } = await statements(
      '{ dashboard { totals { claims } claimsBySection(first: 100) { count } claimsBySpeaker { count } } }',
    );
    const d = (
      data as {
        dashboard: {
          totals: { claims: number };
          claimsBySection: { count: number }[];
          claimsBySpeaker: { count: number }[];
        };
      }
    ).dashboard;
    const sum = (rows: { count: number }[]): number => rows.reduce((a, r) => a + r.count, 0);
    expect(sum(d.claimsBySection)).toBe(d.totals.claims);
    expect(sum(d.claimsBySpeaker)).toBe(d.totals.claims);
  });
});
