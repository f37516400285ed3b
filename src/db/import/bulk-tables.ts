import type { ClaimRow, Corpus } from '../../domain/corpus';
import type { Episode } from '../../domain/transcript';
import {
  CLAIM_RELATION_TYPES,
  ENTITY_LABELS,
  ENTITY_RELATION_TYPES,
} from '../../domain/vocabulary';
import { isPublic, lastByKey } from './fresh-episodes';

/**
 * The corpus as the node and relationship tables `neo4j-admin database import` reads: every
 * property exactly as the importer's Cypher sets it (import-cypher.ts), with the same types
 * (toInteger → long, toFloat → double, date(), datetime()), and rows folded by key as MERGE
 * folds them. What CSV cannot say is returned as `fixes`: an empty list is a property in the
 * graph but an empty field in CSV is none, and a whole number passed as a parameter is stored
 * as an integer where the column is a float. bulk-load.ts sets those after the import, with
 * the derived parts (surface forms, name keys, counters) that the importer's own Cypher writes.
 */

export type ColumnType =
  'string' | 'string[]' | 'long' | 'double' | 'boolean' | 'date' | 'datetime';

/** A property column: name, type, and how a row gives its value (null: no property). */
export type Column<T> = [name: string, type: ColumnType, value: (row: T) => unknown];

export interface NodeTable<T> {
  name: string;
  /** The ID space the table's ids live in (relationships name it). */
  idSpace: string;
  rows: T[];
  id: (row: T) => string;
  labels: (row: T) => string[];
  columns: Column<T>[];
}

export interface RelationshipTable<T> {
  name: string;
  from: string;
  to: string;
  rows: T[];
  start: (row: T) => string;
  end: (row: T) => string;
  type: (row: T) => string;
  columns: Column<T>[];
}

/** Properties to set after the import, by the label whose id they are found by. */
export interface Fixes {
  entities: FixRow[];
  claims: FixRow[];
  discrepancies: FixRow[];
}

export interface FixRow {
  id: string;
  props: Record<string, unknown>;
}

/** A table of some row type: the writer reads it only through its functions. */
export interface SomeTable<Table extends 'node' | 'relationship'> {
  visit<R>(read: <T>(table: Table extends 'node' ? NodeTable<T> : RelationshipTable<T>) => R): R;
}

const nodeTable = <T>(table: NodeTable<T>): SomeTable<'node'> => ({
  visit: (read) => read(table),
});
const relationshipTable = <T>(table: RelationshipTable<T>): SomeTable<'relationship'> => ({
  visit: (read) => read(table),
});

export interface BulkTables {
  nodes: SomeTable<'node'>[];
  relationships: SomeTable<'relationship'>[];
  fixes: Fixes;
}

/** Builds every table of `corpus`; `hashes` are the episodes' content hashes. */
export function bulkTables(corpus: Corpus, hashes: ReadonlyMap<string, string>): BulkTables {
  const fixes: Fixes = { entities: [], claims: [], discrepancies: [] };
  const turns = new Map(corpus.episodes.flatMap((e) => e.turns.map((t) => [t.id, t] as const)));
  const position = (turnId: string): number => turns.get(turnId)?.position ?? 0;
  const nodes = [
    nodeTable(episodeTable(corpus, hashes)),
    nodeTable(entityTable(corpus, fixes)),
    nodeTable(topicTable(corpus)),
    ...structureTables(corpus.episodes),
    nodeTable(claimTable(corpus, position, fixes)),
    nodeTable(discrepancyTable(corpus, fixes)),
    nodeTable(exclusionTable(corpus, position)),
  ];
  const relationships = [
    ...structureRelationships(corpus),
    ...claimRelationships(corpus),
    ...discrepancyRelationships(corpus),
  ];
  return { nodes, relationships, fixes };
}

function episodeTable(corpus: Corpus, hashes: ReadonlyMap<string, string>): NodeTable<Episode> {
  return {
    name: 'episodes',
    idSpace: 'Episode',
    rows: lastByKey(corpus.episodes, (e) => e.id),
    id: (e) => e.id,
    labels: () => ['Episode'],
    columns: [
      ['title', 'string', (e) => e.title],
      ['airDate', 'date', (e) => e.airDate],
      ['sourceFile', 'string', (e) => e.sourceFile],
      ['mediaUrl', 'string', (e) => e.mediaUrl],
      ['editorialNote', 'string', (e) => e.editorialNote],
      ['turnCount', 'long', (e) => e.turns.length],
      ['contentHash', 'string', (e) => hashes.get(e.id) ?? null],
    ],
  };
}

