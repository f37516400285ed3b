import type { ClaimRow, Corpus } from '../../domain/corpus';
import { CREATE_MENTIONS, CREATE_SECTIONS, CREATE_TURNS, createClaims } from './fresh-cypher';

type Batched = (cypher: string, rows: unknown[]) => Promise<void>;

/**
 * The bulk of an episode new to the graph, written with CREATE (fresh-cypher.ts): its sections,
 * turns and mentions here; its claims with their ABOUT and HAS_TOPIC links below (the claim
 * relations that start at them go by CREATE_CLAIM_RELATIONS, from import-repository.ts).
 * `fresh` names the episodes of `corpus` that had no Episode node when the transaction took the
 * import lock; the Episode nodes themselves are written before this.
 *
 * MERGE folds rows with the same key into one node or relationship, the last row's properties
 * standing; rows are folded the same way here before they are created, so the graph is the one
 * the MERGE path writes.
 */
export async function writeFreshStructure(
  batched: Batched,
  corpus: Corpus,
  fresh: ReadonlySet<string>,
): Promise<void> {
  const episodes = corpus.episodes.filter((episode) => fresh.has(episode.id));
  if (episodes.length === 0) return;
  await batched(
    CREATE_SECTIONS,
    episodes.flatMap((episode) =>
      episode.sections.map((section) => ({ ...section, episodeId: episode.id })),
    ),
  );
  await batched(
    CREATE_TURNS,
    episodes.flatMap((episode) =>
      episode.turns.map((turn) => ({ ...turn, episodeId: episode.id })),
    ),
  );
  await batched(
    CREATE_MENTIONS,
    lastByKey(
      corpus.mentions.filter((row) => fresh.has(row.episodeId)),
      (row) => `${row.turnId}|${row.entityId}|${row.start}`,
    ),
  );
}

/** The claims of fresh episodes with their ABOUT and HAS_TOPIC links. */
export async function writeFreshClaims(
  batched: Batched,
  corpus: Corpus,
  fresh: ReadonlySet<string>,
): Promise<void> {
  const claims = freshClaims(corpus, fresh);
  if (claims.length === 0) return;
  const row = (claim: ClaimRow): Record<string, unknown> => ({
    ...claim,
    aboutIds: [...new Set(claim.about)],
    topicIds: [...new Set(claim.topics)],
  });
  await batched(createClaims('Claim'), claims.filter(isPublic).map(row));
  await batched(createClaims('ClaimDraft'), claims.filter((claim) => !isPublic(claim)).map(row));
}

/** The claims of fresh episodes, one per id (the last, as MERGE leaves it). */
export function freshClaims(corpus: Corpus, fresh: ReadonlySet<string>): ClaimRow[] {
  return lastByKey(
    corpus.claims.filter((claim) => fresh.has(claim.episodeId)),
    (claim) => claim.id,
  );
}

/** Accepted and not retracted: the claims public reads see (PLAN decision 1). */
export function isPublic(claim: ClaimRow): boolean {
  return claim.reviewState === 'ACCEPTED' && claim.retractedAt === null;
}

/** One row per key, the last one given, in the order keys first appear. */
export function lastByKey<T>(rows: T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.values()];
}
