/**
 * The one vocabulary of claimgraph: every entity type, relationship type, claim kind, status,
 * role and confidence bucket, as the annotation files write it and as the graph stores it.
 * The importer, the read side, the resolvers and the validator take them from here; codegen
 * maps the GraphQL enums onto these stored values (codegen.yml), and tests check that the SDL
 * and seed/annotation.schema.json list exactly these.
 */

/** Entity types as annotated and stored (`type` property) → the Neo4j label each also gets. */
export const ENTITY_LABELS = {
  person: 'Person',
  organization: 'Organization',
  work: 'Work',
  product: 'Product',
  program: 'Program',
  event: 'Event',
  hardware: 'Hardware',
  concept: 'Concept',
  place: 'Place',
} as const;
export type EntityType = keyof typeof ENTITY_LABELS;
export type EntityLabel = (typeof ENTITY_LABELS)[EntityType];
export const ENTITY_TYPES = keys(ENTITY_LABELS);

/** Entity relations as annotated → the relationship type stored between the two entities. */
export const ENTITY_RELATION_TYPES = {
  affiliated_with: 'AFFILIATED_WITH',
  authored_by: 'AUTHORED_BY',
  invested_in: 'INVESTED_IN',
  member_of: 'MEMBER_OF',
  developed_by: 'DEVELOPED_BY',
  part_of: 'PART_OF',
  instance_of: 'INSTANCE_OF',
  related_to: 'RELATED_TO',
} as const;
export type EntityRelationKind = keyof typeof ENTITY_RELATION_TYPES;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[EntityRelationKind];

/** Claim relations as annotated → the relationship type stored from one claim to the other. */
export const CLAIM_RELATION_TYPES = {
  supports: 'SUPPORTS',
  contradicts: 'CONTRADICTS',
  refines: 'REFINES',
  answers: 'ANSWERS',
  /** One person agrees with another's claim or prediction. */
  endorses: 'ENDORSES',
} as const;
export type ClaimRelationKind = keyof typeof CLAIM_RELATION_TYPES;
export type ClaimRelationType = (typeof CLAIM_RELATION_TYPES)[ClaimRelationKind];

export const CLAIM_KINDS = [
  'assertion',
  'explanation',
  'opinion',
  'recommendation',
  'prediction',
  'question',
  'anecdote',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Confidence buckets → the probability that a prediction comes true, read from its words. */
export const CONFIDENCE_BUCKETS = {
  'almost-certain': 0.95,
  likely: 0.75,
  'toss-up': 0.5,
  unlikely: 0.25,
  remote: 0.05,
} as const;
export type ConfidenceBucket = keyof typeof CONFIDENCE_BUCKETS;
export const CONFIDENCE_BUCKET_NAMES = keys(CONFIDENCE_BUCKETS);

/** A prediction's status; OPEN until a resolution says otherwise. */
export const PREDICTION_STATUSES = [
  'OPEN',
  'CORRECT',
  'INCORRECT',
  'PARTIALLY_CORRECT',
  'UNRESOLVABLE',
] as const;
export type PredictionStatus = (typeof PREDICTION_STATUSES)[number];

export const SPEAKER_ROLES = ['host', 'panelist'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/**
 * How a reported view is worded: the speaker's rendering (even inside quotation marks) or the
 * reported person's own words, known to be verbatim (seed/README.md, rule 6).
 */
export const ATTRIBUTION_WORDINGS = ['paraphrase', 'quotation'] as const;
export type AttributionWording = (typeof ATTRIBUTION_WORDINGS)[number];

export const DISCREPANCY_KINDS = [
  'mishearing',
  'misspelling',
  'garbled-name',
  'wrong-title',
  'wrong-expansion',
  'swapped-names',
  'factual',
  'attribution',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/** A stored value's name in GraphQL: upper case, dashes as underscores (toss-up → TOSS_UP). */
export function graphqlEnumName(stored: string): string {
  return stored.toUpperCase().replace(/-/g, '_');
}

/** GraphQL enum value → stored value, for codegen's enumValues and the enum resolvers. */
export function graphqlEnumValues<T extends string>(stored: readonly T[]): Record<string, T> {
  return Object.fromEntries(stored.map((value) => [graphqlEnumName(value), value]));
}

/**
 * Each GraphQL enum that names a vocabulary, with the stored values it stands for. Relationship
 * types are read back from the graph with type(r), so those enums carry the stored type.
 */
export const GRAPHQL_ENUMS = {
  EntityType: ENTITY_TYPES,
  EntityRelationType: Object.values(ENTITY_RELATION_TYPES),
  ClaimRelationType: Object.values(CLAIM_RELATION_TYPES),
  ClaimKind: CLAIM_KINDS,
  ConfidenceBucket: CONFIDENCE_BUCKET_NAMES,
  PredictionStatus: PREDICTION_STATUSES,
  SpeakerRole: SPEAKER_ROLES,
  AttributionWording: ATTRIBUTION_WORDINGS,
} as const;

function keys<T extends Record<string, unknown>>(record: T): readonly (keyof T & string)[] {
  return Object.keys(record).filter((key): key is keyof T & string => key in record);
}