type Entity = Corpus['entities'][number];

function entityTable(corpus: Corpus, fixes: Fixes): NodeTable<Entity> {
  for (const entity of corpus.entities) {
    const props: Record<string, unknown> = {};
    if (entity.aliases.length === 0) props.aliases = [];
    if (entity.externalIds.length === 0) props.externalIds = [];
    if (entity.definedIn.length === 0) props.definedIn = [];
    if (Object.keys(props).length > 0) fixes.entities.push({ id: entity.id, props });
  }
  return {
    name: 'entities',
    idSpace: 'Entity',
    rows: lastByKey(corpus.entities, (e) => e.id),
    id: (e) => e.id,
    labels: (e) => ['Entity', ENTITY_LABELS[e.type]],
    columns: [
      ['type', 'string', (e) => e.type],
      ['name', 'string', (e) => e.name],
      // Cypher's toLower and JavaScript's toLowerCase agree outside a few locales' letters;
      // the bulk test compares the two graphs property by property.
      ['nameLower', 'string', (e) => e.name.toLowerCase()],
      ['aliases', 'string[]', (e) => e.aliases],
      ['externalIds', 'string[]', (e) => e.externalIds],
      ['description', 'string', (e) => e.description],
      ['year', 'long', (e) => e.year],
      ['definedIn', 'string[]', (e) => e.definedIn],
    ],
  };
}

function topicTable(corpus: Corpus): NodeTable<string> {
  return {
    name: 'topics',
    idSpace: 'Topic',
    rows: [...new Set(corpus.topics)],
    id: (id) => id,
    labels: () => ['Topic'],
    columns: [['name', 'string', (id) => id.replace(/-/g, ' ')]],
  };
}

type Section = Episode['sections'][number] & { episodeId: string };
type Turn = Episode['turns'][number] & { episodeId: string };
type Note = Episode['notes'][number] & { episodeId: string };

function structureTables(episodes: Episode[]): SomeTable<'node'>[] {
  const sections: NodeTable<Section> = {
    name: 'sections',
    idSpace: 'Section',
    rows: episodes.flatMap((e) => e.sections.map((s) => ({ ...s, episodeId: e.id }))),
    id: (s) => s.id,
    labels: () => ['Section'],
    columns: [
      ['episodeId', 'string', (s) => s.episodeId],
      ['localId', 'string', (s) => s.localId],
      ['position', 'long', (s) => s.position],
      ['title', 'string', (s) => s.title],
    ],
  };
  const turns: NodeTable<Turn> = {
    name: 'turns',
    idSpace: 'Turn',
    rows: episodes.flatMap((e) => e.turns.map((t) => ({ ...t, episodeId: e.id }))),
    id: (t) => t.id,
    labels: () => ['Turn'],
    columns: [
      ['episodeId', 'string', (t) => t.episodeId],
      ['sectionId', 'string', (t) => t.sectionId],
      ['speakerId', 'string', (t) => t.speakerId],
      ['localId', 'string', (t) => t.localId],
      ['position', 'long', (t) => t.position],
      ['label', 'string', (t) => t.label],
      ['text', 'string', (t) => t.text],
      ['paragraphCount', 'long', (t) => t.paragraphCount],
      ['startTime', 'double', (t) => t.startTime],
      ['endTime', 'double', (t) => t.endTime],
    ],
  };
  const notes: NodeTable<Note> = {
    name: 'notes',
    idSpace: 'Note',
    rows: lastByKey(
      episodes.flatMap((e) => e.notes.map((n) => ({ ...n, episodeId: e.id }))),
      (n) => n.id,
    ),
    id: (n) => n.id,
    labels: () => ['Note'],
    columns: [
      ['episodeId', 'string', (n) => n.episodeId],
      ['number', 'long', (n) => n.number],
      ['term', 'string', (n) => n.term],
      ['text', 'string', (n) => n.text],
    ],
  };
  return [nodeTable(sections), nodeTable(turns), nodeTable(notes)];
}

