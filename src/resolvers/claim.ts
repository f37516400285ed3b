import type {
  AttributionResolvers,
  ClaimRelationResolvers,
  ClaimResolvers,
  ConfidenceResolvers,
  EndorsementResolvers,
  PredictionResolvers,
  ResolutionResolvers,
} from '../__generated__/resolvers-types';
import type { ClaimModel } from '../db/shared/models';
import type { Context } from '../context';
import { globalId } from '../ids/global-id';
import { existing, firstOf, prefetchedOr, present } from './support';
import { claimRelationsOf, resolutionsOf } from './viewed';

// Related rows come from `prefetched` when the query was compiled with them (shapes.ts),
// else from the loaders.
const speaker = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(
    await prefetchedOr(claim.prefetched?.speaker, () => loaders.entity.load(claim.speakerId)),
    `person ${claim.speakerId}`,
  );
const turn = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(
    await prefetchedOr(claim.prefetched?.turn, () => loaders.turn.load(claim.turnId)),
    `turn ${claim.turnId}`,
  );
const episode = async (claim: ClaimModel, _args: unknown, { loaders }: Context) =>
  present(
    await prefetchedOr(claim.prefetched?.episode, () => loaders.episode.load(claim.episodeId)),
    `episode ${claim.episodeId}`,
  );
const about = async (
  claim: ClaimModel,
  { first }: { first?: number | null },
  { loaders }: Context,
) =>
  firstOf(
    claim.prefetched?.about ??
      loaders.aboutByClaim.load(claim.id).then((entities) => {
        // Later fields that ask for these entities by id find them without a query.
        for (const entity of entities) loaders.entity.prime(entity.id, entity);
        return entities;
      }),
    first,
  );

const attributedTo = (claim: ClaimModel) =>
  claim.attributedToId !== null || claim.attributedToGroup !== null ? claim : null;
const attributionDoubt = (claim: ClaimModel, _args: unknown, { loaders }: Context) => {
  const [first] = claim.attributionDoubtIds;
  return first === undefined ? null : loaders.discrepancy.load(first);
};

export const Claim: ClaimResolvers = {
  id: (claim) => globalId('Claim', { key: claim.id }),
  key: (claim) => claim.id,
  speaker,
  attributedTo,
  attributionDoubt,
  turn,
  episode,
  about,
  quoteStart: (claim) => claim.start,
  quoteEnd: (claim) => claim.end,
  relations: async (claim, { types, direction, first }, { loaders }) =>
    firstOf(
      (await claimRelationsOf(loaders, claim.id, claim.prefetched?.relations)).filter(
        (relation) =>
          (!types || types.includes(relation.type)) &&
          (!direction || relation.direction === direction),
      ),
      first,
    ),
  prediction: (claim) => (claim.isPrediction ? claim : null),
};

export const ClaimRelation: ClaimRelationResolvers = {
  id: (relation) =>
    globalId('ClaimRelation', {
      fromId: relation.fromId,
      relation: relation.type,
      direction: relation.direction,
      otherId: relation.claimId,
    }),
  claim: async (relation, _args, { loaders }) =>
    present(
      await prefetchedOr(relation.prefetched?.claim, () => loaders.claim.load(relation.claimId)),
      `claim ${relation.claimId}`,
    ),
};

export const Prediction: PredictionResolvers = {
  id: (claim) => globalId('Prediction', { key: claim.id }),
  key: (claim) => claim.id,
  speaker,
  attributedTo,
  attributionDoubt,
  endorsedBy: async (claim, { first }, { loaders }) => {
    const endorsing = (await loaders.relationsByClaim.load(claim.id)).filter(
      (relation) => relation.type === 'ENDORSES' && relation.direction === 'INCOMING',
    );
    return firstOf(
      existing(await loaders.claim.loadMany(endorsing.map((relation) => relation.claimId))),
      first,
    );
  },
  turn,
  episode,
  about,
  claim: (claim) => claim,
  window: (claim) =>
    claim.windowStart && claim.windowEnd ? { from: claim.windowStart, to: claim.windowEnd } : null,
  confidence: (claim) => claim,
  resolutions: (claim, { first }, { loaders }) => firstOf(resolutionsOf(loaders, claim.id), first),
};

export const Attribution: AttributionResolvers = {
  person: (claim, _args, { loaders }) =>
    claim.attributedToId === null ? null : loaders.entity.load(claim.attributedToId),
  group: (claim) => claim.attributedToGroup,
};

/** The parent is the endorsing claim. */
export const Endorsement: EndorsementResolvers = {
  person: speaker,
  claim: (claim) => claim,
  quote: (claim) => claim.quote,
};

export const Confidence: ConfidenceResolvers = {
  override: (claim) => claim.confidenceOverride,
  hedges: (claim) => claim.hedges,
  bucket: (claim) => claim.confidenceBucket ?? 'toss-up',
  probability: (claim) => claim.probability ?? 0.5,
};

export const Resolution: ResolutionResolvers = {
  id: (resolution) => globalId('Resolution', { claimId: resolution.claimId, key: resolution.id }),
  key: (resolution) => resolution.id,
  action: (resolution) => resolution.action,
};
