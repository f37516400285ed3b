/**
 * Object types with no identity of their own: values that belong inside their parent. Client
 * caches must store them embedded (Apollo: merge into the parent; graphcache: key null).
 * Every other object type implements Node and has a globally unique `id`.
 * A test checks this list against the schema, so it cannot drift.
 */
export const EMBEDDED_TYPES = [
  'Health',
  'Neo4jStatus',
  'PageInfo',
  'KeyValue',
  'Confidence',
  'Attribution',
  'Endorsement',
  'DateWindow',
  'RelatedEntity',
  'SearchHit',
  'Dashboard',
  'Totals',
  'SpeakerCount',
  'LabelCount',
  'SectionCount',
  'EntityCount',
  'SpeakerTrackRecord',
  'ClaimConnection',
  'ClaimEdge',
  'PredictionConnection',
  'PredictionEdge',
  'EntityConnection',
  'EntityEdge',
  'MentionConnection',
  'MentionEdge',
  'TurnConnection',
  'TurnEdge',
] as const;