function claimTable(
  corpus: Corpus,
  position: (turnId: string) => number,
  fixes: Fixes,
): NodeTable<ClaimRow> {
  const rows = lastByKey(corpus.claims, (c) => c.id);
  for (const claim of rows) {
    const props: Record<string, unknown> = {};
    if (claim.attributionDoubtIds.length === 0) props.attributionDoubtIds = [];
    if (claim.topics.length === 0) props.topics = [];
    if (claim.premiseGoverns?.length === 0) props.premiseGoverns = [];
    const p = claim.prediction;
    if (p !== null) {
      if (p.conditions.length === 0) props.conditions = [];
      if (p.hedges.length === 0) props.hedges = [];
      // A parameter that is a whole number travels as an integer (database.ts).
      if (Number.isSafeInteger(p.probability)) props.probability = p.probability;
    }
    if (Object.keys(props).length > 0) fixes.claims.push({ id: claim.id, props });
  }
  const pad = (value: number, width: number): string =>
    `${'0'.repeat(width)}${value}`.slice(-width);
  const prediction =
    <K extends keyof NonNullable<ClaimRow['prediction']>>(key: K): ((c: ClaimRow) => unknown) =>
    (c) =>
      c.prediction?.[key] ?? null;
  return {
    name: 'claims',
    idSpace: 'Claim',
    rows,
    id: (c) => c.id,
    labels: (c) => {
      const accepted = isPublic(c);
      const claim = accepted ? ['Claim'] : ['ClaimDraft'];
      if (c.prediction === null) return claim;
      return [...claim, accepted ? 'Prediction' : 'PredictionDraft'];
    },
    columns: [
      ['episodeId', 'string', (c) => c.episodeId],
      ['turnId', 'string', (c) => c.turnId],
      ['speakerId', 'string', (c) => c.speakerId],
      ['attributedToId', 'string', (c) => c.attributedToId],
      ['attributedToGroup', 'string', (c) => c.attributedToGroup],
      ['attributedWording', 'string', (c) => c.attributedWording],
      ['attributionDoubtIds', 'string[]', (c) => c.attributionDoubtIds],
      ['kind', 'string', (c) => c.kind],
      ['quote', 'string', (c) => c.quote],
      ['paraphrase', 'string', (c) => c.paraphrase],
      ['reviewState', 'string', (c) => c.reviewState],
      ['reviewedBy', 'string', (c) => c.reviewedBy],
      ['reviewedAt', 'datetime', (c) => c.reviewedAt],
      ['reviewNote', 'string', (c) => c.reviewNote],
      ['retractedBy', 'string', (c) => c.retractedBy],
      ['retractedAt', 'datetime', (c) => c.retractedAt],
      ['retractionReason', 'string', (c) => c.retractionReason],
      ['topics', 'string[]', (c) => c.topics],
      ['premiseText', 'string', (c) => c.premiseText],
      ['premiseGoverns', 'string[]', (c) => c.premiseGoverns],
      ['start', 'long', (c) => c.start],
      ['end', 'long', (c) => c.end],
      ['turnPosition', 'long', (c) => position(c.turnId)],
      [
        'sortKey',
        'string',
        (c) => `${c.episodeId} ${pad(position(c.turnId), 5)} ${pad(c.start, 7)} ${c.id}`,
      ],
      ...predictionColumns(prediction),
    ],
  };
}

type Pick = <K extends keyof NonNullable<ClaimRow['prediction']>>(
  key: K,
) => (c: ClaimRow) => unknown;

/** UPSERT_PREDICTIONS's properties; a claim that is no prediction has none of them. */
function predictionColumns(prediction: Pick): Column<ClaimRow>[] {
  return [
    ['horizon', 'string', prediction('horizon')],
    ['dueDate', 'date', prediction('dueDate')],
    ['windowStart', 'date', prediction('windowStart')],
    ['windowEnd', 'date', prediction('windowEnd')],
    ['deadline', 'date', (c) => c.prediction?.dueDate ?? c.prediction?.windowEnd ?? null],
    ['conditional', 'boolean', prediction('conditional')],
    ['conditions', 'string[]', prediction('conditions')],
    ['hedges', 'string[]', prediction('hedges')],
    ['confidenceBucket', 'string', prediction('bucket')],
    ['probability', 'double', prediction('probability')],
    ['confidenceOverride', 'string', prediction('confidenceOverride')],
    ['resolutionCriteria', 'string', prediction('resolutionCriteria')],
    ['resolutionSource', 'string', prediction('resolutionSource')],
    ['windowReason', 'string', prediction('windowReason')],
    ['unresolvableAsStated', 'string', prediction('unresolvable')],
    ['madeBeforeEpisode', 'boolean', prediction('madeBeforeEpisode')],
    // Episode resolutions set it afterwards, as RECORD_EPISODE_RESOLUTIONS does.
    ['status', 'string', (c) => (c.prediction === null ? null : 'OPEN')],
  ];
}

