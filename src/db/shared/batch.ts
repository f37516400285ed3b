import type { Database, Params } from '../database';
import type { Page } from './models';
import { toPage, windowParams } from './keyset';
import type { SortKey, Window } from './pagination';

/**
 * Runs one query for a batch of keys and groups the rows by their `key` column, in the order
 * of the keys asked for. The query must UNWIND $keys AS key and return key.
 */
export async function grouped<Row extends { key: string }>(
  db: Database,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<Row[][]> {
  const rows = await db.read<Row>(cypher, { ...params, keys: [...new Set(keys)] });
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Like grouped, for queries that return at most one row per key. */
export async function single<Row extends { key: string }>(
  db: Database,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<(Row | null)[]> {
  return (await grouped<Row>(db, cypher, keys, params)).map((rows) => rows[0] ?? null);
}

/**
 * One page per key for keyset queries that return `key, rows, totalCount` (nested lists such
 * as a person's claims): every key shares the same window, so one query serves them all.
 */
export async function pagesPerKey<T>(
  db: Database,
  cypher: string,
  keys: readonly string[],
  window: Window,
  params: Params = {},
): Promise<Page<T>[]> {
  const found = await single<{ key: string; totalCount: number | null; rows: KeyedRow<T>[] }>(
    db,
    cypher,
    keys,
    { ...params, ...windowParams(window) },
  );
  return found.map((row) =>
    toPage(window, row?.rows ?? [], window.withCount ? (row?.totalCount ?? 0) : null),
  );
}

/** What a keyset statement returns per row: the node and its sort key. */
export interface KeyedRow<T> {
  node: T;
  key: SortKey;
}

/** For queries that return `key, row`: the rows of each key, without the key column. */
export async function groupedRows<T>(
  db: Database,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<T[][]> {
  const groups = await grouped<{ key: string; row: T }>(db, cypher, keys, params);
  return groups.map((rows) => rows.map((r) => r.row));
}

/** For queries that return `key, row` with at most one row per key. */
export async function singleRow<T>(
  db: Database,
  cypher: string,
  keys: readonly string[],
  params: Params = {},
): Promise<(T | null)[]> {
  const rows = await single<{ key: string; row: T }>(db, cypher, keys, params);
  return rows.map((r) => r?.row ?? null);
}
