// Runs the project's own Neo4j (no Docker) in the foreground until Ctrl-C.
import { runCommand, type Invocation } from '../src/cli/command';
import { loadConfig } from '../src/config';
import { passwordFile, startLocalNeo4j } from '../src/db/local-neo4j';

const SPEC = {
  usage: 'npm run neo4j -- [--port N] [--data DIR] [--heap SIZE] [--pagecache SIZE] [--apoc]',
  description: `Starts Neo4j Community 5.26 from Maven Central jars with Bolt on 127.0.0.1 and keeps it
running until Ctrl-C or SIGTERM, then shuts it down cleanly. The first run downloads the jars.
Authentication is on: the neo4j user's password is generated on first start into
DATA/neo4j-password (mode 0600), where npm start, npm run seed and the tests find it when
NEO4J_PASSWORD is not set.`,
  options: {
    port: {
      type: 'string',
      valueName: 'N',
      description: 'Bolt port (default NEO4J_LOCAL_PORT or 7687)',
    },
    data: {
      type: 'string',
      valueName: 'DIR',
      description: 'data directory (default NEO4J_DATA_DIR or .claimgraph/neo4j-data)',
    },
    heap: { type: 'string', valueName: 'SIZE', description: 'JVM heap (default NEO4J_HEAP or 1g)' },
    pagecache: {
      type: 'string',
      valueName: 'SIZE',
      description: 'page cache (default NEO4J_PAGECACHE or 512m)',
    },
    apoc: { type: 'boolean', description: 'load APOC core (default NEO4J_APOC or off)' },
  },
} as const;

async function main(values: Invocation<typeof SPEC.options>['values']): Promise<void> {
  // The same checks as the environment variables get.
  const local = loadConfig({
    ...process.env,
    ...(values.port === undefined ? {} : { NEO4J_LOCAL_PORT: values.port }),
    ...(values.data === undefined ? {} : { NEO4J_DATA_DIR: values.data }),
    ...(values.heap === undefined ? {} : { NEO4J_HEAP: values.heap }),
    ...(values.pagecache === undefined ? {} : { NEO4J_PAGECACHE: values.pagecache }),
    ...(values.apoc === true ? { NEO4J_APOC: '1' } : {}),
  }).local;
  const options = { ...local };
  const server = await startLocalNeo4j(options);
  process.stdout.write(
    `NEO4J_URI=${server.uri}\nNEO4J_USER=neo4j\n# password: ${passwordFile(options.dataDir)} (read by npm start and npm run seed)\n`,
  );
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void runCommand(SPEC, ({ values }) => main(values));
