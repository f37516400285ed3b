import { ParamError } from './params';

/**
 * The API's opaque global ids, read back to the readable key they carry, so a parameter takes
 * what a GraphQL filter takes: a key, a name, or an id the API issued. The format is
 * src/resolvers/global-id.ts's (base64url of ["Type", ...parts]); test/unit/opendata-ids.test.ts
 * checks this reading against ids made there, so the two cannot drift apart unnoticed.
 */
const GLOBAL_ID = /^[A-Za-z0-9_-]+$/;

function decode(value: string): { type: string; parts: string[] } | null {
  if (!GLOBAL_ID.test(value)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length < 2) return null;
  const [type, ...parts] = decoded as unknown[];
  if (typeof type !== 'string' || !parts.every((part) => typeof part === 'string')) return null;
  return { type, parts };
}

/** The key in a global id of one of `accepted`; the value itself when it is no global id. */
export function keyOf(value: string, accepted: readonly string[], parameter: string): string {
  const decoded = decode(value);
  if (decoded === null || !/^[A-Z][A-Za-z]+$/.test(decoded.type)) return value;
  const [key] = decoded.parts;
  if (!accepted.includes(decoded.type) || key === undefined || decoded.parts.length !== 1) {
    throw new ParamError(
      parameter,
      `${parameter} is the id of a ${decoded.type}, not of a ${accepted.join(' or ')}`,
    );
  }
  return key;
}

export function optionalKeyOf(
  value: string | null,
  accepted: readonly string[],
  parameter: string,
): string | null {
  return value === null ? null : keyOf(value, accepted, parameter);
}
