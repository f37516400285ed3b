import { GraphQLError, type GraphQLResolveInfo } from 'graphql';

import type { Page } from '../db/shared/models';
import {
  checkSize,
  DEFAULT_PAGE_SIZE,
  PaginationError,
  type PageArgs,
  type PageRequest,
} from '../db/shared/pagination';
import { ErrorCode, userError } from '../errors';
import type { EdgeModel } from './models';
import { selects } from './selection';

/** `first` checked for plain lists, or BAD_USER_INPUT naming the limit. */
export function windowOf(first: number | null | undefined): { first: number } {
  try {
    return { first: checkSize(first ?? DEFAULT_PAGE_SIZE) };
  } catch (error) {
    throw asUserError(error);
  }
}

/**
 * A connection's arguments as the repository takes them: passed through, with whether
 * `totalCount` is selected (it costs a count, so it runs only when asked). The repository owns
 * the order, the cursor's scope and the checks.
 */
export function pageRequest(args: PageArgs, info: GraphQLResolveInfo | boolean): PageRequest {
  const { first, after, last, before } = args;
  return {
    first,
    after,
    last,
    before,
    withCount: typeof info === 'boolean' ? info : selects(info, 'totalCount'),
  };
}

/** A page whose arguments the repository refused (a foreign, edited or stale cursor, a bad size) is BAD_USER_INPUT. */
export async function paged<T>(page: Promise<T>): Promise<T> {
  try {
    return await page;
  } catch (error) {
    throw asUserError(error);
  }
}

function asUserError(error: unknown): unknown {
  return error instanceof PaginationError
    ? userError(error.message, { argument: 'first/after' })
    : error;
}

/** The page's edges; each cursor is encoded only if the client selects it. */
export function edgesOf<T>(page: Page<T>): EdgeModel<T>[] {
  return page.items.map((node, i) => ({
    node,
    get cursor() {
      return page.cursor(i) ?? '';
    },
  }));
}

export function pageInfoOf<T>(page: Page<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    get startCursor() {
      return page.cursor(0);
    },
    get endCursor() {
      return page.cursor(page.items.length - 1);
    },
  };
}

/** totalCount of a page; it was counted because the selection asked for it. */
export function totalCountOf<T>(page: Page<T>): number {
  return present(page.totalCount, 'totalCount');
}

/**
 * A related row read with its parent (`prefetched`, which holds null when the graph has none),
 * or else loaded.
 */
export function prefetchedOr<T>(
  prefetched: T | null | undefined,
  load: () => Promise<T | null | Error>,
): T | null | Promise<T | null | Error> {
  return prefetched === undefined ? load() : prefetched;
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
