import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { Visibility } from '../db/shared/visibility';
import { claimChanges, type ClaimEvent } from '../live/claim-events';
import { predictionChanges } from '../live/prediction-events';
import { createLoaders } from '../loaders';
import { loadersFor, visibilityOf } from './drafts';
import { keyOf } from './global-id';
import type { ClaimChangeModel } from './models';
import { present } from './support';

/**
 * Only the events a subscriber may hear of: with public visibility, claims that were or became
 * public (a claim leaving public reads is news to the board that showed it).
 */
async function* visibleEvents(
  source: AsyncIterableIterator<unknown[]>,
  visibility: Visibility,
): AsyncGenerator<ClaimEvent> {
  try {
    for await (const [event] of source) {
      const change = event as ClaimEvent;
      if (visibility === 'drafts' || change.publicBefore || change.publicAfter) yield change;
    }
  } finally {
    await source.return?.();
  }
}

export const Subscription: SubscriptionResolvers = {
  predictionChanged: {
    // Changes are published under the readable key; a global id names the same prediction.
    subscribe: (_parent, { id }) =>
      predictionChanges(id ? keyOf(id, ['Prediction', 'Claim'], 'id') : null),
    resolve: async ([changed]: unknown[], _args: unknown, context: Context) => {
      const id = String(changed);
      // A subscription keeps one context for all its events; each event must read the graph
      // afresh, not from the loaders' cache of the previous one.
      context.loaders = createLoaders(context.db);
      return present(await context.loaders.claim.load(id), `prediction ${id}`);
    },
  },
  claimChanged: {
    subscribe: (_parent, { episode, includeDrafts }, context) =>
      visibleEvents(
        claimChanges(episode ? keyOf(episode, ['Episode'], 'episode') : null),
        visibilityOf(context, includeDrafts),
      ),
    resolve: async (
      event: ClaimEvent,
      { includeDrafts }: { includeDrafts?: boolean | null },
      context: Context,
    ): Promise<ClaimChangeModel> => {
      context.loaders = createLoaders(context.db);
      delete context.draftLoaders;
      const loaders = loadersFor(context, visibilityOf(context, includeDrafts));
      return { event, claim: await loaders.claim.load(event.id) };
    },
  },
};
