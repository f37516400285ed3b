import type { Database } from '../../src/db/database';

/** The label of the one node that marks a database as the tests' own. */
export const TEST_MARKER_LABEL = 'ClaimgraphTestDatabase';

export class ForeignDataError extends Error {
  override name = 'ForeignDataError';
}

/**
 * The marker's property that seededApp() sets when a file ends with the graph exactly as the
 * bundled import left it (see seeded-app.ts): `<corpus digest> <graph fingerprint>`.
 */
export const SEEDED_WITH = 'seededWith';

/**
 * Empties the test database; each test file that imports starts from here. Refuses, deleting
 * nothing, when the database holds data the tests did not make: a database is the tests' own
 * once it carries the marker node, which is only ever added to an empty database.
 */
export async function resetGraph(db: Database): Promise<void> {
  await claimTestDatabase(db);
  await db.write(
    `MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL} DETACH DELETE n
     WITH count(*) AS deleted
     MATCH (m:${TEST_MARKER_LABEL}) REMOVE m.${SEEDED_WITH}`,
  );
}

/** Marks an empty database as the tests' own; throws ForeignDataError on anyone else's. */
export async function claimTestDatabase(db: Database): Promise<void> {
  const [row] = await db.read<{ markers: number; others: number }>(
    `OPTIONAL MATCH (m:${TEST_MARKER_LABEL}) WITH count(m) AS markers
     OPTIONAL MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL}
     RETURN markers, count(n) AS others`,
  );
  if (row === undefined || row.markers > 0) return;
  if (row.others > 0) {
    throw new ForeignDataError(
      `the test database holds ${row.others} node(s) the tests did not create, so the tests ` +
        'refuse to run and deleted nothing. Point CLAIMGRAPH_TEST_NEO4J_URI at an empty database ' +
        'set aside for tests, or unset it to let npm test start a throwaway Neo4j.',
    );
  }
  await db.write(`MERGE (:${TEST_MARKER_LABEL} {createdBy: 'claimgraph tests'})`);
}
function describeProperties(properties: Record<string, unknown>): string {
  return Object.keys(properties)
    .sort()
    .map((key) => `${key}=${JSON.stringify(properties[key])}`)
    .join(';');
}

/**
 * Every node (labels and properties) and every relationship (type, properties, endpoint ids),
 * as sorted lines: two snapshots are equal exactly when the graphs are. `where` filters nodes
 * (as `n`) and relationships by their start node.
 */
export async function snapshot(db: Database, where = 'true'): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; properties: Record<string, unknown> }>(
    `MATCH (n) WHERE ${where} RETURN labels(n) AS labels, properties(n) AS properties`,
  );
  const relationships = await db.read<{
    from: string | null;
    type: string;
    to: string | null;
    properties: Record<string, unknown>;
  }>(
    `MATCH (n)-[r]->(b) WHERE ${where}
     RETURN n.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties`,
  );
  return [
    ...nodes.map((n) => `${[...n.labels].sort().join(':')} ${describeProperties(n.properties)}`),
    ...relationships.map(
      (r) => `${String(r.from)} -[${r.type} ${describeProperties(r.properties)}]-> ${String(r.to)}`,
    ),
  ].sort();
}
