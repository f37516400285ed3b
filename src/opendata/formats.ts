import { stringify } from 'csv-stringify/sync';

import type { Cell } from './claim-rows';

/**
 * RFC 4180 text for some records: CRLF between records, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled. A download writes the header with its first page
 * only. Booleans are true/false, null an empty field. A text cell that starts with = + - @, a
 * tab or a carriage return gets a leading apostrophe (csv-stringify's escape_formulas, as OWASP
 * advises against CSV injection): a spreadsheet then shows it as text instead of running it.
 * JSON lines keep every text exactly.
 */
export function csvText(
  records: readonly Record<string, Cell>[],
  columns: readonly string[],
  header: boolean,
): string {
  return stringify(records as Record<string, Cell>[], {
    header,
    columns: [...columns],
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

/** JSON lines: one JSON text per record, each ending in a line feed. */
export function jsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
export const JSON_LINES_TYPE = 'application/x-ndjson; charset=utf-8';
