import { GraphQLError, type GraphQLResolveInfo } from 'graphql';

import type { Page } from '../db/shared/models';
import { pageWindow, PaginationError, type PageArgs, type Window } from '../db/shared/pagination';
import { ErrorCode, userError } from '../errors';
import type { EdgeModel } from './models';
import { selects } from './selection';

/** `first` checked for plain lists, or BAD_USER_INPUT naming the limit. */
export function windowOf(first: number | null | undefined): { first: number } {
  return { first: connectionWindow('list', 0, { first }, false).size };
}

/**
 * The keyset window of one connection: `first`/`after` (or `last`/`before`) checked, the
 * cursor decoded against this connection's scope, and whether `totalCount` was selected (it
 * costs a count, so it runs only when asked). A foreign, edited or stale cursor is
 * BAD_USER_INPUT.
 */
export function connectionWindow(
  scope: string,
  arity: number,
  args: PageArgs,
  info: GraphQLResolveInfo | boolean,
): Window {
  try {
    return pageWindow(
      scope,
      arity,
      args,
      typeof info === 'boolean' ? info : selects(info, 'totalCount'),
    );
  } catch (error) {
    if (error instanceof PaginationError)
      throw userError(error.message, { argument: 'first/after' });
    throw error;
  }
}

export function edgesOf<T>(page: Page<T>): EdgeModel<T>[] {
  return page.items.map((node, i) => ({ cursor: page.cursors[i] ?? '', node }));
}

export function pageInfoOf<T>(page: Page<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors[page.cursors.length - 1] ?? null,
  };
}

/** totalCount of a page; it was counted because the selection asked for it. */
export function totalCountOf<T>(page: Page<T>): number {
  return present(page.totalCount, 'totalCount');
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
