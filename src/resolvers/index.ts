import type { Resolvers } from '../__generated__/resolvers-types';
import { AnnotationMutation, AnnotationQuery } from './annotation';
import {
  Attribution,
  Claim,
  ClaimRelation,
  Confidence,
  Endorsement,
  Prediction,
  Resolution,
} from './claim';
import {
  ClaimConnection,
  ClaimEdge,
  EntityConnection,
  MentionConnection,
  PredictionConnection,
  TurnConnection,
} from './connections';
import {
  Dashboard,
  EntityCount,
  SectionCount,
  SpeakerCount,
  SpeakerTrackRecord,
} from './dashboard';
import { BrowseQuery, EpisodeBrowseFields, EpisodeConnection, PersonConnection } from './browse';
import { enumResolvers } from './enums';
import { Citation, Entity, EntityRelation, Mention, RelatedEntity } from './entity';
import { Appearance, Discrepancy, Episode, Note, PersonAppearance, Section, Turn } from './episode';
import { Mutation } from './mutation';
import { Person, TrackRecord } from './person';
import { Node, NodeQuery } from './node';
import {
  ClaimChange,
  ConfidenceReading,
  DueDateDerivation,
  Exclusion,
  FieldChange,
  HedgeMatch,
  Retraction,
  Review,
  Revision,
  Suggestion,
} from './review';
import { Query } from './query';
import { DateScalar, DateTimeScalar } from './scalars';
import { SearchHit } from './search-hit';
import { Subscription } from './subscription';
import { ViewerQuery } from './viewer';

export const resolvers: Resolvers = {
  ...enumResolvers,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...NodeQuery, ...BrowseQuery, ...AnnotationQuery, ...ViewerQuery },
  Node,
  Mutation: { ...Mutation, ...AnnotationMutation },
  Subscription,
  Episode: { ...Episode, ...EpisodeBrowseFields },
  Appearance,
  PersonAppearance,
  Section,
  Turn,
  Note,
  Discrepancy,
  Person,
  TrackRecord,
  Claim,
  ClaimRelation,
  Prediction,
  Confidence,
  Attribution,
  Endorsement,
  Resolution,
  Entity,
  EntityRelation,
  RelatedEntity,
  Mention,
  Citation,
  TurnConnection,
  ClaimConnection,
  ClaimEdge,
  PredictionConnection,
  EntityConnection,
  MentionConnection,
  PersonConnection,
  EpisodeConnection,
  SearchHit,
  Dashboard,
  SpeakerCount,
  SectionCount,
  EntityCount,
  SpeakerTrackRecord,
  Review,
  Retraction,
  Revision,
  FieldChange,
  Exclusion,
  ClaimChange,
  DueDateDerivation,
  ConfidenceReading,
  HedgeMatch,
  Suggestion,
};
