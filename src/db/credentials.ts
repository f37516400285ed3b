import type { Config } from '../config';
import { passwordFile, readLocalPassword, type LocalNeo4j } from './local-neo4j';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/**
 * Where and as whom to connect: the Neo4j this process started, or NEO4J_URI with
 * NEO4J_PASSWORD, else the password the project's own Neo4j keeps in its data directory (so
 * `npm run neo4j` in one terminal and `NEO4J_URI=... npm start` in another need no setup).
 */
export function neo4jTarget(config: Config, local?: LocalNeo4j): Neo4jTarget {
  if (local !== undefined || config.neo4j === undefined) {
    if (local === undefined) throw new Error('neo4jTarget: no NEO4J_URI and no local Neo4j');
    return { uri: local.uri, user: 'neo4j', password: local.password, database: undefined };
  }
  const { uri, user, password, database } = config.neo4j;
  return {
    uri,
    user,
    password: password ?? readLocalPassword(config.local.dataDir) ?? '',
    database,
  };
}

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';

/** A connection error in words a user can act on; a wrong password names where the right one is. */
export function describeConnectError(error: unknown, target: Neo4jTarget, dataDir: string): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === UNAUTHORIZED) {
    return (
      `Neo4j at ${target.uri} refused the password for user "${target.user}" ` +
      `(code ${UNAUTHORIZED}). Set NEO4J_USER and NEO4J_PASSWORD; the project's own Neo4j ` +
      `keeps its password in ${passwordFile(dataDir)}.`
    );
  }
  return error instanceof Error ? error.message : String(error);
}
