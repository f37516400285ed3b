// (D) our schema and resolvers with batching off and no compiled queries: every loader sends one
// statement per parent, as per-field resolvers without DataLoader do. Served by Apollo's
// standalone server, since only the resolvers' database access differs from (B).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

import type { Context } from '../../src/context';
import { createLoaders } from '../../src/loaders';
import { silentLogger } from '../../src/log';
import { ResolutionService } from '../../src/resolutions/resolution-service';
import { resolvers } from '../../src/resolvers';
import { loadTypeDefs } from '../../src/schema';
import { announce, benchDatabase } from './env';

async function main(): Promise<void> {
  const db = benchDatabase();
  const server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' },
    context: () => {
      const scoped = db.scoped();
      return Promise.resolve({
        db: scoped,
        loaders: createLoaders(scoped, { maxBatchSize: 1 }),
        resolutions: new ResolutionService(scoped, () => new Date()),
        viewer: null,
        sentCredentials: false,
        today: new Date().toISOString().slice(0, 10),
        log: silentLogger,
        // Every related row through a loader, as a server without compiled queries would.
        compiled: false,
      });
    },
  });
  announce(url);
}

void main();
