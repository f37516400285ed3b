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
import { globalId } from './global-id';
import { existing, firstOf, present } from './support';
import { claimRelationsOf, resolutionsOf } from './viewed';

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
  existing(
    await loaders.entity.loadMany(await firstOf(loaders.aboutByClaim.load(claim.id), first)),
  );

export const Claim: ClaimResolvers = {
  id: (claim) => globalId('Claim', claim.id),
  key: (claim) => claim.id,
  kind: (claim) => asEnum(CLAIM_KINDS, claim.kind, 'claim kind'),
  speaker,
  turn,
  episode,
  about,
  quoteStart: (claim) => claim.start,
  quoteEnd: (claim) => claim.end,
  relations: async (claim, { types, direction, first }, { loaders }) =>
    firstOf(
      (await claimRelationsOf(loaders, claim.id)).filter(
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
  id: (relation) =>
    globalId('ClaimRelation', relation.fromId, relation.type, relation.direction, relation.claimId),
  type: (relation) => asEnum(CLAIM_RELATION_TYPES, relation.type, 'claim relation'),
  claim: async (relation, _args, { loaders }) =>
    present(await loaders.claim.load(relation.claimId), `claim ${relation.claimId}`),
};

export const Prediction: PredictionResolvers = {
  id: (claim) => globalId('Prediction', claim.id),
  key: (claim) => claim.id,
  speaker,
  turn,
  episode,
  about,
  claim: (claim) => claim,
  window: (claim) =>
    claim.windowStart && claim.windowEnd ? { from: claim.windowStart, to: claim.windowEnd } : null,
  confidence: (claim) => claim,
  status: (claim) => asEnum(PREDICTION_STATUSES, claim.status ?? 'OPEN', 'status'),
  resolutions: (claim, { first }, { loaders }) => firstOf(resolutionsOf(loaders, claim.id), first),
};

export const Confidence: ConfidenceResolvers = {
  hedges: (claim) => claim.hedges,
  bucket: (claim) => asEnum(CONFIDENCE_BUCKETS, claim.confidenceBucket ?? 'toss-up', 'bucket'),
  probability: (claim) => claim.probability ?? 0.5,
};

export const Resolution: ResolutionResolvers = {
  id: (resolution) => globalId('Resolution', resolution.claimId, resolution.id),
  key: (resolution) => resolution.id,
  action: (resolution) => resolution.action,
  status: (resolution) => asEnum(PREDICTION_STATUSES, resolution.status, 'status'),
  previousStatus: (resolution) => asEnum(PREDICTION_STATUSES, resolution.previousStatus, 'status'),
};