type Discrepancy = Corpus['discrepancies'][number];

function discrepancyTable(corpus: Corpus, fixes: Fixes): NodeTable<Discrepancy> {
  const rows = lastByKey(corpus.discrepancies, (d) => d.id);
  for (const d of rows) {
    if (d.turnIds.length === 0) fixes.discrepancies.push({ id: d.id, props: { turnIds: [] } });
  }
  return {
    name: 'discrepancies',
    idSpace: 'Discrepancy',
    rows,
    id: (d) => d.id,
    labels: () => ['Discrepancy'],
    columns: [
      ['episodeId', 'string', (d) => d.episodeId],
      ['turnId', 'string', (d) => d.turnId],
      ['turnIds', 'string[]', (d) => d.turnIds],
      ['noteId', 'string', (d) => d.noteId],
      ['entityId', 'string', (d) => d.entityId],
      ['text', 'string', (d) => d.text],
      ['correct', 'string', (d) => d.correct],
      ['kind', 'string', (d) => d.kind],
      ['explanation', 'string', (d) => d.explanation],
      ['start', 'long', (d) => d.start],
      ['end', 'long', (d) => d.end],
    ],
  };
}

type Exclusion = Corpus['excluded'][number];

function exclusionTable(
  corpus: Corpus,
  position: (turnId: string) => number,
): NodeTable<Exclusion> {
  return {
    name: 'exclusions',
    idSpace: 'Exclusion',
    rows: lastByKey(corpus.excluded, (x) => x.id),
    id: (x) => x.id,
    labels: () => ['Exclusion'],
    columns: [
      ['episodeId', 'string', (x) => x.episodeId],
      ['turnId', 'string', (x) => x.turnId],
      ['turnPosition', 'long', (x) => position(x.turnId)],
      ['quote', 'string', (x) => x.quote],
      ['start', 'long', (x) => x.start],
      ['end', 'long', (x) => x.end],
      ['reason', 'string', (x) => x.reason],
    ],
  };
}

/** A relationship table with no properties. */
function plain<T>(
  name: string,
  [from, to]: [string, string],
  type: string,
  rows: T[],
  ends: (row: T) => [string, string],
  typeOf: (row: T) => string = () => type,
): SomeTable<'relationship'> {
  return relationshipTable({
    name,
    from,
    to,
    rows,
    start: (row) => ends(row)[0],
    end: (row) => ends(row)[1],
    type: typeOf,
    columns: [],
  });
}

type Appearance = { personId: string; episodeId: string } & Episode['speakers'][number];

function structureRelationships(corpus: Corpus): SomeTable<'relationship'>[] {
  const { episodes } = corpus;
  const appearances: RelationshipTable<Appearance> = {
    name: 'appeared-in',
    from: 'Entity',
    to: 'Episode',
    rows: lastByKey(
      episodes.flatMap((e) => e.speakers.map((s) => ({ ...s, personId: s.id, episodeId: e.id }))),
      (a) => `${a.personId}|${a.episodeId}`,
    ),
    start: (a) => a.personId,
    end: (a) => a.episodeId,
    type: () => 'APPEARED_IN',
    columns: [
      ['role', 'string', (a) => a.role],
      ['affiliation', 'string', (a) => a.affiliation],
      ['expertise', 'string', (a) => a.expertise],
      ['label', 'string', (a) => a.firstName],
    ],
  };
  const mentions: RelationshipTable<Corpus['mentions'][number]> = {
    name: 'mentions',
    from: 'Turn',
    to: 'Entity',
    rows: lastByKey(corpus.mentions, (m) => `${m.turnId}|${m.entityId}|${m.start}`),
    start: (m) => m.turnId,
    end: (m) => m.entityId,
    type: () => 'MENTIONS',
    columns: [
      ['start', 'long', (m) => m.start],
      ['end', 'long', (m) => m.end],
      ['form', 'string', (m) => m.form],
      // Absent unless marked, as MENTION_PROPERTIES leaves it.
      ['mentionOnly', 'boolean', (m) => (m.mentionOnly ? true : null)],
    ],
  };
  const entityRelations: RelationshipTable<Corpus['entityRelations'][number]> = {
    name: 'entity-relations',
    from: 'Entity',
    to: 'Entity',
    rows: lastByKey(corpus.entityRelations, (r) => `${r.from}|${r.type}|${r.to}`),
    start: (r) => r.from,
    end: (r) => r.to,
    type: (r) => ENTITY_RELATION_TYPES[r.type],
    columns: [
      ['role', 'string', (r) => r.role],
      ['definedIn', 'string[]', (r) => r.definedIn],
    ],
  };
  const sections = episodes.flatMap((e) => e.sections.map((s) => [s.id, e.id] as [string, string]));
  const turns = episodes.flatMap((e) => e.turns);
  const notes = lastByKey(
    episodes.flatMap((e) => e.notes.map((n) => [n.id, e.id] as [string, string])),
    ([id]) => id,
  );
  return [
    relationshipTable(appearances),
    relationshipTable(mentions),
    relationshipTable(entityRelations),
    plain('section-in-episode', ['Section', 'Episode'], 'IN_EPISODE', sections, (r) => r),
    plain('note-in-episode', ['Note', 'Episode'], 'IN_EPISODE', notes, (r) => r),
    plain('in-section', ['Turn', 'Section'], 'IN_SECTION', turns, (t) => [t.id, t.sectionId]),
    plain('spoken-by', ['Turn', 'Entity'], 'SPOKEN_BY', turns, (t) => [t.id, t.speakerId]),
  ];
}

