// Runs the project's own Neo4j (no Docker) in the foreground until Ctrl-C.
import path from 'node:path';

import { loadConfig, PROJECT_ROOT } from '../src/config';
import { passwordFile, startLocalNeo4j } from '../src/db/local-neo4j';

const HELP = `usage: npm run neo4j -- [--port N] [--data DIR] [--heap SIZE] [--pagecache SIZE] [--apoc]

Starts Neo4j Community 5.26 from Maven Central jars with Bolt on 127.0.0.1 and keeps it
running until Ctrl-C or SIGTERM, then shuts it down cleanly. The first run downloads the jars.
Defaults come from NEO4J_LOCAL_PORT, NEO4J_DATA_DIR, NEO4J_HEAP, NEO4J_PAGECACHE, NEO4J_APOC
(7687, .claimgraph/neo4j-data, 1g, 512m, off). Authentication is on: the neo4j user's password
is generated on first start into DATA/neo4j-password (mode 0600), where npm start, npm run seed
and the tests find it when NEO4J_PASSWORD is not set.
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const options = { ...loadConfig().local };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = (): string => {
      const next = args[i + 1];
      if (next === undefined) throw new Error(`${String(arg)} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--port') options.port = Number(value());
    else if (arg === '--data') options.dataDir = path.resolve(PROJECT_ROOT, value());
    else if (arg === '--heap') options.heap = value();
    else if (arg === '--pagecache') options.pagecache = value();
    else if (arg === '--apoc') options.apoc = true;
    else throw new Error(`unknown option ${String(arg)}\n\n${HELP}`);
  }
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
