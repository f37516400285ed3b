import type { Page } from '../db/shared/models';
import { MAX_PAGE_SIZE, PaginationError, type PageRequest } from '../db/shared/pagination';
import { ParamError } from './params';

export interface DownloadWindow {
  /** A cursor of the API's same list and order: the repository checks it is one. */
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
  read: (request: PageRequest) => Promise<Page<T>>,
  options: DownloadWindow,
): Promise<PagedDownload<T>> {
  const size = (left: number): number => Math.min(MAX_PAGE_SIZE, left);
  let first: Page<T>;
  try {
    first = await read({ first: size(options.limit), after: options.after, withCount: true });
  } catch (error) {
    if (error instanceof PaginationError) throw new ParamError('after', error.message);
    throw error;
  }
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
      const last = page.items.length > 0 ? page.cursor(page.items.length - 1) : null;
      if (!page.hasNextPage || left <= 0 || last === null) return;
      page = await read({ first: size(left), after: last, withCount: false });
    }
  }
  return { total, pages: pages() };
}
