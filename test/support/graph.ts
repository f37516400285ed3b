import type { Database } from '../../src/db/database';

/** Empties the test database; each test file that imports starts from here. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
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
