import type { QueryResult } from 'neo4j-driver';

import type { Corpus } from '../../ingest/corpus/corpus-types';
import type { Database } from '../database';
import {
  CLAIM_RELATION_TYPES,
  DELETE_ORPHAN_TOPICS,
  DELETE_STALE_APPEARANCES,
  DELETE_STALE_CLAIMS,
  DELETE_STALE_DISCREPANCIES,
  DELETE_STALE_MENTIONS,
  DELETE_STALE_NOTE_LINKS,
  DELETE_STALE_STRUCTURE,
  DELETE_UNDEFINED_ENTITIES,
  DELETE_UNDEFINED_ENTITY_RELATIONS,
  EXISTING_EPISODES,
  deleteStaleClaimRelations,
  ENTITY_LABELS,
  ENTITY_RELATION_TYPES,
  LINK_CLAIM_ENTITIES,
  LINK_CLAIM_TOPICS,
  REFRESH_SURFACE_FORMS,
  RELEASE_STALE_ENTITIES,
  RELEASE_STALE_ENTITY_RELATIONS,
  TAKE_IMPORT_LOCK,
  UNMARK_PREDICTIONS,
  UPSERT_APPEARANCES,
  UPSERT_CLAIMS,
  UPSERT_DISCREPANCIES,
  UPSERT_EPISODES,
  UPSERT_MENTIONS,
  UPSERT_NOTE_LINKS,
  UPSERT_NOTES,
  UPSERT_PREDICTIONS,
  UPSERT_SECTIONS,
  UPSERT_TOPICS,
  UPSERT_TURNS,
  upsertClaimRelations,
  upsertEntities,
  upsertEntityRelations,
} from './import-cypher';

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 5_000;

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  labelsAdded: number;
  statements: number;
}

/**
 * Writes a checked corpus in one managed write transaction: either all of it lands or none of
 * it does. MERGE on constrained ids makes a second run a no-op; rows that left the
 * annotations of an imported episode are removed, so the graph mirrors the files.
 */
export async function writeCorpus(
  db: Database,
  corpus: Corpus,
  contentHashes: Map<string, string>,
): Promise<WriteCounters> {
  const imported = corpus.episodes.map((episode) => episode.id);
  return db.writeTx(async (tx) => {
    const counters: WriteCounters = {
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      labelsAdded: 0,
      statements: 0,
    };
    const run = async (
      cypher: string,
      params: Record<string, unknown> = {},
    ): Promise<QueryResult> => {
      const result = await tx.run(cypher, { imported, ...params });
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.nodesDeleted += updates.nodesDeleted;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.relationshipsDeleted += updates.relationshipsDeleted;
      counters.labelsAdded += updates.labelsAdded;
      counters.statements += 1;
      return result;
    };
    const batched = async (cypher: string, rows: unknown[]): Promise<void> => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await run(cypher, { rows: rows.slice(i, i + BATCH) });
      }
    };

    await run(TAKE_IMPORT_LOCK);
    // Episodes new to the graph have nothing stale to remove: their cleanup is skipped, so a
    // first import of a large corpus spends no statements on it.
    const existing = new Set(
      (await run(EXISTING_EPISODES)).records.map((record) => String(record.get('id'))),
    );
    await batched(
      UPSERT_EPISODES,
      corpus.episodes.map((episode) => ({
        id: episode.id,
        title: episode.title,
        airDate: episode.airDate,
        sourceFile: episode.sourceFile,
        editorialNote: episode.editorialNote,
        turnCount: episode.turns.length,
        contentHash: contentHashes.get(episode.id) ?? null,
      })),
    );
    for (const [type, label] of Object.entries(ENTITY_LABELS)) {
      await batched(
        upsertEntities(label),
        corpus.entities.filter((entity) => entity.type === type),
      );
    }
    await run(DELETE_STALE_APPEARANCES, {
      keep: corpus.episodes.flatMap((episode) =>
        episode.speakers.map((speaker) => `${speaker.id}|${episode.id}`),
      ),
    });
    await batched(
      UPSERT_APPEARANCES,
      corpus.episodes.flatMap((episode) =>
        episode.speakers.map((speaker) => ({
          personId: speaker.id,
          episodeId: episode.id,
          role: speaker.role,
          affiliation: speaker.affiliation,
          expertise: speaker.expertise,
          label: speaker.firstName,
        })),
      ),
    );

    const lostMentions = new Set<string>();
    for (const episode of corpus.episodes) {
      if (!existing.has(episode.id)) continue;
      for (const id of await removeStale(run, corpus, episode.id)) lostMentions.add(id);
    }
    await batched(
      UPSERT_SECTIONS,
      corpus.episodes.flatMap((episode) =>
        episode.sections.map((section) => ({ ...section, episodeId: episode.id })),
      ),
    );
    await batched(
      UPSERT_TURNS,
      corpus.episodes.flatMap((episode) =>
        episode.turns.map((turn) => ({ ...turn, episodeId: episode.id })),
      ),
    );
    await batched(
      UPSERT_NOTES,
      corpus.episodes.flatMap((episode) =>
        episode.notes.map((note) => ({ ...note, episodeId: episode.id })),
      ),
    );
    await batched(UPSERT_MENTIONS, corpus.mentions);
    await batched(
      UPSERT_TOPICS,
      corpus.topics.map((id) => ({ id, name: id.replace(/-/g, ' ') })),
    );
    await batched(UPSERT_CLAIMS, corpus.claims);
    await batched(
      LINK_CLAIM_ENTITIES,
      corpus.claims.flatMap((claim) =>
        claim.about.map((entityId) => ({ claimId: claim.id, entityId })),
      ),
    );
    await batched(
      LINK_CLAIM_TOPICS,
      corpus.claims.flatMap((claim) =>
        claim.topics.map((topicId) => ({ claimId: claim.id, topicId })),
      ),
    );
    await batched(
      UPSERT_PREDICTIONS,
      corpus.claims.flatMap((claim) =>
        claim.prediction ? [{ id: claim.id, ...claim.prediction }] : [],
      ),
    );
    for (const [kind, type] of Object.entries(CLAIM_RELATION_TYPES)) {
      await batched(
        upsertClaimRelations(type),
        corpus.claimRelations.filter((relation) => relation.type === kind),
      );
    }
    for (const [kind, type] of Object.entries(ENTITY_RELATION_TYPES)) {
      await batched(
        upsertEntityRelations(type),
        corpus.entityRelations.filter((relation) => relation.type === kind),
      );
    }
    await run(RELEASE_STALE_ENTITY_RELATIONS, {
      keep: corpus.entityRelations.map(
        (relation) => `${relation.from}|${ENTITY_RELATION_TYPES[relation.type]}|${relation.to}`,
      ),
    });
    await run(DELETE_UNDEFINED_ENTITY_RELATIONS);
    await batched(UPSERT_NOTE_LINKS, corpus.noteLinks);
    await batched(UPSERT_DISCREPANCIES, corpus.discrepancies);
    await run(RELEASE_STALE_ENTITIES, { keep: corpus.entities.map((entity) => entity.id) });
    await run(DELETE_UNDEFINED_ENTITIES);
    await run(DELETE_ORPHAN_TOPICS);
    const refresh = [...new Set([...corpus.entities.map((entity) => entity.id), ...lostMentions])];
    for (let i = 0; i < refresh.length; i += BATCH) {
      await run(REFRESH_SURFACE_FORMS, { ids: refresh.slice(i, i + BATCH) });
    }
    return counters;
  });
}

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<QueryResult>;

