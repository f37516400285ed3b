// (C) @neo4j/graphql 7 serving equivalent type definitions over the same graph and driver.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';

import { announce, benchDatabase } from './env';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-typedefs';

async function main(): Promise<void> {
  const { driver } = benchDatabase();
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' },
  });
  announce(url);
}

void main();
