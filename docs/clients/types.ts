/**
 * Every type that implements Node: it has a globally unique `id`, and node(id:) fetches it.
 * Apollo Client needs this list as `possibleTypes` to match fragments on Node.
 */
export const NODE_TYPES = [
  'Episode',
  'Section',
  'Turn',
  'Note',
  'Discrepancy',
  'Appearance',
  'PersonAppearance',
  'Person',
  'TrackRecord',
  'Claim',
  'ClaimRelation',
  'Prediction',
  'Resolution',
  'Entity',
  'EntityRelation',
  'Mention',
  'Citation',
  'Exclusion',
] as const;

/**
 * Object types with no identity of their own: values that belong inside their parent. Client
 * caches must store them embedded (Apollo: merge into the parent; graphcache: key null).
 * Every other object type implements Node and has a globally unique `id`.
 * A test checks both lists against the schema, so they cannot drift.
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
  'PersonConnection',
  'PersonEdge',
  'EpisodeConnection',
  'EpisodeEdge',
  'ClaimEdge',
  'PredictionConnection',
  'PredictionEdge',
  'EntityConnection',
  'EntityEdge',
  'MentionConnection',
  'MentionEdge',
  'TurnConnection',
  'TurnEdge',
  'Review',
  'Retraction',
  'Revision',
  'FieldChange',
  'Suggestion',
  'SuggestionCue',
  'DueDateDerivation',
  'ConfidenceReading',
  'HedgeMatch',
  'ClaimChange',
  'Viewer',
] as const;
