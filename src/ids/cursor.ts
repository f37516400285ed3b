/** One value of a sort key: what a keyset (seek) cursor remembers of its row. */
export type SortValue = string | number;
export type SortKey = SortValue[];

export class CursorError extends Error {
  override name = 'CursorError';
}

/**
 * Cursors are opaque to clients. Inside: the connection and order they belong to (their
 * "scope", e.g. `predictions/DEADLINE_ASC`), the sort key of their row, and a checksum. A
 * cursor from another connection or order, an edited one, or one from an older format is
 * refused. The checksum catches edits, not attackers: every value still reaches Cypher only as
 * a parameter, and its shape is checked against the order's columns. So it is FNV-1a, a few
 * multiplications a character, not a cryptographic hash: a page of 100 edges encodes 100 of
 * them. A page encodes a cursor only when a client selects it (db/shared/keyset.ts), once.
 */
const FORMAT = 'k2';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function checksum(scope: string, key: SortKey): string {
  const text = `${FORMAT}\u0000${scope}\u0000${JSON.stringify(key)}`;
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  }
  return (hash >>> 0).toString(36);
}

export function encodeCursor(scope: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([FORMAT, scope, key, checksum(scope, key)]), 'utf8').toString(
    'base64url',
  );
}

/** The sort key inside `cursor`, if it belongs to `scope` and has `arity` values. */
export function decodeCursor(scope: string, cursor: string, arity: number): SortKey {
  const refuse = (why: string): CursorError =>
    new CursorError(`"${cursor.slice(0, 40)}" is not a cursor from this API for ${scope}: ${why}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('unreadable');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== FORMAT) {
    throw refuse('unknown or stale format');
  }
  const [, from, key, sum] = parsed as unknown[];
  if (from !== scope) throw refuse(`it belongs to ${String(from).slice(0, 60)}`);
  if (
    !Array.isArray(key) ||
    key.length !== arity ||
    !key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw refuse('wrong sort key');
  }
  const values = key as SortKey;
  if (sum !== checksum(scope, values)) throw refuse('it was changed');
  return values;
}
