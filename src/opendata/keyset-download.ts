import type { Page } from '../db/shared/models';
import {
  decodeCursor,
  MAX_PAGE_SIZE,
  pageWindow,
  PaginationError,
  type Window,
} from '../db/shared/pagination';
import { ParamError } from './params';

export interface DownloadWindow {
  /** The API's cursor scope for the same list and order, so its cursors work here. */
  scope: string;
  arity: number;
  after: string | null;
  limit: number;
  limitGiven: boolean;
}

export interface PagedDownload<T> {
  total: number;
  pages: AsyncGenerator<T[], void, undefined>;
}

/**
 * Any keyset list of the API as a download: the first page with its count (a bad cursor, or
 * more rows than a download holds when no limit was asked for, fails before anything is sent),
 * then page after page of at most 100, each read once the previous one was taken.
 */
export async function openPages<T>(
  read: (window: Window) => Promise<Page<T>>,
  options: DownloadWindow,
): Promise<PagedDownload<T>> {
  const { scope, arity } = options;
  let window: Window;
  try {
    window = pageWindow(
      scope,
      arity,
      { first: Math.min(MAX_PAGE_SIZE, options.limit), after: options.after },
      true,
    );
  } catch (error) {
    if (error instanceof PaginationError) throw new ParamError('after', error.message);
    throw error;
  }
  const first = await read(window);
  const total = first.totalCount ?? 0;
  if (!options.limitGiven && total > options.limit) {
    throw new ParamError(
      'limit',
      `${total} rows match, and a download holds at most ${options.limit}: narrow the filters, ` +
        'pass limit (and after, a cursor of the API) to take them a part at a time, or run ' +
        'use npm run export for the whole graph',
    );
  }
  async function* pages(): AsyncGenerator<T[], void, undefined> {
    let page = first;
    let left = options.limit;
    for (;;) {
      const items = page.items.slice(0, left);
      if (items.length > 0) yield items;
      left -= items.length;
      const last = page.cursors[page.cursors.length - 1];
      if (!page.hasNextPage || left <= 0 || last === undefined) return;
      page = await read({
        scope,
        size: Math.min(MAX_PAGE_SIZE, left),
        seek: decodeCursor(scope, last, arity),
        backward: false,
        withCount: false,
      });
    }
  }
  return { total, pages: pages() };
}
