import { CursorError, decodeCursor, encodeCursor } from '../../../src/ids/cursor';

const SCOPE = 'predictions/DEADLINE_ASC';
const KEY = ['2027-01-01', 'ep-1 00012 0000040 c-12'];

/** The JSON inside a cursor, edited, and wrapped again. */
function edited(cursor: string, edit: (inside: unknown[]) => unknown): string {
  const inside = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
  return Buffer.from(JSON.stringify(edit(inside)), 'utf8').toString('base64url');
}

describe('cursor codec', () => {
  it('reads back the sort key it wrote, for its own scope and arity', () => {
    const cursor = encodeCursor(SCOPE, KEY);
    expect(decodeCursor(SCOPE, cursor, 2)).toEqual(KEY);
    expect(decodeCursor('x', encodeCursor('x', [3, 'a']), 2)).toEqual([3, 'a']);
  });

  it('tells apart keys that differ in one character', () => {
    const sums = new Set(
      ['a', 'b', 'c', 'aa', 'ab', 'ba'].map((last) => encodeCursor(SCOPE, [KEY[0] ?? '', last])),
    );
    expect(sums.size).toBe(6);
    const inside = (c: string): unknown[] =>
      JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown[];
    expect(new Set([...sums].map((c) => inside(c)[3])).size).toBe(6);
  });

  it('is opaque: URL-safe, and the same row always gets the same cursor', () => {
    const cursor = encodeCursor(SCOPE, KEY);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCursor(SCOPE, KEY)).toBe(cursor);
    expect(cursor).not.toContain('2027');
  });

  it.each([
    [
      'another connection or order',
      (c: string) => decodeCursor('claims/EPISODE_ORDER', c, 2),
      /belongs to predictions\/DEADLINE_ASC/,
    ],
    ['another arity', (c: string) => decodeCursor(SCOPE, c, 1), /wrong sort key/],
    [
      'an edited key',
      (c: string) =>
        decodeCursor(
          SCOPE,
          edited(c, (x) => [x[0], x[1], ['2099-01-01', KEY[1]], x[3]]),
          2,
        ),
      /changed/,
    ],
    [
      'an edited scope',
      (c: string) =>
        decodeCursor(
          'other',
          edited(c, (x) => [x[0], 'other', x[2], x[3]]),
          2,
        ),
      /changed/,
    ],
    [
      'an older format',
      (c: string) =>
        decodeCursor(
          SCOPE,
          edited(c, (x) => ['k0', ...x.slice(1)]),
          2,
        ),
      /format/,
    ],
    [
      'a key of objects',
      (c: string) =>
        decodeCursor(
          SCOPE,
          edited(c, (x) => [x[0], x[1], [{}, 'a'], x[3]]),
          2,
        ),
      /wrong sort key/,
    ],
    [
      'a cursor of the first format (SHA-256 checksums), as the API gave them before',
      () =>
        decodeCursor(
          'claims/EPISODE_ORDER',
          'WyJrMSIsImNsYWltcy9FUElTT0RFX09SREVSIixbIjIwMjUtMDUtMjItaXMtcmwtbGxtcy1lbm91Z2gtZm9yLWFnaSAwMDAxMCAwMDAwNjkwIGMxLXByZWQtY29uY2x1c2l2ZS1hZ2VudC1ldmlkZW5jZS1ieS1lbmQtb2YtMjAyNSJdLCJSa19PbGFOMHZkNUEiXQ',
          1,
        ),
      /stale format/,
    ],
    ['not base64url JSON', () => decodeCursor(SCOPE, 'bm90IGpzb24', 2), /unreadable/],
    [
      'an offset cursor',
      () => decodeCursor(SCOPE, Buffer.from('o:4').toString('base64url'), 2),
      /unreadable|format/,
    ],
  ])('refuses %s', (_what, decode, why) => {
    const cursor = encodeCursor(SCOPE, KEY);
    expect(() => decode(cursor)).toThrow(CursorError);
    expect(() => decode(cursor)).toThrow(why);
  });
});
