import { GraphQLError } from 'graphql';

import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { ClaimModel } from '../db/shared/models';
import { authorize } from '../annotations/access';
import { userError } from '../errors';
import type { ResolutionOutcome } from '../resolutions/resolution-service';
import { publishPredictionChanged } from '../live/prediction-events';
import { keyOf } from './global-id';

/**
 * Resolutions change the record of what happened: editors and reviewers may make them (the
 * rule is annotations/access.ts's, like the workbench's).
 */
function requireEditor(context: Context): string {
  const allowed = authorize(context, 'annotate');
  if (!allowed.ok) {
    throw new GraphQLError(allowed.message, { extensions: { code: allowed.code } });
  }
  return allowed.by;
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
