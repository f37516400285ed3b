/**
 * PLAN decision 1: public reads see accepted claims only. A draft carrying a word found nowhere
 * else changes no public answer (lists, search, dashboard counts, track records, an entity's
 * claims, a turn's claims, node(id)); an editor asking includeDrafts sees it; once a reviewer
 * accepts it, the same public reads do show it (so this test can fail).
 */
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { globalId } from '../../src/ids/global-id';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';
import { caller, codes, data, workbenchTokens, type Call } from '../support/workbench';

const WORD = 'zyzzogeton';
const T010 = `${EPISODE_ID}#t010`;
const { tokens, bearer } = workbenchTokens();

let db: Database;
let running: RunningApp;
let call: Call;
let key: string;

/** Every public read a draft could leak into, for the draft's speaker, entity, turn and word. */
const PUBLIC_READS = (id: string) => `{
  claims(filter: { text: "${WORD}" }, first: 100) { totalCount edges { node { key } } }
  everyClaim: claims(first: 100) { totalCount }
  predictions(first: 100) { totalCount edges { node { key } } }
  dated: predictions(filter: { dated: true }, orderBy: DEADLINE_ASC, first: 100) { totalCount }
  search(query: "${WORD}", first: 10) { type snippet }
  dashboard(asOf: "2026-01-15") {
    totals { claims predictions }
    claimsBySpeaker { person { key } count }
    claimsByKind { label count }
    claimsByTopic { label count }
    claimsBySection { section { key } count }
    predictionsByStatus { label count }
    dueSoon { key } overdue { key }
    trackRecords { person { key } record { total open } }
  }
  person(id: "sholto-douglas") {
    trackRecord { total open }
    claims(first: 100) { totalCount } predictions(first: 100) { totalCount }
  }
  entity(id: "reinforcement-learning") { claims(first: 100) { totalCount edges { node { key } } } }
  entities(orderBy: CLAIMS_DESC, first: 5) { edges { node { key } } }
  turn(id: "${T010}") { claims { key } }
  episode(id: "${EPISODE_ID}") { claimCount }
  claim(id: "${id}") { key }
  prediction(id: "${id}") { key }
  node(id: "${globalId('Claim', { key: id })}") { id }
  asPrediction: node(id: "${globalId('Prediction', { key: id })}") { id }
}`;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db, 'test', { tokens });
  call = caller(running.url, bearer);
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

it('a draft appears in no public read, and an editor sees it with includeDrafts', async () => {
  const before = data(await call(PUBLIC_READS('sholto-will-be-draft')));
  const created = data(
    await call<{ createClaim: { key: string } }>(
      `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { key } }`,
      {
        input: {
          turn: T010,
          quote: 'should see much more conclusive evidence of that by the end of the year',
          kind: 'PREDICTION',
          paraphrase: `A ${WORD} forecast.`,
          topics: [WORD],
          about: ['reinforcement-learning'],
          prediction: {
            horizon: 'by the end of the year',
            resolutionCriteria: `CORRECT if ${WORD} by 2025-12-31; INCORRECT if not.`,
            resolutionSource: 'Public reports.',
          },
        },
      },
      'ed',
    ),
  ).createClaim;
  key = created.key;
  const after = data(await call(PUBLIC_READS(key)));
  // Same shape of query with the draft's own key: nothing public answers for it either.
  expect(after).toEqual(data(await call(PUBLIC_READS(key))));
  expect(JSON.stringify(after)).not.toContain(WORD);
  expect(JSON.stringify(after)).not.toContain(key);
  const withoutKey = (answer: Record<string, unknown>) => ({
    ...answer,
    claim: null,
    prediction: null,
    node: null,
    asPrediction: null,
  });
  expect(withoutKey(after)).toEqual(withoutKey(before));

  const DRAFTS = `{
    claims(filter: { text: "${WORD}" }, includeDrafts: true) { edges { node { key review { state } } } }
    predictions(includeDrafts: true, first: 100) { edges { node { key } } }
    turn(id: "${T010}") { claims(includeDrafts: true) { key } }
    claim(id: "${key}", includeDrafts: true) { key about { key } history { action } }
    prediction(id: "${key}", includeDrafts: true) { key dueDate }
  }`;
  const seen = data(
    await call<{
      claims: { edges: { node: { key: string; review: { state: string } } }[] };
      predictions: { edges: { node: { key: string } }[] };
      turn: { claims: { key: string }[] };
      claim: { key: string; about: { key: string }[]; history: { action: string }[] } | null;
      prediction: { key: string; dueDate: string } | null;
    }>(DRAFTS, {}, 'ed'),
  );
  expect(seen.claims.edges).toEqual([{ node: { key, review: { state: 'DRAFT' } } }]);
  expect(seen.predictions.edges.map((edge) => edge.node.key)).toContain(key);
  expect(seen.turn.claims.map((claim) => claim.key)).toContain(key);
  expect(seen.claim).toEqual({
    key,
    about: [{ key: 'reinforcement-learning' }],
    history: [{ action: 'CREATE' }],
  });
  expect(seen.prediction).toEqual({ key, dueDate: '2025-12-31' });
  // Readers and anonymous callers may not ask for drafts at all.
  expect(codes(await call(DRAFTS, {}, 'rd'))).toContain('FORBIDDEN');
  expect(codes(await call(DRAFTS, {}, null))).toContain('UNAUTHENTICATED');
});

it('once accepted, the same public reads show it', async () => {
  data(
    await call(
      'mutation ($id: ID!) { reviewClaim(id: $id, verdict: ACCEPT) { key } }',
      { id: key },
      'rev1',
    ),
  );
  const after = data(
    await call<{
      claims: { totalCount: number };
      search: { snippet: string }[];
      dashboard: { totals: { claims: number }; claimsByTopic: { label: string; count: number }[] };
      turn: { claims: { key: string }[] };
      claim: { key: string } | null;
      node: { id: string } | null;
    }>(PUBLIC_READS(key)),
  );
  expect(after.claims.totalCount).toBe(1);
  expect(after.search.some((hit) => hit.snippet.includes(WORD))).toBe(true);
  expect(after.dashboard.claimsByTopic).toContainEqual({ label: WORD, count: 1 });
  expect(after.turn.claims.map((claim) => claim.key)).toContain(key);
  expect(after.claim).toEqual({ key });
  expect(after.node).not.toBeNull();
});
