// npm run examples: runs docs/examples/*.graphql in-process and prints each answer with the
// number of Cypher statements it cost. The README's outputs come from here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { hashToken, newToken } from '../src/auth';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { Database } from '../src/db/database';
import { neo4jTarget } from '../src/db/credentials';
import { createDriver } from '../src/db/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { importFiles } from '../src/ingest/import-corpus';
import { createApp } from '../src/server';

const HELP = `usage: npm run examples [-- NAME ...]

Loads the bundled episode into Neo4j (NEO4J_URI, or the project's own Neo4j when unset; stop
npm start first), then runs each docs/examples/*.graphql (or the NAMEs given) through the real
HTTP server and prints the answer and the Cypher statements it cost. Mutations run with a
throwaway editor token made for this run. Note: resolve.graphql records a resolution.
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write(HELP);
    return;
  }
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  if (config.neo4j === undefined) local = await startLocalNeo4j({ ...config.local });
  const target = neo4jTarget(config, local);
  const driver = createDriver(target);
  const db = new Database(driver, target.database);
  const token = newToken();
  const app = await createApp({
    db,
    tokens: [{ name: 'readme-editor', role: 'editor', hash: hashToken(token) }],
  });
  try {
    await applySchema(db);
    await importFiles(db, [config.seedDir]);
    const url = await app.listen(0, '127.0.0.1');
    const dir = path.join(PROJECT_ROOT, 'docs', 'examples');
    const names = readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .filter((file) => args.length === 0 || args.some((arg) => file.startsWith(arg)));
    for (const file of names) {
      const query = readFileSync(path.join(dir, file), 'utf8');
      const before = db.roundTrips;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body: unknown = await response.json();
      process.stdout.write(
        `### ${file}: HTTP ${response.status}, ${db.roundTrips - before} Cypher statements\n${JSON.stringify(body, null, 2)}\n\n`,
      );
    }
  } finally {
    await app.close();
    await driver.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`examples: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
