/**
 * The import lock, pinned: an import waits while another transaction holds the ImportLock
 * node. (Concurrent imports would leave no duplicates even without it, thanks to the
 * uniqueness constraints, so "no duplicates" alone cannot show the lock works.)
 */
import { TAKE_IMPORT_LOCK } from '../../src/db/import/import-cypher';
import { importFiles } from '../../src/ingest/import-corpus';
import { bundledCorpus, SEED_DIR } from '../support/corpus';
import { unseededApp } from '../support/seeded-app';

const api = unseededApp();

it('makes an import wait for the transaction holding the import lock', async () => {
  const { db } = api;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = (): void => undefined;
  const lockTaken = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holder = db.writeTx(async (tx) => {
    await tx.run(TAKE_IMPORT_LOCK);
    locked();
    await held;
  });
  await lockTaken;

  let finished = false;
  const importing = importFiles(db, [SEED_DIR]).then(() => {
    finished = true;
  });

  // Neo4j lists the import's transaction as blocked by the holder; it cannot finish meanwhile.
  let blocked = false;
  const started = Date.now();
  while (!blocked && !finished && Date.now() - started < 20_000) {
    const rows = await db.read<{ status: string }>('SHOW TRANSACTIONS YIELD status RETURN status');
    blocked = rows.some((row) => row.status.startsWith('Blocked by'));
    if (!blocked) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const finishedWhileHeld = finished;
  release();
  await holder;
  await importing;

  expect({ blocked, finishedWhileHeld }).toEqual({ blocked: true, finishedWhileHeld: false });
  const [row] = await db.read<{ claims: number }>('RETURN COUNT { MATCH (:Claim) } AS claims');
  expect(row?.claims).toBe(bundledCorpus().claims.length);
}, 60_000);
