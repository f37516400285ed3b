import { encodeCursor } from '../../ids/cursor';
import type { Page } from './models';
import type { SortKey, Window } from './pagination';

/**
 * Keyset (seek) pagination: ORDER BY and LIMIT run inside Cypher, and a page starts right after
 * the sort key of the previous page's last row, so a deep page costs what the first does (no
 * SKIP, no collect() of every match). Every column must be non-null (coalesce it) and the last
 * one unique, so that the order is total and no row is skipped or repeated.
 */
export interface SortColumn {
  /** A Cypher expression over the statement's variables; fixed text, never input. */
  expr: string;
  desc?: boolean;
  /**
   * The column's value in a cursor when `expr` is not a string or number (a date: its ISO
   * text), and how a cursor's value is turned back for comparing with `expr` (`date($seek[0])`).
   */
  key?: string;
  seek?: (param: string) => string;
}

function descending(column: SortColumn, backward: boolean): boolean {
  return (column.desc ?? false) !== backward;
}

/** `ORDER BY` text for the columns, reversed when paging backward. */
export function orderBy(columns: readonly SortColumn[], backward: boolean): string {
  return columns
    .map((column) => `${column.expr}${descending(column, backward) ? ' DESC' : ''}`)
    .join(', ');
}

/**
 * The seek predicate: rows strictly after `$seek` in the (possibly reversed) order, written
 * out as (a > $seek[0]) OR (a = $seek[0] AND b > $seek[1]) ... so each column keeps its own
 * direction.
 */
export function seekPredicate(columns: readonly SortColumn[], backward: boolean): string {
  const value = (column: SortColumn, i: number): string =>
    column.seek ? column.seek(`$seek[${i}]`) : `$seek[${i}]`;
  const terms = columns.map((column, i) => {
    const equal = columns
      .slice(0, i)
      .map((previous, j) => `${previous.expr} = ${value(previous, j)}`)
      .join(' AND ');
    const beyond = `${column.expr} ${descending(column, backward) ? '<' : '>'} ${value(column, i)}`;
    return equal === '' ? beyond : `(${equal} AND ${beyond})`;
  });
  return `(${terms.join(' OR ')})`;
}

/** A list expression of the sort key, returned with each row to build its cursor. */
export function sortKeyOf(columns: readonly SortColumn[]): string {
  return `[${columns.map((column) => column.key ?? column.expr).join(', ')}]`;
}

/** Parameters every keyset statement takes. */
export function windowParams(window: Window): { seek: SortKey | null; limit: number } {
  return { seek: window.seek, limit: window.size + 1 };
}

/**
 * Turns the `size + 1` rows a keyset statement returned into a page in the client's order,
 * with pageInfo answered without another query. A row's cursor is encoded when a client
 * selects it (an edge's cursor, pageInfo's start or end), once.
 */
export function toPage<T>(
  window: Window,
  rows: readonly { node: T; key: SortKey }[],
  totalCount: number | null,
): Page<T> {
  const more = rows.length > window.size;
  const taken = rows.slice(0, window.size);
  if (window.backward) taken.reverse();
  const cursors: string[] = [];
  return {
    items: taken.map((row) => row.node),
    cursor: (i) => {
      const row = taken[i];
      if (row === undefined) return null;
      cursors[i] ??= encodeCursor(window.scope, row.key);
      return cursors[i];
    },
    hasNextPage: window.backward ? window.seek !== null : more,
    hasPreviousPage: window.backward ? more : window.seek !== null,
    totalCount,
  };
}
