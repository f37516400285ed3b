import type { Database } from '../database';

/** A turn's words and the air date its time expressions are read against. */
const TURNS = `
UNWIND $ids AS id
MATCH (t:Turn {id: id})-[:IN_SECTION]->(:Section)-[:IN_EPISODE]->(e:Episode)
RETURN t.id AS id, t.text AS text, toString(e.airDate) AS airDate`;

/** The entities each name key names: one unique-index seek per key (name-lookup.ts). */
const NAMES_BY_KEY = `
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(x:Entity)
WITH key, x ORDER BY x.id
RETURN key, collect(x.id) AS ids`;

export const suggestionRepository = {
  async turns(
    db: Database,
    ids: readonly string[],
  ): Promise<{ id: string; text: string; airDate: string }[]> {
    return db.read(TURNS, { ids });
  },

  async namesByKey(db: Database, keys: readonly string[]): Promise<Map<string, string[]>> {
    if (keys.length === 0) return new Map();
    const rows = await db.read<{ key: string; ids: string[] }>(NAMES_BY_KEY, { keys });
    return new Map(rows.map((row) => [row.key, row.ids]));
  },
};
