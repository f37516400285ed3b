/** Parent types of resolvers that have no repository model of their own (codegen mappers). */
import type { DashboardRows } from '../db/dashboard/dashboard-repository';
import type { Visibility } from '../db/shared/visibility';
import type { ClaimEvent } from '../live/claim-events';
import type {
  AppearanceModel,
  CitationModel,
  ClaimModel,
  ClaimRelationModel,
  DiscrepancyModel,
  EntityModel,
  EntityRelationModel,
  EpisodeModel,
  ExclusionModel,
  MentionModel,
  NoteModel,
  ResolutionModel,
  SectionModel,
  TrackRecordModel,
  TurnModel,
} from '../db/shared/models';

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface SearchHitModel {
  type: 'TURN' | 'CLAIM' | 'ENTITY';
  id: string;
  score: number;
  snippet: string;
}

export interface DashboardModel extends DashboardRows {
  asOf: string;
}

export interface PersonCountModel {
  personId: string;
  count: number;
}

export interface SectionCountModel {
  sectionId: string;
  count: number;
}

export interface EntityCountModel {
  entityId: string;
  count: number;
}

/** A relation seen from one end: its id names that end, since direction and target depend on it. */
export interface ViewedEntityRelationModel extends EntityRelationModel {
  fromId: string;
}

export interface ViewedClaimRelationModel extends ClaimRelationModel {
  fromId: string;
  /** Read for a draft (includeDrafts): the other claim may be a draft too. */
  visibility?: Visibility;
}

/** A citation count, with the entity cited (its identity is the pair). */
export interface EntityCitationModel extends CitationModel {
  entityId: string;
}

/** A track record, with whose it is. */
export interface PersonTrackRecordModel extends TrackRecordModel {
  personId: string;
}

/** A resolution, with the prediction it belongs to (node(id:) finds it through it). */
export interface ClaimResolutionModel extends ResolutionModel {
  claimId: string;
}

/**
 * What node(id:) answers: the row, tagged with its GraphQL type, because one row type can stand
 * for two GraphQL types (a claim and its prediction, an entity and its person).
 */
export type NodeModel =
  | (EpisodeModel & { __typename: 'Episode' })
  | (SectionModel & { __typename: 'Section' })
  | (TurnModel & { __typename: 'Turn' })
  | (NoteModel & { __typename: 'Note' })
  | (DiscrepancyModel & { __typename: 'Discrepancy' })
  | (AppearanceModel & { __typename: 'Appearance' | 'PersonAppearance' })
  | (EntityModel & { __typename: 'Person' | 'Entity' })
  | (PersonTrackRecordModel & { __typename: 'TrackRecord' })
  | (ClaimModel & { __typename: 'Claim' | 'Prediction' })
  | (ViewedClaimRelationModel & { __typename: 'ClaimRelation' })
  | (ClaimResolutionModel & { __typename: 'Resolution' })
  | (ViewedEntityRelationModel & { __typename: 'EntityRelation' })
  | (MentionModel & { __typename: 'Mention' })
  | (EntityCitationModel & { __typename: 'Citation' })
  | (ExclusionModel & { __typename: 'Exclusion' });

/** A live update about a claim, and the claim when the subscriber may see it. */
export interface ClaimChangeModel {
  event: ClaimEvent;
  claim: ClaimModel | null;
}
