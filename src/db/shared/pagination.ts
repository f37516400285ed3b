/** Largest page any list returns; documented in the schema and the README. */
export const MAX_PAGE_SIZE = 100;

export class PaginationError extends Error {
  override name = 'PaginationError';
}

/** Cursors are opaque to clients; inside they are offsets. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (match?.[1] === undefined)
    throw new PaginationError(`"${cursor.slice(0, 40)}" is not a cursor from this API`);
  return Number(match[1]);
}

export interface Window {
  offset: number;
  first: number;
}

/** Checks `first` and turns `after` into an offset. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  fallback = 20,
): Window {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new PaginationError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${String(size)}`);
  }
  return {
    offset: after === null || after === undefined ? 0 : decodeCursor(after) + 1,
    first: size,
  };
}
