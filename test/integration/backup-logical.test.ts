/**
 * Logical backups (issue 20, item 3, for any Neo4j): `npm run backup -- --logical` against the
 * Neo4j NEO4J_URI names (here the tests' own, as an Aura or cluster URI would be given) writes
 * the corpus files of every episode and the hand work; the graph is wiped; `npm run restore --
 * --logical` puts it back, and every node and relationship is as it was, with every property and
 * its type. Before the backup the workbench makes what only it makes: a draft, a draft
 * prediction, an accepted claim with edits, a rejected one, a retracted one (each with its
 * revisions, authors, review notes), a claim written with a clientMutationId, an entity, a
 * mention and an exclusion; and the resolution service a history of resolutions.
 * Left out of the comparison: the tests' marker, import bookkeeping (ImportLock, CorpusState)
 * and Episode.sourceFile and Episode.contentHash, the path and the digest of the files the episode
 * was last imported from, which are the backup's (they hold the workbench's work too); a dashboard
 * counter at zero counts as absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { HAND_WORK } from '../../src/backup/logical-backup';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { ResolutionService } from '../../src/resolutions/resolution-service';
import { describeGraph } from '../support/checkpoint';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { writeHostileEpisode } from '../support/hostile-episode';
import { startApp } from '../support/http';
import { testDatabase, testNeo4jAuth, testNeo4jUri } from '../support/neo4j';
import { caller, data, editor, workbenchTokens } from '../support/workbench';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- args` as a user runs it, with NEO4J_URI naming the tests' Neo4j. */
function cli(script: 'backup' | 'restore', args: string[]): Promise<CliRun> {
  const { user, password } = testNeo4jAuth();
  const env = {
    ...process.env,
    NEO4J_URI: testNeo4jUri(),
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`src/backup/cli/${script}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every node and relationship but the bookkeeping, with labels and typed properties, sorted. */
function graph(): Promise<string[]> {
  return describeGraph(undefined, {
    skipLabels: ['ImportLock', 'CorpusState'],
    // Import bookkeeping: where the episode was last imported from, and the digest of those files.
    omit: { Episode: ['sourceFile', 'contentHash'] },
    // A dashboard counter at zero reads as no counter (the dashboard asks for n > 0).
    skipNode: (labels, properties) =>
      labels.includes('DashboardCount') && neo4j.integer.toNumber(properties.n as number) === 0,
  });
}

const T010 = `${EPISODE_ID}#t010`;
const T012 = `${EPISODE_ID}#t012`;
const NOW = new Date('2026-02-02T10:00:00.250Z');

/**
 * What only the workbench makes, through GraphQL as its users make it: claims in every state
 * with their revisions, an idempotency key, an entity, a mention and an exclusion.
 */
async function workbenchContent(db: Database): Promise<void> {
  const { tokens, bearer } = workbenchTokens();
  const running = await startApp(db, 'test', { tokens, now: () => NOW });
  const call = caller(running.url, bearer);
  try {
    const create = async (input: Record<string, unknown>): Promise<string> =>
      data(
        await call<{ createClaim: { key: string } }>(
          'mutation ($input: CreateClaimInput!) { createClaim(input: $input) { key } }',
          { input },
          'ed',
        ),
      ).createClaim.key;
    const update = async (id: string, input: Record<string, unknown>, who = 'ed') =>
      data(
        await call(
          'mutation ($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { key } }',
          { id, input },
          who,
        ),
      );
    const review = async (id: string, verdict: string, note: string | null, who = 'rev1') =>
      data(
        await call(
          'mutation ($id: ID!, $verdict: ReviewVerdict!, $note: String) { reviewClaim(id: $id, verdict: $verdict, note: $note) { key } }',
          { id, verdict, note },
          who,
        ),
      );
    // A draft, written with a clientMutationId, and sent again (which writes nothing).
    const draft = {
      turn: T012,
      quote: 'Seeing it struggle',
      kind: 'OPINION',
      clientMutationId: 'backup-draft',
    };
    expect(await create(draft)).toBe(await create(draft));
    // A draft prediction.
    await create({
      turn: T010,
      quote: 'should see much more conclusive evidence of that by the end of the year',
      kind: 'PREDICTION',
      prediction: {
        horizon: 'by the end of the year',
        resolutionCriteria:
          'CORRECT if agents do real engineering work by 2025-12-31; INCORRECT if they do not.',
        resolutionSource: 'Public reports of agent deployments.',
      },
    });
    // Accepted after edits by two people, and a second review after a later edit.
    const accepted = await create({ turn: T012, quote: 'painful to watch', kind: 'OPINION' });
    await update(accepted, { paraphrase: 'It hurts to watch.', note: 'first edit' });
    await review(accepted, 'ACCEPT', 'fine');
    await update(accepted, { topics: ['agents'], note: 'a topic' }, 'rev2');
    await review(accepted, 'ACCEPT', '<b>still</b> fine "quoted"');
    // Rejected, with a note.
    const rejected = await create({ turn: T012, quote: 'kind of painful', kind: 'ANECDOTE' });
    await review(rejected, 'REJECT', 'not an anecdote');
    // Accepted, then withdrawn.
    const retracted = await create({
      turn: T010,
      quote: 'RL in language models has finally worked',
      kind: 'ASSERTION',
    });
    await review(retracted, 'ACCEPT', null, 'rev2');
    data(
      await call(
        'mutation ($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { key } }',
        { id: retracted, reason: 'quoted out of context' },
        'ed',
      ),
    );
    // An entity made in the workbench, a mention of it, and an exclusion.
    data(
      await call(
        'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }',
        {
          input: {
            episode: EPISODE_ID,
            type: 'PRODUCT',
            name: 'Backup Widget',
            aliases: ['BWidget'],
            externalIds: [{ key: 'homepage', value: 'https://example.org/widget' }],
            clientMutationId: 'backup-entity',
          },
        },
        'ed',
      ),
    );
    data(
      await call(
        'mutation ($input: AddMentionInput!) { addMention(input: $input) { start } }',
        { input: { turn: T012, entity: 'backup-widget', form: 'painful' } },
        'rev1',
      ),
    );
    data(
      await call(
        'mutation ($input: CreateExclusionInput!) { createExclusion(input: $input) { key } }',
        { input: { turn: T012, quote: 'to watch', reason: 'About the present.' } },
        'ed',
      ),
    );
  } finally {
    await running.app.close();
  }
}

let db: Database;
const work = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-logical-'));
const dir = path.join(work, 'backup');
let before: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR, writeHostileEpisode()]);
  // Hand work: a resolution, a reopening and a second resolution of one prediction (a history
  // of three), one resolution of another whose note and evidence are hostile text.
  const resolutions = new ResolutionService(db, () => new Date('2026-02-01T12:00:00.123Z'));
  const id = 'c1-pred-day-of-junior-engineer-work';
  const outcomes = [
    await resolutions.resolve(editor('backup-editor'), {
      id,
      status: 'INCORRECT',
      evidenceUrl: 'https://example.org/logical',
      note: 'before the backup',
      resolvedAt: '2026-01-31',
    }),
    await resolutions.reopen(editor('backup-editor'), { id, note: 'reopened' }),
    await resolutions.resolve(editor('second-editor'), {
      id,
      status: 'CORRECT',
      evidenceUrl: 'https://example.org/second',
      note: null,
      resolvedAt: '2026-02-01',
    }),
    await resolutions.resolve(editor('backup-editor'), {
      id: 'hostile-prediction',
      status: 'PARTIALLY_CORRECT',
      evidenceUrl: 'https://example.org/<script>',
      note: '"><img src=x onerror=alert(1)>',
      resolvedAt: '2026-01-15',
    }),
  ];
  expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, true]);
  await workbenchContent(db);
  before = await graph();
  // What the workbench made is there to compare (a test that cannot fail otherwise).
  for (const made of [
    ':Revision',
    'reviewNote=',
    'retractionReason=',
    'createdBy="ed"',
    'MutationKey',
    ':Exclusion',
  ]) {
    expect(before.some((line) => line.includes(made))).toBe(true);
  }
  // And what only the files say, which the corpus export once dropped: the bundled episode's
  // premises and the mentions marked mentionOnly.
  for (const marked of ['premiseText=', 'premiseGoverns=[', 'mentionOnly=true']) {
    expect(before.some((line) => line.includes(marked))).toBe(true);
  }
}, 300_000);

