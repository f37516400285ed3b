import { GraphQLError } from 'graphql';

import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { ClaimModel } from '../db/shared/models';
import { userError } from '../errors';
import type { ResolutionOutcome } from '../resolutions/resolution-service';
import { publishPredictionChanged } from '../live/prediction-events';
import { keyOf } from './id-arguments';

/** The prediction as it is after the change (this request's bookmarks make the read see it). */
async function afterChange(
  context: Context,
  id: string,
  outcome: ResolutionOutcome,
): Promise<ClaimModel> {
  if (!outcome.ok) {
    throw outcome.code === 'BAD_USER_INPUT'
      ? userError(outcome.message, { argument: outcome.argument })
      : new GraphQLError(outcome.message, { extensions: { code: outcome.code } });
  }
  // Every open dashboard hears of it (src/live/); a refused change publishes nothing.
  publishPredictionChanged(id);
  context.loaders.claim.clear(id);
  context.loaders.resolutionsByClaim.clear(id);
  const claim = await context.loaders.claim.load(id);
  if (!claim?.isPrediction) throw userError(`no prediction with id "${id}"`, { argument: 'id' });
  return claim;
}

export const Mutation: MutationResolvers = {
  // Who may resolve is the service's question (annotations/access.ts's rule).
  resolvePrediction: async (_parent, { id: given, status, evidence, resolvedAt }, context) => {
    const id = keyOf(given, ['Prediction', 'Claim'], 'id');
    const outcome = await context.resolutions.resolve(context, {
      id,
      status,
      evidenceUrl: evidence.url,
      note: evidence.note ?? null,
      resolvedAt: resolvedAt ?? null,
    });
    return afterChange(context, id, outcome);
  },

  reopenPrediction: async (_parent, { id: given, note }, context) => {
    const id = keyOf(given, ['Prediction', 'Claim'], 'id');
    const outcome = await context.resolutions.reopen(context, { id, note });
    return afterChange(context, id, outcome);
  },
};
