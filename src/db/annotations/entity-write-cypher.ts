import { ENTITY_LABELS } from '../../domain/vocabulary';

/**
 * The workbench's entity, mention and exclusion writes. Labels come only from the vocabulary's
 * fixed map; every value is a parameter. Name keys and surface forms are refreshed with the
 * importer's own statements (import-cypher.ts), so a name typed in the workbench is found by
 * the same lookups as one imported from a file.
 */

export const ENTITY_EXISTS = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.type AS type, n.name AS name`;

export const EPISODE_EXISTS = `
MATCH (e:Episode {id: $id})
RETURN e.id AS id`;

export function createEntity(label: (typeof ENTITY_LABELS)[keyof typeof ENTITY_LABELS]): string {
  return `
CREATE (n:Entity:${label} {id: $row.id})
SET n.type = $row.type, n.name = $row.name, n.nameLower = toLower($row.name),
    n.aliases = $row.aliases, n.externalIds = $row.externalIds, n.description = $row.description,
    n.year = $row.year, n.surfaceForms = [], n.definedIn = [$episodeId],
    n.createdBy = $by, n.createdAt = datetime($at)`;
}

/** A mention is its turn, its entity and where it starts: adding it twice writes it once. */
export const MERGE_MENTION = `
MATCH (t:Turn {id: $row.turnId}), (n:Entity {id: $row.entityId})
MERGE (t)-[m:MENTIONS {start: $row.start}]->(n)
ON CREATE SET m.createdBy = $by, m.createdAt = datetime($at)
SET m.end = $row.end, m.form = $row.form,
    n.definedIn = CASE WHEN $row.episodeId IN coalesce(n.definedIn, []) THEN n.definedIn
                       ELSE coalesce(n.definedIn, []) + $row.episodeId END`;

export const MERGE_EXCLUSION = `
MATCH (t:Turn {id: $row.turnId})
MERGE (x:Exclusion {id: $row.id})
ON CREATE SET x.createdBy = $by, x.createdAt = datetime($at)
SET x.episodeId = $row.episodeId, x.turnId = $row.turnId, x.turnPosition = t.position,
    x.quote = $row.quote, x.start = $row.start, x.end = $row.end, x.reason = $row.reason
MERGE (x)-[:EXCLUDED_IN]->(t)`;

export const DELETE_EXCLUSION = `
MATCH (x:Exclusion {id: $id})
WITH x, x.id AS id
DETACH DELETE x
RETURN id`;