/** Removes what left the files of one episode; returns the entities that lost mentions. */
async function removeStale(run: Run, corpus: Corpus, episodeId: string): Promise<string[]> {
  const episode = corpus.episodes.find((candidate) => candidate.id === episodeId);
  if (episode === undefined) return [];
  const claims = corpus.claims.filter((claim) => claim.episodeId === episodeId);
  const claimIds = new Set(claims.map((claim) => claim.id));
  await run(DELETE_STALE_STRUCTURE, {
    episodeId,
    keep: [
      ...episode.sections.map((section) => section.id),
      ...episode.turns.map((turn) => turn.id),
      ...episode.notes.map((note) => note.id),
    ],
  });
  const lost = await run(DELETE_STALE_MENTIONS, {
    episodeId,
    keep: corpus.mentions
      .filter((mention) => mention.episodeId === episodeId)
      .map((mention) => `${mention.turnId}|${mention.entityId}|${mention.start}`),
  });
  await run(DELETE_STALE_CLAIMS, { episodeId, keep: [...claimIds] });
  await run(UNMARK_PREDICTIONS, {
    episodeId,
    keep: claims.filter((claim) => claim.prediction !== null).map((claim) => claim.id),
  });
  for (const [kind, type] of Object.entries(CLAIM_RELATION_TYPES)) {
    await run(deleteStaleClaimRelations(type), {
      episodeId,
      keep: corpus.claimRelations
        .filter((relation) => relation.type === kind && claimIds.has(relation.from))
        .map((relation) => `${relation.from}|${relation.to}`),
    });
  }
  const noteIds = new Set(episode.notes.map((note) => note.id));
  await run(DELETE_STALE_NOTE_LINKS, {
    episodeId,
    keep: corpus.noteLinks
      .filter((link) => noteIds.has(link.noteId))
      .map((link) => `${link.noteId}|${link.entityId}`),
  });
  await run(DELETE_STALE_DISCREPANCIES, {
    episodeId,
    keep: corpus.discrepancies
      .filter((item) => item.episodeId === episodeId)
      .map((item) => item.id),
  });
  return lost.records.map((record) => String(record.get('id')));
}

/** Node counts by label and relationship counts by type, for reports and tests. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  return db.readTx(async (tx) => {
    const counts: Record<string, number> = {};
    const labels = await tx.run(
      'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
    );
    for (const record of labels.records) {
      counts[`:${String(record.get('label'))}`] = Number(record.get('count'));
    }
    const types = await tx.run(
      'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    );
    for (const record of types.records) {
      counts[`[${String(record.get('type'))}]`] = Number(record.get('count'));
    }
    return counts;
  });
}
