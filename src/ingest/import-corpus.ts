import { createHash } from 'node:crypto';

import type { Database } from '../db/database';
import { writeCorpus, type WriteCounters } from '../db/import/import-repository';
import { corpusCounts } from './corpus/coverage';
import type { Corpus } from '../domain/corpus';
import { loadCorpus } from './corpus/load-corpus';
import { InputError } from './problems';

export interface ImportReport {
  files: string[];
  episodes: string[];
  /** What the files hold: claims, predictions, entities by type, mentions, relations... */
  counts: Record<string, number>;
  /** What the write changed: zero created and deleted on a re-run of the same files. */
  changes: WriteCounters;
  milliseconds: number;
}

/**
 * Validates everything first and writes nothing unless all of it is valid; then writes the
 * whole corpus in one transaction. Throws InputError with every problem found.
 */
export async function importFiles(
  db: Database,
  inputs: string[],
  log: (line: string) => void = () => undefined,
): Promise<ImportReport> {
  const started = performance.now();
  const loaded = loadCorpus(inputs);
  if (!loaded.ok) throw new InputError(loaded.problems);
  log(
    `import: ${loaded.files.length} file(s) valid, writing ${loaded.corpus.episodes.length} episode(s)`,
  );
  const changes = await importCorpus(db, loaded.corpus, log);
  return {
    files: loaded.files,
    episodes: loaded.corpus.episodes.map((episode) => episode.id),
    counts: corpusCounts(loaded.corpus),
    changes,
    milliseconds: Math.round(performance.now() - started),
  };
}

export function importCorpus(
  db: Database,
  corpus: Corpus,
  log: (line: string) => void = () => undefined,
): Promise<WriteCounters> {
  return writeCorpus(db, corpus, contentHashes(corpus), log);
}

/**
 * A digest of everything an episode contributes, stored on the Episode node. It is taken over a
 * canonical form: what the graph keeps without order (speakers, the rows of each kind, a
 * claim's entities) is sorted, and where things stand in the files (names, lines) is left out,
 * so the same content gives the same digest however its files are laid out.
 */
export function contentHashes(corpus: Corpus): Map<string, string> {
  const hashes = new Map<string, string>();
  const byKey = <T>(rows: T[], key: (row: T) => string): T[] =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // Rows grouped by episode once: filtering every kind of row per episode was quadratic.
  const claimsOf = byEpisode(corpus.claims);
  const mentionsOf = byEpisode(corpus.mentions);
  const discrepanciesOf = byEpisode(corpus.discrepancies);
  const excludedOf = byEpisode(corpus.excluded);
  for (const episode of corpus.episodes) {
    const mine = <T>(grouped: Map<string, T[]>): T[] => grouped.get(episode.id) ?? [];
    const hash = createHash('sha256');
    hash.update(
      JSON.stringify(
        withoutLines({
          ...episode,
          sourceFile: undefined,
          speakers: byKey(episode.speakers, (speaker) => speaker.id),
        }),
      ),
    );
    const claims = mine(claimsOf).map((claim) => ({
      ...claim,
      about: [...claim.about].sort(),
    }));
    hash.update(JSON.stringify(byKey(claims, (claim) => claim.id)));
    hash.update(
      JSON.stringify(
        byKey(mine(mentionsOf), (m) => `${m.turnId}|${m.entityId}|${m.start}|${m.form}`),
      ),
    );
    hash.update(JSON.stringify(byKey(mine(discrepanciesOf), (item) => item.id)));
    hash.update(JSON.stringify(byKey(mine(excludedOf), (item) => item.id)));
    hashes.set(episode.id, hash.digest('hex').slice(0, 16));
  }
  return hashes;
}

function byEpisode<T extends { episodeId: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.episodeId);
    if (group === undefined) grouped.set(row.episodeId, [row]);
    else group.push(row);
  }
  return grouped;
}

function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'line')
      .map(([key, item]) => [key, withoutLines(item)]),
  );
}

export function formatReport(report: ImportReport): string {
  const { changes } = report;
  return [
    `import: ${report.episodes.length} episode(s): ${report.episodes.slice(0, 5).join(', ')}${
      report.episodes.length > 5 ? `, and ${report.episodes.length - 5} more` : ''
    }`,
    `import: ${Object.entries(report.counts)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}`,
    `import: nodes +${changes.nodesCreated} -${changes.nodesDeleted}, relationships +${changes.relationshipsCreated} -${changes.relationshipsDeleted}, ${changes.statements} statements in ${
      changes.transactions === 1 ? 'one transaction' : `${changes.transactions} transactions`
    }`,
    `import: done in ${report.milliseconds} ms`,
  ].join('\n');
}
