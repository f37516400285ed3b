import { createHash } from 'node:crypto';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/page-size';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export class PaginationError extends Error {
  override name = 'PaginationError';
}

/** One value of a sort key: what a keyset (seek) cursor remembers of its row. */
export type SortValue = string | number;
export type SortKey = SortValue[];

/**
 * Cursors are opaque to clients. Inside: the connection and order they belong to (their
 * "scope", e.g. `predictions/DEADLINE_ASC`), the sort key of their row, and a checksum. A
 * cursor from another connection or order, an edited one, or one from an older format is
 * refused. The checksum catches edits, not attackers: every value still reaches Cypher only as
 * a parameter, and its shape is checked against the order's columns.
 */
const FORMAT = 'k1';

function checksum(scope: string, key: SortKey): string {
  return createHash('sha256')
    .update(`claimgraph-cursor\u0000${FORMAT}\u0000${scope}\u0000${JSON.stringify(key)}`)
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(scope: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([FORMAT, scope, key, checksum(scope, key)]), 'utf8').toString(
    'base64url',
  );
}

/** The sort key inside `cursor`, if it belongs to `scope` and has `arity` values. */
export function decodeCursor(scope: string, cursor: string, arity: number): SortKey {
  const refuse = (why: string): PaginationError =>
    new PaginationError(
      `"${cursor.slice(0, 40)}" is not a cursor from this API for ${scope}: ${why}`,
    );
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

/**
 * A page request in keyset terms: `size` rows after (or, going backward, before) `seek`.
 * Repositories fetch `size + 1` rows to learn whether there is another page.
 */
export interface Window {
  scope: string;
  size: number;
  seek: SortKey | null;
  backward: boolean;
  withCount: boolean;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Checks the page arguments of one connection and decodes its cursor. */
export function pageWindow(
  scope: string,
  arity: number,
  args: PageArgs,
  withCount: boolean,
  fallback = DEFAULT_PAGE_SIZE,
): Window {
  const backward = args.last !== null && args.last !== undefined;
  if (backward && args.first !== null && args.first !== undefined) {
    throw new PaginationError('give first or last, not both');
  }
  const size = backward ? (args.last ?? fallback) : (args.first ?? fallback);
  // 0 is allowed (Relay's spec does): such a page carries only totalCount and pageInfo.
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new PaginationError(
      `${backward ? 'last' : 'first'} must be between 0 and ${MAX_PAGE_SIZE}, got ${String(size)}`,
    );
  }
  const cursor = backward ? args.before : args.after;
  return {
    scope,
    size,
    seek: cursor === null || cursor === undefined ? null : decodeCursor(scope, cursor, arity),
    backward,
    withCount,
  };
}
