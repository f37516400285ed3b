import type { Resolvers } from '../__generated__/resolvers-types';
import { Claim, ClaimRelation, Confidence, Prediction, Resolution } from './claim';
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
import { Citation, Entity, EntityRelation, Mention, RelatedEntity } from './entity';
import { Appearance, Discrepancy, Episode, Note, PersonAppearance, Section, Turn } from './episode';
import { Mutation } from './mutation';
import { Person, TrackRecord } from './person';
import { Query } from './query';
import { DateScalar, DateTimeScalar } from './scalars';
import { SearchHit } from './search-hit';
import { Subscription } from './subscription';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  Episode,
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
  SearchHit,
  Dashboard,
  SpeakerCount,
  SectionCount,
  EntityCount,
  SpeakerTrackRecord,
};
