import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { predictionChanges } from '../live/prediction-events';
import { createLoaders } from '../loaders';
import { keyOf } from './id-arguments';
import { present } from './support';

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
};
