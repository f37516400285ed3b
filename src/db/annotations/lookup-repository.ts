import { nameKey } from '../../domain/name-key';
import type { Database } from '../database';
import { ENTITY_FIELDS } from '../entities/entity-cypher';
import type { EntityModel } from '../shared/models';

/**
 * The workbench's entity search box: names and aliases that start with what was typed, folded
 * as every name lookup folds it (src/domain/name-key.ts), through the unique NameKey index (a
 * range seek on its prefix). Exact keys first, then the shortest, then by name.
 */
const LOOKUP = `
MATCH (k:NameKey) WHERE k.key STARTS WITH $key
MATCH (k)-[:NAMES]->(x:Entity)
WHERE $types IS NULL OR x.type IN $types
WITH x, min(CASE WHEN k.key = $key THEN 0 ELSE 1 END) AS exact, min(size(k.key)) AS length
ORDER BY exact, length, x.name, x.id
LIMIT $first
RETURN x ${ENTITY_FIELDS} AS row`;

export const lookupRepository = {
  async entities(
    db: Database,
    typed: string,
    types: readonly string[] | null,
    first: number,
  ): Promise<EntityModel[]> {
    const key = nameKey(typed);
    if (key === '') return [];
    const rows = await db.read<{ row: EntityModel }>(LOOKUP, { key, types, first });
    return rows.map((row) => row.row);
  },
};
