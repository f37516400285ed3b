import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import type { Visibility } from '../db/shared/visibility';
import { claimChanges, type ClaimEvent } from '../live/claim-events';
import { predictionChanges } from '../live/prediction-events';
import { createLoaders } from '../loaders';
import { loadersFor, visibilityOf } from './drafts';
import { keyOf } from './id-arguments';
import type { ClaimChangeModel } from './models';
import { present } from './support';

/**
 * Only the events a subscriber may hear of: with public visibility, claims that were or became
 * public (a claim leaving public reads is news to the board that showed it). A plain iterator,
 * not an async generator: a generator waiting for its next event cannot be returned until one
 * comes, so an unsubscribe would leave the listener behind; here return() reaches it at once.
 */
function visibleEvents(
  source: AsyncIterableIterator<unknown[]>,
  visibility: Visibility,
): AsyncIterableIterator<ClaimEvent> {
  const iterator: AsyncIterableIterator<ClaimEvent> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      for (;;) {
        const next = await source.next();
        if (next.done === true) return { done: true, value: undefined };
        const change = next.value[0] as ClaimEvent;
        if (visibility === 'drafts' || change.publicBefore || change.publicAfter) {
          return { done: false, value: change };
        }
      }
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
  return iterator;
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
    subscribe: (_parent, { episode, includeDrafts }, context) => {
      // Checked before listening: a refused subscription must leave no listener behind.
      const visibility = visibilityOf(context, includeDrafts);
      const key = episode ? keyOf(episode, ['Episode'], 'episode') : null;
      return visibleEvents(claimChanges(key), visibility);
    },
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
