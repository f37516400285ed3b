import { createHash } from 'node:crypto';

import type { QueryResult } from 'neo4j-driver';

import type { Corpus } from '../../domain/corpus';
import { lookupKeys, nameKey, nameKeys, nameWords } from '../../domain/name-key';
import {
  CLAIM_RELATION_TYPES,
  ENTITY_LABELS,
  ENTITY_RELATION_TYPES,
} from '../../domain/vocabulary';
import { dashboardCounters, difference } from '../dashboard/counters-repository';
import type { Database } from '../database';
import {
  DELETE_ORPHAN_NAME_KEYS,
  DELETE_ORPHAN_TOPICS,
  DELETE_STALE_APPEARANCES,
  DELETE_STALE_CLAIMS,
  DELETE_STALE_DISCREPANCIES,
  DELETE_STALE_MENTIONS,
  DELETE_STALE_NOTE_LINKS,
  DELETE_STALE_STRUCTURE,
  DELETE_UNDEFINED_ENTITIES,
  DELETE_UNDEFINED_ENTITY_RELATIONS,
  EXISTING_ENTITIES,
  EXISTING_EPISODES,
  CREATE_ENTITY_RELATIONS,
  RECORD_EPISODE_RESOLUTIONS,
  deleteStaleClaimRelations,
  UPSERT_CLAIM_RELATIONS,
  UPSERT_ENTITIES,
  UPSERT_ENTITY_RELATIONS,
  LINK_CLAIM_ENTITIES,
  LINK_CLAIM_TOPICS,
  READ_ENTITY_NAMES,
  REFRESH_SURFACE_FORMS,
  RELEASE_STALE_ENTITIES,
  RELEASE_STALE_ENTITY_RELATIONS,
  TAKE_IMPORT_LOCK,
  UNMARK_PREDICTIONS,
  UPSERT_APPEARANCES,
  RELABEL_CLAIMS,
  upsertClaims,
  UPSERT_EXCLUSIONS,
  DELETE_STALE_EXCLUSIONS,
  UPSERT_DISCREPANCIES,
  UPSERT_EPISODES,
  UPSERT_MENTIONS,
  UPSERT_NOTE_LINKS,
  UPSERT_NOTES,
  UPSERT_PREDICTIONS,
  UPSERT_SECTIONS,
  UPSERT_TOPICS,
  UPSERT_TURNS,
  WRITE_NAME_KEYS,
} from './import-cypher';
import { CREATE_CLAIM_RELATIONS } from './fresh-cypher';
import { freshClaims, isPublic, writeFreshClaims, writeFreshStructure } from './fresh-episodes';

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 5_000;

/** An import writes a whole corpus in one transaction: it gets longer than a request. */
export const IMPORT_TX = { timeoutMs: 300_000 };

/**
 * Episodes per transaction when a corpus is too large for one. 1000 episodes (2.1 million
 * rows) need more than the 1.4 GiB a 2 GB heap allows one transaction; 50 take about 100 MB.
 */
export const EPISODES_PER_TRANSACTION = 50;

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  labelsAdded: number;
  statements: number;
  /** 1 when the whole corpus went in one transaction; more when it was written in parts. */
  transactions: number;
}

type Phase = 'entities' | 'episodes' | 'finish';

/**
 * 'create-new': episodes new to the graph are written with CREATE (fresh-episodes.ts), the
 * others with MERGE; 'merge-only': every episode with MERGE, the way a re-import goes. Both give
 * the same graph (test/integration/import-fresh.test.ts compares them); only the first is fast.
 */
export type WritePaths = 'create-new' | 'merge-only';

/**
 * Writes a checked corpus. Up to EPISODES_PER_TRANSACTION episodes go in one managed write
 * transaction: all of it lands or none of it does. A larger corpus goes in parts, each
 * all-or-nothing: the shared entities and their relations first, then the episodes in chunks,
 * then the derived surface forms; `progress` reports each committed part, and a failure names
 * what was committed. MERGE on constrained ids makes any re-run a no-op for what is in place, so
 * re-running finishes an interrupted import. Rows that left the annotations of an imported
 * episode are removed, so the graph mirrors the files.
 */
