import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../config';
import type { Database } from './database';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'seed', 'schema.cypher');

/** The statements of seed/schema.cypher, comments removed. */
export function schemaStatements(file = SCHEMA_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies every constraint and index. Each statement runs in its own transaction, as Neo4j
 * requires for schema changes; IF NOT EXISTS makes a second run a no-op.
 */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(60)');
  return statements.length;
}
