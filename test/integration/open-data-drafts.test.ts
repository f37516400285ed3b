/**
 * PLAN decision 1 for the open formats: claims the workbench (issue 15) leaves unaccepted never
 * reach a download, the whole-graph tables, an annotation, the calendar or the feed. Three
 * predictions are made through the workbench's own mutations: one left a draft, one rejected,
 * one accepted and then retracted. Every open-data answer is then byte for byte what it was
 * before them (so no count moved either). Accepting the draft makes it appear, with its editor
 * and the time of its first revision as the annotation's creator and created: the test can fail.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import { writeGraphFiles } from '../../src/opendata/graph-files';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { expand } from '../support/jsonld';
import { testDatabase } from '../support/neo4j';
import { caller, data, workbenchTokens, type Call } from '../support/workbench';

const T010 = `${EPISODE_ID}#t010`;
/** Words found nowhere in the corpus, one per claim. */
const DRAFT = 'zyzzogeton';
const REJECTED = 'quomodocunquize';
const RETRACTED = 'floccinaucinihilipilification';
const { tokens, bearer } = workbenchTokens();
const DC = 'http://purl.org/dc/terms/';

/** Every open-data address, and the feed and calendar narrowed to the claims' speaker. */
const PATHS = [
  '/export/predictions.csv',
  '/export/predictions.json?dated=true',
  '/export/claims.csv',
  '/export/claims.json?speaker=sholto-douglas',
  '/export/people.csv',
  '/export/people.json',
  '/export/entities.csv?orderBy=CLAIMS_DESC',
  '/export/episodes.csv',
  '/export/episodes.json',
  `/annotations?episode=${EPISODE_ID}`,
  '/calendar/predictions.ics',
  '/calendar/predictions.ics?speaker=sholto-douglas',
  '/feeds/predictions.atom',
];

let db: Database;
let running: RunningApp;
let call: Call;

async function get(
  address: string,
): Promise<{ status: number; total: string | null; text: string }> {
  const response = await fetch(`${running.base}${address}`, {
    headers: { accept: 'application/ld+json' },
  });
  return {
    status: response.status,
    total: response.headers.get('x-total-count'),
    text: await response.text(),
  };
}

/** Every open answer, and the files npm run export -- --tables writes. */
async function everything(): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const address of PATHS) answers[address] = await get(address);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-drafts-tables-'));
  try {
    answers.tableCounts = await writeGraphFiles(db, dir, 'http://localhost:4000');
    for (const file of readdirSync(dir).sort()) {
      answers[`tables/${file}`] = readFileSync(path.join(dir, file), 'utf8');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return answers;
}

async function createPrediction(quote: string, word: string): Promise<string> {
  const created = data(
    await call<{ createClaim: { key: string } }>(
      `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { key } }`,
      {
        input: {
          turn: T010,
          quote,
          kind: 'PREDICTION',
          paraphrase: `A ${word} forecast.`,
          topics: [word],
          about: ['reinforcement-learning'],
          prediction: {
            horizon: 'by the end of the year',
            resolutionCriteria: `CORRECT if ${word} by 2025-12-31; INCORRECT if not.`,
            resolutionSource: 'Public reports.',
          },
        },
      },
      'ed',
    ),
  );
  return created.createClaim.key;
}

async function review(key: string, verdict: 'ACCEPT' | 'REJECT'): Promise<void> {
  data(
    await call(
      'mutation ($id: ID!, $verdict: ReviewVerdict!) { reviewClaim(id: $id, verdict: $verdict) { key } }',
      { id: key, verdict },
      'rev1',
    ),
  );
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await seedBundledCorpus(db, SEED_DIR, () => undefined);
  running = await startApp(db, 'test', { tokens });
  call = caller(running.url, bearer);
}, 180_000);

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

let draftKey: string;

it('a draft, a rejected and a retracted claim change no download, table, annotation, calendar or feed', async () => {
  const before = await everything();
  draftKey = await createPrediction(
    'should see much more conclusive evidence of that by the end of the year',
    DRAFT,
  );
  const rejected = await createPrediction(
    'much more conclusive evidence of that by the end of the year',
    REJECTED,
  );
  await review(rejected, 'REJECT');
  const retracted = await createPrediction(
    'conclusive evidence of that by the end of the year',
    RETRACTED,
  );
  await review(retracted, 'ACCEPT');
  // Accepted, it was public for a moment: the retraction must take it out of everything again.
  expect((await get(`/annotations/${retracted}`)).status).toBe(200);
  data(
    await call(
      'mutation ($id: ID!) { retractClaim(id: $id, reason: "duplicate") { key } }',
      { id: retracted },
      'ed',
    ),
  );

  const after = await everything();
  expect(after).toEqual(before);
  for (const key of [draftKey, rejected, retracted]) {
    expect({ key, status: (await get(`/annotations/${key}`)).status }).toEqual({
      key,
      status: 404,
    });
  }
}, 300_000);

it('once the draft is accepted it is in them, annotated as made by its editor', async () => {
  await review(draftKey, 'ACCEPT');
  for (const address of [
    '/export/predictions.csv',
    '/export/claims.json?speaker=sholto-douglas',
    '/calendar/predictions.ics',
    '/feeds/predictions.atom',
  ]) {
    const answer = await get(address);
    expect({ address, shows: answer.text.includes(DRAFT) }).toEqual({ address, shows: true });
    expect(answer.text).not.toContain(REJECTED);
    expect(answer.text).not.toContain(RETRACTED);
  }
  const annotation = await get(`/annotations/${draftKey}`);
  expect(annotation.status).toBe(200);
  const [expanded] = await expand(JSON.parse(annotation.text) as object);
  const [created] = await db.read<{ at: string }>(
    `MATCH (:Claim {id: $id})-[:HAS_REVISION]->(r:Revision {action: 'CREATE'})
     RETURN toString(r.at) AS at`,
    { id: draftKey },
  );
  const [createdValue] = expanded?.[`${DC}created`] as { '@value': string }[];
  expect(Date.parse(createdValue?.['@value'] ?? '')).toBe(
    Math.floor(Date.parse(created?.at ?? '') / 1000) * 1000,
  );
  const [creator] = expanded?.[`${DC}creator`] as Record<string, unknown>[];
  expect(creator?.['@type']).toEqual(['http://xmlns.com/foaf/0.1/Person']);
  expect(creator?.['http://xmlns.com/foaf/0.1/name']).toEqual([{ '@value': 'ed' }]);
}, 120_000);