export async function writeCorpus(
  db: Database,
  corpus: Corpus,
  contentHashes: Map<string, string>,
  progress: (line: string) => void = () => undefined,
  episodesPerTransaction = EPISODES_PER_TRANSACTION,
  paths: WritePaths = 'create-new',
): Promise<WriteCounters> {
  const total = emptyCounters();
  const add = (part: WriteCounters): void => {
    for (const key of Object.keys(total) as (keyof WriteCounters)[]) total[key] += part[key];
  };
  if (corpus.episodes.length <= episodesPerTransaction) {
    add(
      await writePart(
        db,
        corpus,
        contentHashes,
        ['entities', 'episodes', 'finish'],
        new Set(),
        paths,
      ),
    );
    return total;
  }
  const chunks = chunkCorpus(corpus, episodesPerTransaction);
  const lost = new Set<string>();
  add(await writePart(db, corpus, contentHashes, ['entities'], lost, paths));
  progress(`import: shared entities committed (${corpus.entities.length})`);
  for (const [i, chunk] of chunks.entries()) {
    try {
      add(await writePart(db, chunk, contentHashes, ['episodes'], lost, paths));
    } catch (error) {
      const done = i * episodesPerTransaction;
      throw new Error(
        `import stopped at episodes ${done + 1}-${done + chunk.episodes.length} of ${corpus.episodes.length}: ` +
          `the entities and the first ${done} episodes are committed, the rest are not; ` +
          `run the import again to finish it. Cause: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    progress(
      `import: episodes ${i * episodesPerTransaction + chunk.episodes.length}/${corpus.episodes.length} committed`,
    );
  }
  add(await writePart(db, corpus, contentHashes, ['finish'], lost));
  return total;
}

/**
 * The derived parts alone, in one transaction: the dashboard's counters (built over the whole
 * graph if they never were), orphan topics removed, surface forms and name keys. The bulk path
 * (bulk-load.ts) writes everything else with `neo4j-admin` and leaves these to the same Cypher.
 */
export function writeDerived(
  db: Database,
  corpus: Corpus,
  contentHashes: Map<string, string>,
): Promise<WriteCounters> {
  return writePart(db, corpus, contentHashes, ['finish'], new Set());
}

function emptyCounters(): WriteCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    labelsAdded: 0,
    statements: 0,
    transactions: 0,
  };
}

/**
 * Splits a corpus into parts of `size` episodes with the rows that belong to them. A claim
 * relation goes with the later of its two claims' episodes, so both ends exist when it is
 * written.
 */
function chunkCorpus(corpus: Corpus, size: number): Corpus[] {
  const chunkOfEpisode = new Map<string, number>();
  corpus.episodes.forEach((episode, i) => chunkOfEpisode.set(episode.id, Math.floor(i / size)));
  const chunkOfClaim = new Map<string, number>();
  for (const claim of corpus.claims) {
    chunkOfClaim.set(claim.id, chunkOfEpisode.get(claim.episodeId) ?? 0);
  }
  const count = Math.ceil(corpus.episodes.length / size);
  return Array.from({ length: count }, (_, chunk) => {
    const episodes = corpus.episodes.slice(chunk * size, (chunk + 1) * size);
    const ids = new Set(episodes.map((episode) => episode.id));
    const notes = new Set(episodes.flatMap((episode) => episode.notes.map((note) => note.id)));
    return {
      ...corpus,
      episodes,
      mentions: corpus.mentions.filter((row) => ids.has(row.episodeId)),
      claims: corpus.claims.filter((row) => ids.has(row.episodeId)),
      claimRelations: corpus.claimRelations.filter(
        (row) => Math.max(chunkOfClaim.get(row.from) ?? 0, chunkOfClaim.get(row.to) ?? 0) === chunk,
      ),
      noteLinks: corpus.noteLinks.filter((row) => notes.has(row.noteId)),
      discrepancies: corpus.discrepancies.filter((row) => ids.has(row.episodeId)),
      excluded: corpus.excluded.filter((row) => ids.has(row.episodeId)),
    };
  });
}

/** One transaction: the given phases of the import for `corpus`. */
async function writePart(
  db: Database,
  corpus: Corpus,
  contentHashes: Map<string, string>,
  phases: Phase[],
  lostMentions: Set<string>,
  paths: WritePaths = 'create-new',
): Promise<WriteCounters> {
  const imported = corpus.episodes.map((episode) => episode.id);
  return db.writeTx(async (tx) => {
    const counters = emptyCounters();
    counters.transactions = 1;
    const send = async (cypher: string, params: Record<string, unknown>): Promise<QueryResult> => {
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
    // Writes whose results nobody reads are sent without waiting for the one before (the
    // transaction runs them in order): Neo4j executes one batch while the next is encoded.
    const queued: Promise<QueryResult>[] = [];
    const settle = async (): Promise<void> => {
      await Promise.all(queued.splice(0));
    };
    const queue = (cypher: string, params: Record<string, unknown>): void => {
      const result = send(cypher, params);
      // Reported by settle(); this only keeps a failure from counting as unhandled meanwhile.
      result.catch(() => undefined);
      queued.push(result);
    };
    // A statement whose result is read waits for the queued ones, so a failure shows its cause.
    const run = async (
      cypher: string,
      params: Record<string, unknown> = {},
    ): Promise<QueryResult> => {
      await settle();
      return send(cypher, params);
    };
    const batched = (cypher: string, rows: unknown[]): Promise<void> => {
      for (let i = 0; i < rows.length; i += BATCH) {
        queue(cypher, { rows: rows.slice(i, i + BATCH) });
      }
      return Promise.resolve();
    };

    await run(TAKE_IMPORT_LOCK);
    // A graph written before the dashboard's counters existed gets them built once.
    await dashboardCounters.ensureBuilt({ run });
    if (phases.includes('entities')) await writeEntities({ run, batched, queue }, corpus, paths);
    if (phases.includes('episodes'))
      await writeEpisodes({ run, batched, queue }, corpus, contentHashes, lostMentions, paths);
    if (phases.includes('finish')) {
      await run(DELETE_ORPHAN_TOPICS);
      const refresh = [
        ...new Set([...corpus.entities.map((entity) => entity.id), ...lostMentions]),
      ];
      for (let i = 0; i < refresh.length; i += BATCH) {
        await run(REFRESH_SURFACE_FORMS, { ids: refresh.slice(i, i + BATCH) });
        const names = await run(READ_ENTITY_NAMES, { ids: refresh.slice(i, i + BATCH) });
        await run(WRITE_NAME_KEYS, {
          rows: names.records.map((record) => nameRow(record.toObject())),
        });
      }
      await run(DELETE_ORPHAN_NAME_KEYS);
    }
    await settle();
    return counters;
  }, IMPORT_TX);
}

type Batched = (cypher: string, rows: unknown[]) => Promise<void>;
type Queue = (cypher: string, params: Record<string, unknown>) => void;

/** How a part's statements are sent: awaited (`run`), or queued behind the others. */
interface Writes {
  run: Run;
  batched: Batched;
  queue: Queue;
}

/**
 * The shared entities, topics and entity relations; what the imported episodes no longer define
 * loses them. A relation between two entities the graph did not have cannot exist yet: with
 * 'create-new' it is created, not merged (on a first import, every one).
 */
async function writeEntities(
  { run, batched, queue }: Writes,
  corpus: Corpus,
  paths: WritePaths,
): Promise<void> {
  const ids = corpus.entities.map((entity) => entity.id);
  const existing = new Set(
    (await run(EXISTING_ENTITIES, { ids })).records.map((record) => String(record.get('id'))),
  );
  const fresh = new Set(paths === 'merge-only' ? [] : ids.filter((id) => !existing.has(id)));
  for (const rows of byName(corpus.entities, ENTITY_LABELS)) queue(UPSERT_ENTITIES, { rows });
  await batched(
    UPSERT_TOPICS,
    corpus.topics.map((id) => ({ id, name: id.replace(/-/g, ' ') })),
  );
  // The corpus holds one row per relation (build-corpus.ts merges them), so none is created twice.
  const [created, merged] = partition(
    corpus.entityRelations,
    (relation) => fresh.has(relation.from) && fresh.has(relation.to),
  );
  for (const rows of byName(created, ENTITY_RELATION_TYPES)) {
    queue(CREATE_ENTITY_RELATIONS, { rows });
  }
  for (const rows of byName(merged, ENTITY_RELATION_TYPES)) {
    queue(UPSERT_ENTITY_RELATIONS, { rows });
  }
  await run(RELEASE_STALE_ENTITY_RELATIONS, {
    keep: corpus.entityRelations.map(
      (relation) => `${relation.from}|${ENTITY_RELATION_TYPES[relation.type]}|${relation.to}`,
    ),
  });
  await run(DELETE_UNDEFINED_ENTITY_RELATIONS);
  await run(RELEASE_STALE_ENTITIES, { keep: ids });
  await run(DELETE_UNDEFINED_ENTITIES);
}

/** Everything that belongs to the corpus's episodes: structure, mentions, claims, notes. */
async function writeEpisodes(
  { run, batched, queue }: Writes,
  corpus: Corpus,
  contentHashes: Map<string, string>,
  lostMentions: Set<string>,
  paths: WritePaths,
): Promise<void> {
  // Episodes new to the graph have nothing stale to remove: their cleanup is skipped, so a
  // first import of a large corpus spends no statements on it.
  const existing = new Set(
    (await run(EXISTING_EPISODES)).records.map((record) => String(record.get('id'))),
  );
  // What the episodes' claims counted for before, to keep the dashboard's counters exact.
  const episodeIds = { episodeIds: corpus.episodes.map((episode) => episode.id) };
  const counted = await dashboardCounters.count(
    { run },
    { episodeIds: episodeIds.episodeIds.filter((id) => existing.has(id)) },
  );
  const fresh = new Set(
    paths === 'merge-only'
      ? []
      : corpus.episodes.filter((e) => !existing.has(e.id)).map((episode) => episode.id),
  );
  await writeStructure(run, batched, corpus, contentHashes, { existing, fresh }, lostMentions);
  await writeClaims(batched, queue, corpus, fresh);
  await dashboardCounters.add(
    { run },
    difference(await dashboardCounters.count({ run }, episodeIds), counted),
  );
}

/** Which episodes of a part were in the graph before it, and which are new (written by CREATE). */
interface Known {
  existing: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
}

/**
 * Episodes, their speakers, sections, turns, notes and mentions; stale rows of known episodes
 * go. Episodes new to the graph take the CREATE path (fresh-episodes.ts) for their bulk.
 */
async function writeStructure(
  run: Run,
  batched: Batched,
  corpus: Corpus,
  contentHashes: Map<string, string>,
  { existing, fresh }: Known,
  lostMentions: Set<string>,
): Promise<void> {
  const known = corpus.episodes.filter((episode) => !fresh.has(episode.id));
  await batched(
    UPSERT_EPISODES,
    corpus.episodes.map((episode) => ({
      id: episode.id,
      title: episode.title,
      airDate: episode.airDate,
      sourceFile: episode.sourceFile,
      mediaUrl: episode.mediaUrl,
      editorialNote: episode.editorialNote,
      turnCount: episode.turns.length,
      contentHash: contentHashes.get(episode.id) ?? null,
    })),
  );
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
  for (const episode of corpus.episodes) {
    if (!existing.has(episode.id)) continue;
    for (const id of await removeStale(run, corpus, episode.id)) lostMentions.add(id);
  }
  await batched(
    UPSERT_SECTIONS,
    known.flatMap((episode) =>
      episode.sections.map((section) => ({ ...section, episodeId: episode.id })),
    ),
  );
  await batched(
    UPSERT_TURNS,
    known.flatMap((episode) => episode.turns.map((turn) => ({ ...turn, episodeId: episode.id }))),
  );
  await batched(
    UPSERT_NOTES,
    corpus.episodes.flatMap((episode) =>
      episode.notes.map((note) => ({ ...note, episodeId: episode.id })),
    ),
  );
  await batched(
    UPSERT_MENTIONS,
    corpus.mentions.filter((mention) => !fresh.has(mention.episodeId)),
  );
  await writeFreshStructure(batched, corpus, fresh);
}

/** Claims with what they are about, their topics, predictions and relations; notes' links. */
async function writeClaims(
  batched: Batched,
  queue: Queue,
  corpus: Corpus,
  fresh: ReadonlySet<string>,
): Promise<void> {
  const known = corpus.claims.filter((claim) => !fresh.has(claim.episodeId));
  await batched(RELABEL_CLAIMS, known);
  await batched(upsertClaims('Claim'), known.filter(isPublic));
  await batched(
    upsertClaims('ClaimDraft'),
    known.filter((claim) => !isPublic(claim)),
  );
  await batched(
    LINK_CLAIM_ENTITIES,
    known.flatMap((claim) => claim.about.map((entityId) => ({ claimId: claim.id, entityId }))),
  );
  await batched(
    LINK_CLAIM_TOPICS,
    known.flatMap((claim) => claim.topics.map((topicId) => ({ claimId: claim.id, topicId }))),
  );
  await writeFreshClaims(batched, corpus, fresh);
  await batched(
    UPSERT_PREDICTIONS,
    corpus.claims.flatMap((claim) =>
      claim.prediction ? [{ id: claim.id, ...claim.prediction }] : [],
    ),
  );
  await batched(RECORD_EPISODE_RESOLUTIONS, episodeResolutionRows(corpus));
  // A relation from a claim of a fresh episode cannot exist yet; any other may.
  const freshIds = new Set(freshClaims(corpus, fresh).map((claim) => claim.id));
  const [created, merged] = partition(corpus.claimRelations, (r) => freshIds.has(r.from));
  for (const rows of byName(created, CLAIM_RELATION_TYPES)) queue(CREATE_CLAIM_RELATIONS, { rows });
  for (const rows of byName(merged, CLAIM_RELATION_TYPES)) queue(UPSERT_CLAIM_RELATIONS, { rows });
  await batched(UPSERT_NOTE_LINKS, corpus.noteLinks);
  await batched(UPSERT_DISCREPANCIES, corpus.discrepancies);
  await batched(UPSERT_EXCLUSIONS, corpus.excluded);
}

/**
 * The `$rows` of a perName statement (import-cypher.ts), batch by batch: `names` maps a row's
 * `type` to the label or relationship type it is keyed by. A batch holds BATCH rows in all (the
 * last fewer), in the order of `names`, then of `rows`, as one statement per name wrote them.
 */
function byName<T extends { type: string }>(
  rows: readonly T[],
  names: Readonly<Record<string, string>>,
): Record<string, T[]>[] {
  const ordered = Object.entries(names).flatMap(([type, name]) =>
    rows.filter((row) => row.type === type).map((row) => ({ name, row })),
  );
  const batches: Record<string, T[]>[] = [];
  for (let i = 0; i < ordered.length; i += BATCH) {
    const batch = Object.fromEntries(Object.values(names).map((name) => [name, [] as T[]]));
    for (const { name, row } of ordered.slice(i, i + BATCH)) batch[name]?.push(row);
    batches.push(batch);
  }
  return batches;
}

function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<QueryResult>;

/** The outcomes episodes give their own forecasts, as first resolutions. */
export function episodeResolutionRows(corpus: Corpus): Record<string, unknown>[] {
  return corpus.claims.flatMap((claim) => {
    const settled = claim.prediction?.episodeResolution;
    if (settled == null) return [];
    const turn = settled.turnId.slice(settled.turnId.lastIndexOf('#') + 1);
    // Fixed per claim, so a re-import finds it; hashed like every resolution's key.
    const dedupeKey = createHash('sha256').update(`episode-resolution|${claim.id}`).digest('hex');
    return [
      {
        id: claim.id,
        dedupeKey,
        // UUID-shaped like other resolution ids, but fixed, so an export imports to the same id.
        resolutionId: [0, 8, 12, 16, 20]
          .map((at, n, starts) => dedupeKey.slice(at, starts[n + 1] ?? 32))
          .join('-'),
        turn,
        quote: settled.quote,
        explanation: settled.explanation,
        status: settled.status,
        resolvedAt: settled.resolvedAt,
        note: `Settled in the episode, ${turn}: "${settled.quote}" ${settled.explanation}`,
      },
    ];
  });
}

/**
 * The lookup keys of an entity (its names: canonical name, aliases, speaker labels) and the
 * full-text words of every form it is written in. Surface forms feed search, never lookups.
 */
export function nameRow(record: Record<string, unknown>): Record<string, unknown> {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const name = typeof record.name === 'string' ? record.name : '';
  const aliases = strings(record.aliases);
  const labels = strings(record.labels);
  const all = [name, ...aliases, ...strings(record.forms), ...labels];
  const keys = lookupKeys({ name, aliases, labels });
  return {
    id: record.id,
    nameKey: nameKey(name),
    aliasKeys: nameKeys(aliases),
    keys,
    // Written forms as they stand, their folded words and their keys: full-text search then
    // finds "Pokemon" for "Pokémon" and "claudeplayspokemon" for "Claude Plays Pokemon".
    searchForms: [...new Set([...all.slice(1), ...all.map(nameWords), ...keys])].join(' '),
  };
}

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
  await run(DELETE_STALE_EXCLUSIONS, {
    episodeId,
    keep: corpus.excluded.filter((item) => item.episodeId === episodeId).map((item) => item.id),
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
