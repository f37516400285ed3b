import type { Database } from '../database';

export interface Neo4jStatusModel {
  reachable: boolean;
  version: string | null;
  edition: string | null;
  error: string | null;
}

export interface HealthModel {
  ok: boolean;
  neo4j: Neo4jStatusModel;
}

const COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition`;

/** Asks Neo4j for its version; never throws, so health answers while Neo4j is down. */
export async function checkHealth(db: Database, timeoutMs = 3_000): Promise<HealthModel> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const rows = await Promise.race([
      // getServerInfo fails at once when Neo4j is down; a managed read would first retry.
      db.driver
        .getServerInfo()
        .then(() => db.read<{ version: string; edition: string }>(COMPONENTS)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const row = rows[0];
    const neo4j = {
      reachable: true,
      version: row?.version ?? null,
      edition: row?.edition ?? null,
      error: null,
    };
    return { ok: true, neo4j };
  } catch (error) {
    return {
      ok: false,
      neo4j: { reachable: false, version: null, edition: null, error: describe(error) },
    };
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return 'Neo4j is not reachable';
  }
  if (error instanceof Error && error.message.startsWith('no answer')) {
    return `Neo4j gave ${error.message}`;
  }
  return 'Neo4j did not answer the health check';
}
