import type {
  ClaimRelationResolvers,
  ClaimResolvers,
  ConfidenceResolvers,
  PredictionResolvers,
  ResolutionResolvers,
} from '../__generated__/resolvers-types';
import type { ClaimModel } from '../db/shared/models';
import type { Context } from '../context';
import {
  asEnum,
  CLAIM_KINDS,
  CLAIM_RELATION_TYPES,
  CONFIDENCE_BUCKETS,
  PREDICTION_STATUSES,
} from './enums';
import { firstOf, present } from './support';

const speaker = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(await loaders.entity.load(claim.speakerId), `person ${claim.speakerId}`);
const turn = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(await loaders.turn.load(claim.turnId), `turn ${claim.turnId}`);
const episode = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(await loaders.episode.load(claim.episodeId), `episode ${claim.episodeId}`);
const about = async (
  claim: ClaimModel,
  { first }: { first?: number | null },
  { loaders }: Context,
) =>
  firstOf(
    loaders.aboutByClaim.load(claim.id).then((entities) => {
      // Later fields that ask for these entities by id find them without a query.
      for (const entity of entities) loaders.entity.prime(entity.id, entity);
      return entities;
    }),
    first,
  );

export const Claim: ClaimResolvers = {
  kind: (claim) => asEnum(CLAIM_KINDS, claim.kind, 'claim kind'),
  speaker,
  turn,
  episode,
  about,
  quoteStart: (claim) => claim.start,
  quoteEnd: (claim) => claim.end,
  relations: async (claim, { types, direction, first }, { loaders }) =>
    firstOf(
      (await loaders.relationsByClaim.load(claim.id)).filter(
        (relation) =>
          (!types ||
            types.includes(asEnum(CLAIM_RELATION_TYPES, relation.type, 'claim relation'))) &&
          (!direction || relation.direction === direction),
      ),
      first,
    ),
  prediction: (claim) => (claim.isPrediction ? claim : null),
};

export const ClaimRelation: ClaimRelationResolvers = {
  type: (relation) => asEnum(CLAIM_RELATION_TYPES, relation.type, 'claim relation'),
  claim: async (relation, _args, { loaders }) =>
    present(await loaders.claim.load(relation.claimId), `claim ${relation.claimId}`),
};

export const Prediction: PredictionResolvers = {
  speaker,
  turn,
  episode,
  about,
  claim: (claim) => claim,
  window: (claim) =>
    claim.windowStart && claim.windowEnd ? { from: claim.windowStart, to: claim.windowEnd } : null,
  confidence: (claim) => claim,
  status: (claim) => asEnum(PREDICTION_STATUSES, claim.status ?? 'OPEN', 'status'),
  resolutions: (claim, { first }, { loaders }) =>
    firstOf(loaders.resolutionsByClaim.load(claim.id), first),
};

export const Confidence: ConfidenceResolvers = {
  hedges: (claim) => claim.hedges,
  bucket: (claim) => asEnum(CONFIDENCE_BUCKETS, claim.confidenceBucket ?? 'toss-up', 'bucket'),
  probability: (claim) => claim.probability ?? 0.5,
};

export const Resolution: ResolutionResolvers = {
  action: (resolution) => resolution.action,
  status: (resolution) => asEnum(PREDICTION_STATUSES, resolution.status, 'status'),
  previousStatus: (resolution) => asEnum(PREDICTION_STATUSES, resolution.previousStatus, 'status'),
};
