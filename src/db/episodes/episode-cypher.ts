import { orderBy, seekPredicate, sortKeyOf, type SortColumn } from '../shared/keyset';
import { fieldsOf } from '../shared/shape';
import { EPISODE_SPEC, SECTION_SPEC, TURN_SPEC } from './episode-shape';

/** Every property of an episode over `e` (EpisodeModel). */
export const EPISODE_FIELDS = fieldsOf(EPISODE_SPEC, 'e');

export const EPISODES_BY_ID = `
UNWIND $keys AS key
MATCH (e:Episode {id: key})
RETURN key, e ${EPISODE_FIELDS} AS row`;

export const LIST_EPISODES = `
MATCH (e:Episode)
RETURN e ${EPISODE_FIELDS} AS row
ORDER BY e.airDate DESC, e.id
LIMIT $first`;

export const APPEARANCES_BY_EPISODE = `
UNWIND $keys AS key
MATCH (p:Person)-[a:APPEARED_IN]->(:Episode {id: key})
RETURN key, { personId: p.id, episodeId: key, role: a.role, affiliation: a.affiliation,
              expertise: a.expertise, label: a.label } AS row
ORDER BY CASE a.role WHEN 'host' THEN 0 ELSE 1 END, p.id`;

export const APPEARANCES_BY_PERSON = `
UNWIND $keys AS key
MATCH (:Person {id: key})-[a:APPEARED_IN]->(e:Episode)
RETURN key, { personId: key, episodeId: e.id, role: a.role, affiliation: a.affiliation,
              expertise: a.expertise, label: a.label } AS row
ORDER BY e.airDate`;

export const SECTION_FIELDS = fieldsOf(SECTION_SPEC, 's');

export const SECTIONS_BY_ID = `
UNWIND $keys AS key
MATCH (s:Section {id: key})
RETURN key, s ${SECTION_FIELDS} AS row`;

export const SECTIONS_BY_EPISODE = `
UNWIND $keys AS key
MATCH (s:Section {episodeId: key})
RETURN key, s ${SECTION_FIELDS} AS row
ORDER BY s.position`;

/** A turn without its text: the text is the large part, read only when a query selects it. */
export const TURN_FIELDS = fieldsOf(TURN_SPEC, 't');

export const TURN_TEXTS = `
UNWIND $keys AS key
MATCH (t:Turn {id: key})
RETURN key, t.text AS row`;

export const TURNS_BY_ID = `
UNWIND $keys AS key
MATCH (t:Turn {id: key})
RETURN key, t ${TURN_FIELDS} AS row`;

export const TURNS_BY_SECTION = `
UNWIND $keys AS key
MATCH (t:Turn)-[:IN_SECTION]->(:Section {id: key})
RETURN key, t ${TURN_FIELDS} AS row
ORDER BY t.position`;

export const NOTE_FIELDS = `{ .id, .episodeId, .number, .term, .text }`;

export const NOTES_BY_EPISODE = `
UNWIND $keys AS key
MATCH (n:Note {episodeId: key})
RETURN key, n ${NOTE_FIELDS} AS row
ORDER BY n.number`;

export const NOTES_BY_ID = `
UNWIND $keys AS key
MATCH (n:Note {id: key})
RETURN key, n ${NOTE_FIELDS} AS row`;

export const NOTES_BY_ENTITY = `
UNWIND $keys AS key
MATCH (n:Note)-[:EXPLAINS]->(:Entity {id: key})
RETURN key, n ${NOTE_FIELDS} AS row
ORDER BY n.episodeId, n.number`;

export const NOTE_EXPLAINS = `
UNWIND $keys AS key
MATCH (:Note {id: key})-[:EXPLAINS]->(e:Entity)
RETURN key, e.id AS entityId
ORDER BY e.name`;

export const DISCREPANCY_FIELDS = `{ .id, .episodeId, .kind, .text, .correct, .explanation,
  .turnId, turnIds: coalesce(d.turnIds, []), .noteId, .entityId, .start, .end }`;

export const DISCREPANCIES_BY_ID = `
UNWIND $keys AS key
MATCH (d:Discrepancy {id: key})
RETURN key, d ${DISCREPANCY_FIELDS} AS row`;

export const DISCREPANCIES_BY_EPISODE = `
UNWIND $keys AS key
MATCH (d:Discrepancy {episodeId: key})
RETURN key, d ${DISCREPANCY_FIELDS} AS row
ORDER BY d.turnId, d.noteId, d.id`;

export const DISCREPANCIES_BY_ENTITY = `
UNWIND $keys AS key
MATCH (d:Discrepancy)-[:CONCERNS]->(:Entity {id: key})
RETURN key, d ${DISCREPANCY_FIELDS} AS row
ORDER BY d.episodeId, d.id`;

export const CLAIM_COUNTS_BY_EPISODE = `
UNWIND $keys AS key
RETURN key, COUNT { MATCH (c:Claim {episodeId: key}) } AS count`;

/** A speaker's turns in episode order; (episode, position) is unique per turn. */
export const TURN_ORDER = [
  { expr: 't.episodeId' },
  { expr: 't.position' },
] as const satisfies readonly SortColumn[];

export function turnPagesBySpeaker(options: {
  backward: boolean;
  seek: boolean;
  withCount: boolean;
}): string {
  return `
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Turn {speakerId: key})
  ${options.seek ? `WHERE ${seekPredicate(TURN_ORDER, options.backward)}` : ''}
  WITH t ORDER BY ${orderBy(TURN_ORDER, options.backward)} LIMIT $limit
  RETURN collect({ node: t ${TURN_FIELDS}, key: ${sortKeyOf(TURN_ORDER)} }) AS rows
}
${
  options.withCount
    ? 'RETURN key, rows, COUNT { MATCH (t:Turn {speakerId: key}) } AS totalCount'
    : 'RETURN key, rows, null AS totalCount'
}`;
}
