import { GraphQLError } from 'graphql';

import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { publishPredictionChanged } from '../live/prediction-events';
import { resolutionRepository } from '../db/claims/resolution-repository';
import type { ClaimModel } from '../db/shared/models';
import { ErrorCode, userError } from '../errors';
import { MAX_NOTE_LENGTH, resolutionProblems } from '../resolutions/resolution-input';

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

async function reload(context: Context, id: string): Promise<ClaimModel> {
  context.loaders.claim.clear(id);
  context.loaders.resolutionsByClaim.clear(id);
  const claim = await context.loaders.claim.load(id);
  if (!claim?.isPrediction) throw userError(`no prediction with id "${id}"`, { argument: 'id' });
  return claim;
}

export const Mutation: MutationResolvers = {
  resolvePrediction: async (_parent, { id, status, evidence, resolvedAt }, context) => {
    const by = requireEditor(context);
    const prediction = await resolutionRepository.context(context.db, id);
    if (prediction === null) throw userError(`no prediction with id "${id}"`, { argument: 'id' });
    const problems = resolutionProblems(
      { status, url: evidence.url, note: evidence.note ?? null, resolvedAt: resolvedAt ?? null },
      prediction,
      context.today,
    );
    const [first] = problems;
    if (first) {
      throw userError(problems.map(([argument, message]) => `${argument} ${message}`).join('; '), {
        argument: first[0],
      });
    }
    await resolutionRepository.record(context.db, {
      id,
      action: 'RESOLVE',
      status,
      evidenceUrl: evidence.url,
      note: evidence.note ?? null,
      resolvedAt: resolvedAt ?? context.today,
      recordedAt: new Date().toISOString(),
      recordedBy: by,
    });
    publishPredictionChanged(id);
    return reload(context, id);
  },

  reopenPrediction: async (_parent, { id, note }, context) => {
    const by = requireEditor(context);
    if (note.trim() === '' || note.length > MAX_NOTE_LENGTH) {
      throw userError(`note must say why, in 1 to ${MAX_NOTE_LENGTH} characters`, {
        argument: 'note',
      });
    }
    const prediction = await resolutionRepository.context(context.db, id);
    if (prediction === null) throw userError(`no prediction with id "${id}"`, { argument: 'id' });
    if (prediction.status === 'OPEN')
      throw userError('the prediction is already OPEN', { argument: 'id' });
    await resolutionRepository.record(context.db, {
      id,
      action: 'REOPEN',
      status: 'OPEN',
      evidenceUrl: null,
      note,
      resolvedAt: null,
      recordedAt: new Date().toISOString(),
      recordedBy: by,
    });
    publishPredictionChanged(id);
    return reload(context, id);
  },
};
