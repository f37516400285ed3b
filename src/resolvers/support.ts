import { GraphQLError } from 'graphql';

import type { Page } from '../db/shared/models';
import { encodeCursor, pageWindow, PaginationError, type Window } from '../db/shared/pagination';
import { ErrorCode, userError } from '../errors';
import type { EdgeModel } from './models';

/** `first`/`after` checked, or BAD_USER_INPUT naming the limit. */
export function windowOf(first: number | null | undefined, after?: string | null): Window {
  try {
    return pageWindow(first, after);
  } catch (error) {
    if (error instanceof PaginationError)
      throw userError(error.message, { argument: 'first/after' });
    throw error;
  }
}

export function edgesOf<T>(page: Page<T>): EdgeModel<T>[] {
  return page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

export function pageInfoOf<T>(page: Page<T>) {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: last + 1 < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(last) : null,
  };
}

/** A loaded row that must exist because the graph links to it. */
export function present<T>(value: T | null | undefined | Error, what: string): T {
  if (value === null || value === undefined || value instanceof Error) {
    throw new GraphQLError(`${what} is missing from the graph`, {
      extensions: { code: ErrorCode.Internal },
    });
  }
  return value;
}

/** Drops nulls and errors from a batch of loaded rows. */
export function existing<T>(values: (T | null | Error)[]): T[] {
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}

export function checkLength(value: string, max: number, argument: string): string {
  if (value.length > max)
    throw userError(`${argument} is longer than ${max} characters`, { argument });
  return value;
}

/**
 * Short lists (a turn's claims, an entity's relations) come whole from their loader and are
 * cut here, so no list answers with more than `first` (at most 100) items.
 */
export async function firstOf<T>(
  items: T[] | Promise<T[]>,
  first: number | null | undefined,
): Promise<T[]> {
  const size = windowOf(first).first;
  return (await items).slice(0, size);
}
