// npm run schema:print: the whole schema as one SDL document, for client tools that want a
// single file (Relay compiler, graphql-inspector, IDE plugins).
import { buildSchema, introspectionFromSchema, printSchema } from 'graphql';

import { runCommand } from '../src/cli/command';
import { loadTypeDefs } from '../src/schema';

const SPEC = {
  usage: 'npm run -s schema:print [-- --introspection] > FILE',
  description: `Prints schema/*.graphql merged into one SDL document (extensions folded into their types), the
form the Relay compiler's "schema" setting wants; with --introspection, the introspection result
as JSON, which urql's graphcache takes as its \`schema\` option. Needs no database (and works
when the service runs with NODE_ENV=production, where introspection is off).`,
  options: {
    introspection: {
      type: 'boolean',
      description: 'print the introspection result as JSON instead',
    },
  },
} as const;

void runCommand(SPEC, ({ values }) => {
  const schema = buildSchema(loadTypeDefs());
  process.stdout.write(
    values.introspection === true
      ? `${JSON.stringify(introspectionFromSchema(schema))}\n`
      : printSchema(schema),
  );
});
