import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/page-size';
import { CursorError, decodeCursor, type SortKey } from '../../ids/cursor';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };
export type { SortKey, SortValue } from '../../ids/cursor';

/** Page arguments a client got wrong: a size out of range, or a cursor that is not for this list. */
export class PaginationError extends Error {
  override name = 'PaginationError';
}

/** A connection's arguments, as the client gave them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * What a resolver hands a repository for one page: the client's arguments untouched, and
 * whether the selection asks for totalCount (it costs a count, so it runs only when asked).
 * The repository owns the rest: the sort key, the cursor's scope, the seek.
 */
export interface PageRequest extends PageArgs {
  withCount: boolean;
}

/** How a keyset statement is built: its direction, whether it seeks, whether it counts. */
export interface PageOptions {
  backward: boolean;
  seek: boolean;
  withCount: boolean;
}

/** The statement options of a window. */
export function pageOptions(window: Window): PageOptions {
  return { backward: window.backward, seek: window.seek !== null, withCount: window.withCount };
}

/** The same request, as one string: a prefetched page is used only for the arguments it was read for. */
export function requestKey(request: PageRequest): string {
  const { first, after, last, before, withCount } = request;
  return JSON.stringify([first ?? null, after ?? null, last ?? null, before ?? null, withCount]);
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

/**
 * Checks a page request against one connection and order (`scope`, whose sort key has `arity`
 * columns) and decodes its cursor. Throws PaginationError for a size outside 0..100, both
 * first and last, or a cursor from another connection, order or format, or an edited one.
 */
export function openWindow(
  scope: string,
  arity: number,
  request: PageRequest,
  fallback = DEFAULT_PAGE_SIZE,
): Window {
  const backward = request.last !== null && request.last !== undefined;
  if (backward && request.first !== null && request.first !== undefined) {
    throw new PaginationError('give first or last, not both');
  }
  const size = checkSize(
    backward ? (request.last ?? fallback) : (request.first ?? fallback),
    backward ? 'last' : 'first',
  );
  const cursor = backward ? request.before : request.after;
  let seek: SortKey | null = null;
  if (cursor !== null && cursor !== undefined) {
    try {
      seek = decodeCursor(scope, cursor, arity);
    } catch (error) {
      throw error instanceof CursorError ? new PaginationError(error.message) : error;
    }
  }
  return { scope, size, seek, backward, withCount: request.withCount };
}

/** A page size: 0 is allowed (Relay's spec does: such a page carries only totalCount and pageInfo). */
export function checkSize(size: number, argument = 'first'): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new PaginationError(
      `${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${String(size)}`,
    );
  }
  return size;
}
