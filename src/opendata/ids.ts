import { decodeGlobalId } from '../ids/global-id';
import { ParamError } from './params';

/**
 * The API's opaque global ids, read back to the readable key they carry, so a parameter takes
 * what a GraphQL filter takes: a key, a name, or an id the API issued (read by src/ids/, the one
 * place ids are written and read).
 */
export function keyOf(value: string, accepted: readonly string[], parameter: string): string {
  const ref = decodeGlobalId(value);
  if (ref === null) return value;
  if (!accepted.includes(ref.type) || !('key' in ref)) {
    throw new ParamError(
      parameter,
      `${parameter} is the id of a ${ref.type}, not of a ${accepted.join(' or ')}`,
    );
  }
  return ref.key;
}

export function optionalKeyOf(
  value: string | null,
  accepted: readonly string[],
  parameter: string,
): string | null {
  return value === null ? null : keyOf(value, accepted, parameter);
}
