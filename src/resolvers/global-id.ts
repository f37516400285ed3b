import { userError } from '../errors';

/**
 * Global Object Identification: every type with identity gets an `id` that is unique across
 * the whole graph and opaque (base64url of ["Type", ...parts]), so a client cache keyed by id
 * alone never mixes a prediction with its claim or a person with their entity. The readable
 * keys (sholto-douglas, <episode>#t007) stay as `key` fields and are accepted by every lookup.
 * This module is the only place that knows how an id is built.
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

export type NodeType = (typeof NODE_TYPES)[number];

export interface DecodedId {
  type: NodeType;
  /** The key parts: one readable key, or several for types identified by a combination. */
  parts: string[];
}

export function globalId(type: NodeType, ...parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify([type, ...parts.map(String)]), 'utf8').toString('base64url');
}

/** The type and key parts of a global id; null for anything this service did not issue. */
export function decodeGlobalId(id: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length < 2) return null;
  const [type, ...parts] = decoded as unknown[];
  const known = NODE_TYPES.find((name) => name === type);
  if (known === undefined || !parts.every((part): part is string => typeof part === 'string')) {
    return null;
  }
  return { type: known, parts };
}

/**
 * The readable key a lookup argument names: a global id of one of the `accepted` types, or the
 * readable key itself. A global id of another type is a mistake worth saying so.
 */
export function keyOf(value: string, accepted: readonly NodeType[], argument: string): string {
  const decoded = decodeGlobalId(value);
  if (decoded === null) return value;
  const [key] = decoded.parts;
  if (!accepted.includes(decoded.type) || key === undefined || decoded.parts.length !== 1) {
    throw userError(
      `${argument} is the id of a ${decoded.type}, not of a ${accepted.join(' or ')}`,
      {
        argument,
      },
    );
  }
  return key;
}

/** keyOf for optional arguments. */
export function optionalKeyOf(
  value: string | null | undefined,
  accepted: readonly NodeType[],
  argument: string,
): string | null {
  return value === null || value === undefined ? null : keyOf(value, accepted, argument);
}
