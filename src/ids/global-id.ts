/**
 * Global Object Identification: every type with identity gets an `id` that is unique across
 * the whole graph and opaque (base64url of ["Type", ...parts]), so a client cache keyed by id
 * alone never mixes a prediction with its claim or a person with their entity. The readable
 * keys (sholto-douglas, <episode>#t007) stay as `key` fields and are accepted by every lookup.
 *
 * This module is the only place that knows how an id is built: ID_PARTS names the parts of
 * each type's id in order, globalId() writes them and decodeGlobalId() reads them back by name.
 */
export const ID_PARTS = {
  Episode: ['key'],
  Section: ['key'],
  Turn: ['key'],
  Note: ['key'],
  Discrepancy: ['episodeId', 'key'],
  Appearance: ['episodeId', 'personId'],
  PersonAppearance: ['episodeId', 'personId'],
  Person: ['key'],
  TrackRecord: ['personId'],
  Claim: ['key'],
  // A relation is seen from one end: its id names that end, the relation type, the direction and the other.
  ClaimRelation: ['fromId', 'relation', 'direction', 'otherId'],
  Prediction: ['key'],
  Resolution: ['claimId', 'key'],
  Entity: ['key'],
  EntityRelation: ['fromId', 'relation', 'direction', 'otherId'],
  Mention: ['turnId', 'entityId', 'start'],
  Citation: ['entityId', 'personId'],
} as const satisfies Record<string, readonly string[]>;

export type NodeType = keyof typeof ID_PARTS;
export const NODE_TYPES = Object.keys(ID_PARTS) as NodeType[];

/** The named parts of one type's id, as written: numbers (a mention's offset) may be given. */
export type IdParts<T extends NodeType> = Record<(typeof ID_PARTS)[T][number], string | number>;

/** What a global id names: its type and its parts, by name, as strings. */
export type NodeRef = {
  [T in NodeType]: { type: T } & Record<(typeof ID_PARTS)[T][number], string>;
}[NodeType];

export function globalId<T extends NodeType>(type: T, parts: IdParts<T>): string {
  const values = ID_PARTS[type].map((name: string) => String(parts[name as keyof IdParts<T>]));
  return Buffer.from(JSON.stringify([type, ...values]), 'utf8').toString('base64url');
}

/** Types whose id is their readable key alone: lookups by argument accept these. */
export type KeyedType = {
  [T in NodeType]: (typeof ID_PARTS)[T] extends readonly ['key'] ? T : never;
}[NodeType];

/** The type and named parts of a global id; null for anything this service did not issue. */
export function decodeGlobalId(id: string): NodeRef | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length < 2) return null;
  const [type, ...values] = decoded as unknown[];
  const known = NODE_TYPES.find((name) => name === type);
  if (known === undefined || !values.every((value): value is string => typeof value === 'string')) {
    return null;
  }
  const names: readonly string[] = ID_PARTS[known];
  if (values.length !== names.length) return null;
  const ref: Record<string, string> = { type: known };
  names.forEach((name, i) => {
    ref[name] = values[i] ?? '';
  });
  return ref as NodeRef;
}
