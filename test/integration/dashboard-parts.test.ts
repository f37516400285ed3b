import { bundledCorpus } from '../support/corpus';
import { seededApp } from '../support/seeded-app';

const api = seededApp();

async function statements(query: string): Promise<{ count: number; data: unknown }> {
  const before = api.db.roundTrips;
  const { body } = await api.gql(query);
  expect(body.errors).toBeUndefined();
  return { count: api.db.roundTrips - before, data: body.data };
}

describe('dashboard', () => {
  it('runs only the aggregates its selection asks for', async () => {
    const totals = await statements('{ dashboard { totals { claims predictions } } }');
    expect(totals.count).toBe(1);
    const { claims } = bundledCorpus();
    expect(totals.data).toEqual({
      dashboard: {
        totals: {
          claims: claims.length,
          predictions: claims.filter((claim) => claim.prediction !== null).length,
        },
      },
    });

    const two = await statements(
      '{ dashboard { ...k } } fragment k on Dashboard { claimsByKind { label count } mostCited(first: 2) { count entity { name } } }',
    );
    // The parts share one statement, which reads the cited entities whole.
    expect(two.count).toBe(1);

    const all = await statements(`{ dashboard(asOf: "2025-12-01") {
      totals { claims } claimsBySpeaker { count } claimsByKind { count } claimsByTopic { count }
      claimsBySection { count } predictionsByStatus { count } dueSoon { id } overdue { id }
      mostCited { count } trackRecords { record { total } } } }`);
    // Ten aggregates in one statement, then the predictions and track records they name.
    expect(all.count).toBe(3);
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