afterAll(async () => {
  await db.driver.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run backup -- --logical and npm run restore -- --logical', () => {
  it('round-trips every node and relationship through the files, a wipe and a restore', async () => {
    const backup = await cli('backup', ['--logical', '--out', dir]);
    expect({ code: backup.code, stderr: backup.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String) as string,
    });
    // The hostile episode's four records, and whatever the bundled corpus settles in its episodes.
    const records = /\(logical: 2 episodes, \d+ claims, (\d+) resolution records/.exec(
      backup.stdout,
    );
    expect(Number(records?.[1])).toBeGreaterThanOrEqual(4);
    expect(readdirSync(dir).sort()).toEqual(['episodes', 'hand-work.json', 'manifest.json']);
    expect(readdirSync(work)).toEqual(['backup']);

    await resetGraph(db);
    expect(await graph()).toEqual([]);
    const restore = await cli('restore', ['--logical', dir]);
    expect({
      code: restore.code,
      stderr: restore.code === 0 ? '' : restore.stderr.slice(-2000),
    }).toEqual({
      code: 0,
      stderr: '',
    });
    const after = await graph();
    expect(after.filter((line) => !before.includes(line))).toEqual([]);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    expect(after).toEqual(before);
    // The four this test recorded, and the ones the bundled corpus settles in its episodes.
    const resolutions = before.filter((line) => line.startsWith('(:Resolution '));
    expect(resolutions.length).toBeGreaterThanOrEqual(4);
    process.stdout.write(
      `\nbackup (logical): ${before.filter((line) => line.startsWith('(')).length} nodes and ` +
        `${before.filter((line) => !line.startsWith('(')).length} relationships round-tripped, ` +
        `${before.filter((line) => line.startsWith('(:Revision')).length} revisions among them\n`,
    );
  }, 300_000);

  it('refuses to restore over a graph, writing nothing', async () => {
    const again = await cli('restore', ['--logical', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the database is not empty');
    expect(await graph()).toEqual(before);
  }, 120_000);

  it('refuses a damaged hand-work file by field, writing nothing', async () => {
    const file = path.join(dir, HAND_WORK);
    const hand = JSON.parse(readFileSync(file, 'utf8')) as {
      resolutions: { predictionId: string }[];
      statuses: { status: string }[];
    };
    const [first] = hand.resolutions;
    const [status] = hand.statuses;
    if (first === undefined || status === undefined) throw new Error('no hand work');
    first.predictionId = 'no-such-prediction';
    status.status = 'MAYBE';
    writeFileSync(file, JSON.stringify(hand));
    await resetGraph(db);
    const refused = await cli('restore', ['--logical', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file}:0: statuses[0].status: expected one of OPEN`);
    expect(await graph()).toEqual([]);
    // The status fixed, the unknown prediction is still refused, against the backup's files.
    status.status = 'OPEN';
    writeFileSync(file, JSON.stringify(hand));
    const unknown = await cli('restore', ['--logical', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      `${file}:0: resolutions[0].predictionId: no-such-prediction is not a prediction`,
    );
    expect(await graph()).toEqual([]);
    // A revision of a claim the files do not hold, and a revision without a number.
    first.predictionId = 'c1-pred-day-of-junior-engineer-work';
    const revisions = (hand as unknown as { revisions: Record<string, unknown>[] }).revisions;
    expect(revisions.length).toBeGreaterThan(0);
    Object.assign(revisions[0] ?? {}, { claimId: 'no-such-claim' });
    writeFileSync(file, JSON.stringify(hand));
    const stray = await cli('restore', ['--logical', dir]);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toContain(
      `${file}:0: revisions[0].claimId: no-such-claim is not a claim of the backup's episodes`,
    );
    Object.assign(revisions[1] ?? {}, { sequence: 'two' });
    writeFileSync(file, JSON.stringify(hand));
    const odd = await cli('restore', ['--logical', dir]);
    expect(odd.stderr).toContain(`${file}:0: revisions[1].sequence: expected a whole number`);
    expect(await graph()).toEqual([]);
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  }, 120_000);
});
