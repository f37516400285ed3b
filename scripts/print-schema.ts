// npm run schema:print: the whole schema as one SDL document, for client tools that want a
// single file (Relay compiler, graphql-inspector, IDE plugins).
import { buildSchema, introspectionFromSchema, printSchema } from 'graphql';

import { loadTypeDefs } from '../src/schema';

const HELP = `usage: npm run -s schema:print > claimgraph.graphql
       npm run -s schema:print -- --introspection > claimgraph.introspection.json

Prints schema/*.graphql merged into one SDL document (extensions folded into their types), the
form the Relay compiler's "schema" setting wants; with --introspection, the introspection result
as JSON, which urql's graphcache takes as its \`schema\` option. Needs no database (and works
when the service runs with NODE_ENV=production, where introspection is off).
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(HELP);
} else if (process.argv.includes('--introspection')) {
  process.stdout.write(`${JSON.stringify(introspectionFromSchema(buildSchema(loadTypeDefs())))}\n`);
} else {
  process.stdout.write(printSchema(buildSchema(loadTypeDefs())));
}
