import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../db/database';
import { handWorkRepository, type HandWork } from '../db/backup/hand-work-repository';
import { applySchema } from '../db/schema';
import { loadCorpus } from '../ingest/corpus/load-corpus';
import { exportEpisode } from '../ingest/export/export-episode';
import { writeEpisodeFolder } from '../ingest/export/write-folder';
import { importCorpus } from '../ingest/import-corpus';
import { InputError, type Problem } from '../ingest/problems';
import { readHandWork } from './hand-work-file';
import { splitByCorpus } from './hand-work-scope';

/** The layout version a restore understands. */
export const LOGICAL_FORMAT = 'claimgraph-logical-backup/1';
export const MANIFEST = 'manifest.json';
export const HAND_WORK = 'hand-work.json';
export const EPISODES = 'episodes';

export interface LogicalCounts {
  episodes: number;
  claims: number;
  resolutions: number;
  /** Revisions of workbench claims. */
  revisions: number;
  files: number;
}

/**
 * A logical backup, for any Neo4j (Aura, a cluster, the project's own while it runs): every
 * episode through the corpus export (`episodes/<key>/`, the files npm run seed imports), and
 * beside them `hand-work.json` with what the corpus format does not carry (every resolution
 * record, as it was, and the status it left; the workbench's revisions, authors and
 * idempotency keys). Read in one pass per episode, then the hand work, kept to what the
 * written files hold (work done on an episode after it was read waits for the next backup).
 * The folder appears whole at `dir` or not at all.
 */
export async function writeLogicalBackup(
  db: Database,
  dir: string,
  options: { replace: boolean; now: Date; log?: (line: string) => void },
): Promise<LogicalCounts> {
  if (existsSync(dir) && !options.replace) {
    throw new Error(`${dir} already exists; nothing was written (--force replaces it)`);
  }
  const parent = path.dirname(path.resolve(dir));
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(path.join(parent, `.${path.basename(dir)}-`));
  const old = `${staging}-old`;
  try {
    const counts: LogicalCounts = {
      episodes: 0,
      claims: 0,
      resolutions: 0,
      revisions: 0,
      files: 0,
    };
    const ids = await handWorkRepository.episodes(db);
    for (const id of ids) {
      const exported = await exportEpisode(db, id);
      writeEpisodeFolder(path.join(staging, EPISODES), exported.episodeId, exported.files, false);
      counts.episodes += 1;
      counts.claims += exported.counts.claims ?? 0;
      counts.files += exported.files.length;
      options.log?.(`backup: ${exported.episodeId} (${exported.counts.claims ?? 0} claims)`);
    }
    const written = loadCorpus([path.join(staging, EPISODES)]);
    if (!written.ok) throw new InputError(written.problems);
    const { kept: work, strays } = splitByCorpus(await handWorkRepository.read(db), written.corpus);
    if (strays.length > 0) {
      options.log?.(
        `backup: ${strays.length} hand-work record(s) made while the backup ran are left for the next one`,
      );
    }
    counts.resolutions = work.resolutions.length;
    counts.revisions = work.revisions.length;
    writeFileSync(path.join(staging, HAND_WORK), `${JSON.stringify(work, null, 1)}\n`);
    const manifest = { format: LOGICAL_FORMAT, createdAt: options.now.toISOString(), counts };
    writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    return counts;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

/**
 * Restores a logical backup into an empty database: the episodes through the importer, then the
 * hand work in one transaction. Everything is read and checked first (the corpus files as
 * npm run validate checks them, hand-work.json field by field, every resolution against the
 * predictions of the files), so bad input writes nothing.
 */
export async function restoreLogicalBackup(
  db: Database,
  dir: string,
  log: (line: string) => void = () => undefined,
): Promise<LogicalCounts> {
  const problems: Problem[] = [];
  checkManifest(path.join(dir, MANIFEST), problems);
  const work = readHandWork(path.join(dir, HAND_WORK), problems);
  if (problems.length > 0) throw new InputError(problems);
  const loaded = loadCorpus([path.join(dir, EPISODES)]);
  if (!loaded.ok) throw new InputError(loaded.problems);
  for (const stray of splitByCorpus(work, loaded.corpus).strays) {
    problems.push({ file: path.join(dir, HAND_WORK), line: 0, ...stray });
  }
  if (problems.length > 0) throw new InputError(problems);
  const held = await handWorkRepository.content(db);
  if (held.episodes > 0 || held.resolutions > 0) {
    throw new Error(
      `the database is not empty (${held.episodes} episodes, ${held.resolutions} resolutions): ` +
        'a logical restore goes into an empty database, so nothing was written',
    );
  }
  await applySchema(db);
  await importCorpus(db, loaded.corpus, log);
  const written = await handWorkRepository.write(db, work);
  return {
    episodes: loaded.corpus.episodes.length,
    claims: loaded.corpus.claims.length,
    resolutions: written.resolutions,
    revisions: work.revisions.length,
    files: loaded.files.length,
  };
}

function checkManifest(file: string, problems: Problem[]): void {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, line: 0, field: 'file', message: (error as Error).message });
    return;
  }
  const format = (manifest as { format?: unknown } | null)?.format;
  if (format !== LOGICAL_FORMAT) {
    problems.push({
      file,
      line: 0,
      field: 'format',
      message: `expected "${LOGICAL_FORMAT}", found ${JSON.stringify(format ?? null)}`,
    });
  }
}

export type { HandWork };
