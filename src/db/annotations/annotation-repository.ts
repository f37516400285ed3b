import type { ClaimRow } from '../../domain/corpus';
import { nameKey } from '../../domain/name-key';
import type { Episode } from '../../domain/transcript';
import type { CountedTransaction, Database } from '../database';
import { rows } from '../database';
import type { ClaimModel } from '../shared/models';
import * as cypher from './annotation-cypher';

/** An entity a reference resolved to. */
export interface EntityStub {
  id: string;
  type: string;
  name: string;
}

/** A claim named as a relation target, as the validator needs to see it. */
export interface ClaimStub {
  id: string;
  episodeId: string;
  turn: string;
  quote: string;
  start: number;
  speakerId: string;
  isPrediction: boolean;
}

/** A claim as the workbench edits it, read under its lock. */
export interface ClaimState {
  claim: ClaimModel;
  turnLocalId: string;
  public: boolean;
  createdBy: string | null;
  about: string[];
  relations: { type: string; target: string }[];
  /** Everyone who created or edited it. */
  authors: string[];
  lastRevision: number;
}

export interface TurnNeighbours {
  exclusions: { id: string; quote: string; start: number }[];
  predictions: { id: string; quote: string; start: number; speakerId: string }[];
}

export interface RevisionWrite {
  id: string;
  sequence: number;
  at: string;
  by: string;
  action: 'CREATE' | 'UPDATE' | 'ACCEPT' | 'REJECT' | 'RETRACT';
  note: string | null;
  /** JSON text of the field changes. */
  changes: string;
}

type EpisodeRow = Omit<Episode, 'sourceFile' | 'sections' | 'notes' | 'editorialNote' | 'turns'> & {
  turns: Omit<Episode['turns'][number], 'line'>[];
};

/** The statements of the workbench's write transactions; the service decides what runs. */
export const annotationRepository = {
  inTransaction<T>(db: Database, work: (tx: CountedTransaction) => Promise<T>): Promise<T> {
    return db.writeTx(work);
  },

  async turnEpisode(
    tx: CountedTransaction,
    turnId: string,
  ): Promise<{ id: string; episodeId: string; localId: string } | null> {
    const [row] = rows<{ id: string; episodeId: string; localId: string }>(
      await tx.run(cypher.TURN_EPISODE, { turnId }),
    );
    return row ?? null;
  },

  /** Episodes as parsed transcripts (without sections and notes, which claims do not use). */
  async episodes(tx: CountedTransaction, episodeIds: readonly string[]): Promise<Episode[]> {
    const found = rows<EpisodeRow>(await tx.run(cypher.EPISODE_SCOPE, { episodeIds }));
    return found.map((row) => ({
      ...row,
      sourceFile: '(graph)',
      sections: [],
      notes: [],
      editorialNote: null,
      turns: row.turns.map((turn) => ({ ...turn, line: 0 })),
      speakers: row.speakers.map((speaker) => ({
        ...speaker,
        affiliation: speaker.affiliation ?? null,
        expertise: speaker.expertise ?? null,
      })),
    }));
  },

  /** Each reference (an id or any written name) → the entities it names. */
  async resolveEntities(
    tx: CountedTransaction,
    refs: readonly string[],
  ): Promise<Map<string, EntityStub[]>> {
    const found = rows<{ ref: string; found: EntityStub[] }>(
      await tx.run(cypher.RESOLVE_ENTITIES, {
        refs: [...new Set(refs)].map((value) => ({ value, key: nameKey(value) })),
      }),
    );
    return new Map(found.map((row) => [row.ref, row.found]));
  },

  async claimStubs(tx: CountedTransaction, ids: readonly string[]): Promise<ClaimStub[]> {
    return rows<ClaimStub>(await tx.run(cypher.CLAIM_STUBS, { ids: [...new Set(ids)] }));
  },

  async turnNeighbours(tx: CountedTransaction, turnId: string): Promise<TurnNeighbours> {
    const [row] = rows<TurnNeighbours>(await tx.run(cypher.TURN_NEIGHBOURS, { turnId }));
    return row ?? { exclusions: [], predictions: [] };
  },

  async takenClaimIds(tx: CountedTransaction, ids: readonly string[]): Promise<Set<string>> {
    const found = rows<{ id: string; taken: boolean }>(
      await tx.run(cypher.CLAIM_IDS_TAKEN, { ids }),
    );
    return new Set(found.filter((row) => row.taken).map((row) => row.id));
  },

  /** Claims the key; returns what an earlier write with the same key made, if any. */
  async mutationKey(
    tx: CountedTransaction,
    key: string,
    at: string,
  ): Promise<{ targetId: string | null; fresh: boolean }> {
    const [row] = rows<{ targetId: string | null; fresh: boolean }>(
      await tx.run(cypher.CLAIM_MUTATION_KEY, { key, at }),
    );
    return row ?? { targetId: null, fresh: true };
  },

  async recordMutationKey(tx: CountedTransaction, key: string, targetId: string): Promise<void> {
    await tx.run(cypher.RECORD_MUTATION_KEY, { key, targetId });
  },

  /** Locks the claim and reads it; null when no claim has the id. */
  async lockClaim(tx: CountedTransaction, id: string): Promise<ClaimState | null> {
    const locked = await tx.run(cypher.LOCK_CLAIM, { id });
    if (locked.records.length === 0) return null;
    const [row] = rows<ClaimState>(await tx.run(cypher.CLAIM_STATE, { id }));
    return row ?? null;
  },

  async unlockClaim(tx: CountedTransaction, id: string): Promise<void> {
    await tx.run(cypher.UNLOCK_CLAIM, { id });
  },

  async createDraft(tx: CountedTransaction, id: string, by: string, at: string): Promise<void> {
    await tx.run(cypher.CREATE_DRAFT, { id, by, at });
  },

  /** Writes the checked row over the claim: it is a draft afterwards. */
  async writeContent(
    tx: CountedTransaction,
    row: ClaimRow,
    relations: { type: string; to: string }[],
  ): Promise<void> {
    const { prediction, ...content } = row;
    await tx.run(cypher.WRITE_CLAIM_CONTENT, { row: content, relations });
    await tx.run(cypher.WRITE_PREDICTION, { id: row.id, p: prediction });
  },

  async accept(
    tx: CountedTransaction,
    change: { id: string; by: string; at: string; note: string | null },
  ): Promise<void> {
    await tx.run(cypher.ACCEPT_CLAIM, change);
  },

  async reject(
    tx: CountedTransaction,
    change: { id: string; by: string; at: string; note: string | null },
  ): Promise<void> {
    await tx.run(cypher.UNPUBLISH_CLAIM, { id: change.id });
    await tx.run(cypher.REJECT_CLAIM, change);
  },

  async retract(
    tx: CountedTransaction,
    change: { id: string; by: string; at: string; reason: string },
  ): Promise<void> {
    await tx.run(cypher.UNPUBLISH_CLAIM, { id: change.id });
    await tx.run(cypher.RETRACT_CLAIM, change);
  },

  async recordRevision(tx: CountedTransaction, revision: RevisionWrite): Promise<void> {
    await tx.run(cypher.RECORD_REVISION, { ...revision });
  },
};
