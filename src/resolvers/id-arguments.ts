import { userError } from '../errors';
import { decodeGlobalId, type KeyedType } from '../ids/global-id';

/**
 * The readable key a lookup argument names: a global id of one of the `accepted` types (see
 * src/ids/global-id.ts), or the readable key itself. A global id of another type is a mistake
 * worth saying so.
 */
export function keyOf(value: string, accepted: readonly KeyedType[], argument: string): string {
  const decoded = decodeGlobalId(value);
  if (decoded === null) return value;
  const key =
    accepted.some((type) => type === decoded.type) && 'key' in decoded ? decoded.key : null;
  if (key === null) {
    throw userError(
      `${argument} is the id of a ${decoded.type}, not of a ${accepted.join(' or ')}`,
      { argument },
    );
  }
  return key;
}

/** keyOf for optional arguments. */
export function optionalKeyOf(
  value: string | null | undefined,
  accepted: readonly KeyedType[],
  argument: string,
): string | null {
  return value === null || value === undefined ? null : keyOf(value, accepted, argument);
}
