// npm run schema:print: the whole schema as one SDL document, for client tools that want a
// single file (Relay compiler, graphql-inspector, IDE plugins).
import { buildSchema, printSchema } from 'graphql';

import { loadTypeDefs } from '../src/schema';

const HELP = `usage: npm run -s schema:print > claimgraph.graphql

Prints schema/*.graphql merged into one SDL document (extensions folded into their types), the
form the Relay compiler's "schema" setting wants. Needs no database.
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(HELP);
} else {
  process.stdout.write(printSchema(buildSchema(loadTypeDefs())));
}
