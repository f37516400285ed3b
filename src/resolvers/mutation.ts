import { GraphQLError } from 'graphql';

import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { ClaimModel } from '../db/shared/models';
import { ErrorCode, userError } from '../errors';
import type { ResolutionOutcome } from '../resolutions/resolution-service';
import { publishPredictionChanged } from '../live/prediction-events';
import { keyOf } from './id-arguments';

/** Mutations change the record of what happened: only editors may make them. */
function requireEditor(context: Context): string {
  if (context.viewer === null) {
    throw new GraphQLError(
      context.sentCredentials
        ? 'the bearer token is not valid'
        : 'a bearer token with the editor role is needed',
      { extensions: { code: ErrorCode.Unauthenticated } },
    );
  }
  if (context.viewer.role !== 'editor') {
    throw new GraphQLError(
      `${context.viewer.name} has the ${context.viewer.role} role; editor is needed`,
      {
        extensions: { code: ErrorCode.Forbidden },
      },
    );
  }
  return context.viewer.name;
}

/** The prediction as it is after the change (this request's bookmarks make the read see it). */
async function afterChange(
  context: Context,
  id: string,
  outcome: ResolutionOutcome,
): Promise<ClaimModel> {
  if (!outcome.ok) throw userError(outcome.message, { argument: outcome.argument });
  // Every open dashboard hears of it (src/live/); a refused change publishes nothing.
  publishPredictionChanged(id);
  context.loaders.claim.clear(id);
  context.loaders.resolutionsByClaim.clear(id);
  const claim = await context.loaders.claim.load(id);
  if (!claim?.isPrediction) throw userError(`no prediction with id "${id}"`, { argument: 'id' });
  return claim;
}

export const Mutation: MutationResolvers = {
  resolvePrediction: async (_parent, { id: given, status, evidence, resolvedAt }, context) => {
    const by = requireEditor(context);
    const id = keyOf(given, ['Prediction', 'Claim'], 'id');
    const outcome = await context.resolutions.resolve({
      id,
      status,
      evidenceUrl: evidence.url,
      note: evidence.note ?? null,
      resolvedAt: resolvedAt ?? null,
      by,
    });
    return afterChange(context, id, outcome);
  },

  reopenPrediction: async (_parent, { id: given, note }, context) => {
    const by = requireEditor(context);
    const id = keyOf(given, ['Prediction', 'Claim'], 'id');
    const outcome = await context.resolutions.reopen({ id, note, by });
    return afterChange(context, id, outcome);
  },
};
