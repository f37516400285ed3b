// Floor of Apollo Server: its standalone server with Apollo's defaults, one resolver, no plugins
// of ours, answering the bench's "claim by id" with the statement (A) runs.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

import { announce } from './env';
import { claimReader } from './floor-statement';

const typeDefs = `#graphql
  type Query { claim(id: ID!): Claim }
  type Claim { id: ID! quote: String! kind: String! speaker: Person! }
  type Person { name: String! }
`;

const read = claimReader();

const resolvers = {
  Query: {
    claim: async (_parent: unknown, { id }: { id: string }) => {
      const row = await read(id);
      return row === null ? null : { ...row, speaker: { name: row.speaker } };
    },
  },
};

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' },
  });
  announce(url);
}

void main();
