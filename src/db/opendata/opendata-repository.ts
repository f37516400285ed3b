import type { Database } from '../database';
import { singleRow } from '../shared/batch';
import { nameLookup } from '../shared/name-lookup';
import type { EntityType, PredictionStatus } from '../../domain/vocabulary';
import * as cypher from './opendata-cypher';

/** An entity a claim is about, as files show it. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** The newest resolution record of a prediction. */
export interface LastResolutionModel {
  action: 'RESOLVE' | 'REOPEN';
  evidenceUrl: string | null;
  note: string | null;
  resolvedAt: string | null;
  recordedAt: string;
  recordedBy: string;
}

/** What a row of a download needs beside the claim itself. */
export interface ClaimDetailsModel {
  speakerName: string | null;
  attributedToName: string | null;
  episodeTitle: string;
  airDate: string;
  turnPosition: number;
  /** Seconds into the episode's media; null when the transcript gives no time. */
  startTime: number | null;
  endTime: number | null;
  about: EntityRef[];
  resolution: LastResolutionModel | null;
}

/** What a claim as a Web Annotation needs beside the claim itself. */
export interface AnnotationContextModel {
  turnText: string;
  speakerName: string | null;
  episodeTitle: string;
  airDate: string;
  about: EntityRef[];
}

export interface RevisionRef {
  at: string;
  by: string | null;
  action: string | null;
}

/** Who made a claim and when, as far as the graph records it (see CLAIM_PROVENANCE). */
export interface ProvenanceModel {
  revisions: RevisionRef[];
  reviewedBy: string | null;
  reviewedAt: string | null;
  importedAt: string | null;
}

export interface TurnTextModel {
  id: string;
  episodeId: string;
  position: number;
  text: string;
  startTime: number | null;
  endTime: number | null;
}

export interface EpisodeSummaryModel {
  episode: { id: string; title: string; airDate: string };
  claims: number;
}

/** A prediction made, or one of its resolution records, for the Atom feed. */
export interface FeedEventModel {
  action: 'MADE' | 'RESOLVE' | 'REOPEN';
  at: string;
  claimId: string;
  resolutionId?: string;
  status?: PredictionStatus;
  evidenceUrl?: string | null;
  note?: string | null;
  resolvedAt?: string | null;
  recordedBy?: string;
}

/**
 * The open-data routes' own reads. Pages of claims come from claimRepository.page (the API's
 * keyset statement, the same filters and order); these add, per page, one statement for what
 * a file needs beside each claim.
 */
export const opendataRepository = {
  async claimDetails(
    db: Database,
    claimIds: readonly string[],
  ): Promise<(ClaimDetailsModel | null)[]> {
    return singleRow<ClaimDetailsModel>(db, cypher.CLAIM_DETAILS, claimIds);
  },

  async annotationContexts(
    db: Database,
    claimIds: readonly string[],
  ): Promise<(AnnotationContextModel | null)[]> {
    return singleRow<AnnotationContextModel>(db, cypher.ANNOTATION_CONTEXT, claimIds);
  },

  async provenance(db: Database, claimIds: readonly string[]): Promise<(ProvenanceModel | null)[]> {
    return singleRow<ProvenanceModel>(db, cypher.CLAIM_PROVENANCE, claimIds);
  },

  /** The accepted claim with this key; null for drafts and unknown keys. */
  async claimRef(
    db: Database,
    id: string,
  ): Promise<{ id: string; episodeId: string; isPrediction: boolean } | null> {
    const [row] = await db.read<{ id: string; episodeId: string; isPrediction: boolean }>(
      cypher.CLAIM_ID,
      { id },
    );
    return row ?? null;
  },

  async episodeSummary(db: Database, id: string): Promise<EpisodeSummaryModel | null> {
    const [row] = await db.read<EpisodeSummaryModel>(cypher.EPISODE_SUMMARY, { id });
    return row ?? null;
  },

  async turnText(db: Database, id: string): Promise<TurnTextModel | null> {
    const [row] = await db.read<{ turn: TurnTextModel }>(cypher.TURN_TEXT, { id });
    return row?.turn ?? null;
  },

  /** Predictions made and resolution records, newest first, at most `limit` of each. */
  async feedEvents(
    db: Database,
    query: { speaker: string | null; episodeId: string | null },
    limit: number,
  ): Promise<{ made: FeedEventModel[]; changed: FeedEventModel[] }> {
    const [row] = await db.read<{ made: FeedEventModel[]; changed: FeedEventModel[] }>(
      cypher.feedEvents(query.speaker !== null),
      { ...nameLookup.params('speaker', query.speaker), episodeId: query.episodeId, limit },
    );
    return row ?? { made: [], changed: [] };
  },
};