function claimRelationships(corpus: Corpus): SomeTable<'relationship'>[] {
  const claims = lastByKey(corpus.claims, (c) => c.id);
  const pairs = (rows: [string, string][]): [string, string][] =>
    lastByKey(rows, ([a, b]) => `${a}|${b}`);
  const stated: RelationshipTable<ClaimRow> = {
    name: 'stated-in',
    from: 'Claim',
    to: 'Turn',
    rows: claims,
    start: (c) => c.id,
    end: (c) => c.turnId,
    type: () => 'STATED_IN',
    columns: [
      ['start', 'long', (c) => c.start],
      ['end', 'long', (c) => c.end],
    ],
  };
  const relations = lastByKey(corpus.claimRelations, (r) => `${r.from}|${r.type}|${r.to}`);
  return [
    relationshipTable(stated),
    plain('made-by', ['Claim', 'Entity'], 'MADE_BY', claims, (c) => [c.id, c.speakerId]),
    plain(
      'about',
      ['Claim', 'Entity'],
      'ABOUT',
      pairs(claims.flatMap((c) => c.about.map((id) => [c.id, id] as [string, string]))),
      (r) => r,
    ),
    plain(
      'has-topic',
      ['Claim', 'Topic'],
      'HAS_TOPIC',
      pairs(claims.flatMap((c) => c.topics.map((id) => [c.id, id] as [string, string]))),
      (r) => r,
    ),
    plain(
      'claim-relations',
      ['Claim', 'Claim'],
      '',
      relations,
      (r) => [r.from, r.to],
      (r) => CLAIM_RELATION_TYPES[r.type],
    ),
    plain(
      'explains',
      ['Note', 'Entity'],
      'EXPLAINS',
      pairs(corpus.noteLinks.map((l) => [l.noteId, l.entityId])),
      (r) => r,
    ),
  ];
}

function discrepancyRelationships(corpus: Corpus): SomeTable<'relationship'>[] {
  const rows = lastByKey(corpus.discrepancies, (d) => d.id);
  const excluded = lastByKey(corpus.excluded, (x) => x.id);
  const inTurn = lastByKey(
    rows.flatMap((d) => d.turnIds.map((turnId) => [d.id, turnId] as [string, string])),
    ([a, b]) => `${a}|${b}`,
  );
  const pairsOf = (key: 'noteId' | 'entityId'): [string, string][] =>
    rows.flatMap((d) => {
      const target = d[key];
      return target === null ? [] : [[d.id, target] as [string, string]];
    });
  return [
    plain('discrepancy-in-episode', ['Discrepancy', 'Episode'], 'IN_EPISODE', rows, (d) => [
      d.id,
      d.episodeId,
    ]),
    plain('in-turn', ['Discrepancy', 'Turn'], 'IN_TURN', inTurn, (r) => r),
    plain('in-note', ['Discrepancy', 'Note'], 'IN_NOTE', pairsOf('noteId'), (r) => r),
    plain('concerns', ['Discrepancy', 'Entity'], 'CONCERNS', pairsOf('entityId'), (r) => r),
    plain('excluded-in', ['Exclusion', 'Turn'], 'EXCLUDED_IN', excluded, (x) => [x.id, x.turnId]),
  ];
}
