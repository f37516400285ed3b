import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

import type { BulkTables, Column, ColumnType } from './bulk-tables';

/**
 * Writes bulk-tables.ts's tables as the CSV files `neo4j-admin database import full` reads, one
 * file per table with its header line, and returns the tool's arguments for them. Strings are
 * always quoted (so an empty string stays one; an empty field is no property), quotes doubled,
 * line breaks kept (--multiline-fields). List elements and labels are separated by U+001F, a
 * control character no corpus text holds; a list element that does hold it is refused.
 */

export const ARRAY_DELIMITER = '\u001f';

export interface BulkFiles {
  /** Arguments for `neo4j-admin database import full`: --nodes=..., --relationships=... */
  args: string[];
  nodes: number;
  relationships: number;
}

const HEADER_TYPES: Record<ColumnType, string> = {
  string: '',
  'string[]': ':string[]',
  long: ':long',
  double: ':double',
  boolean: ':boolean',
  date: ':date',
  datetime: ':datetime',
};

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** One field of a row; '' when the row has no such property. */
export function csvField(type: ColumnType, value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = (): string =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  switch (type) {
    case 'string':
      return quote(text());
    case 'string[]': {
      const items = value as string[];
      if (items.length === 0) return '';
      if (items.some((item) => item.includes(ARRAY_DELIMITER))) {
        throw new Error(
          `a list value holds U+001F, which the bulk import cannot write: ${items.join(', ')}`,
        );
      }
      return quote(items.join(ARRAY_DELIMITER));
    }
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'date':
    case 'datetime':
      return quote(text());
    case 'long':
    case 'double':
      return text();
  }
}

/** Writes `lines` to `file` a block at a time, so a large table never sits in memory as one string. */
function writeLines<T>(file: string, header: string, rows: T[], line: (row: T) => string): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${header}\n`);
    for (let i = 0; i < rows.length; i += 5_000) {
      writeSync(
        fd,
        `${rows
          .slice(i, i + 5_000)
          .map(line)
          .join('\n')}\n`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

function propertyHeader<T>(columns: Column<T>[]): string[] {
  return columns.map(([name, type]) => `${name}${HEADER_TYPES[type]}`);
}

function propertyFields<T>(columns: Column<T>[], row: T): string[] {
  return columns.map(([, type, value]) => csvField(type, value(row)));
}

/**
 * Writes every table into `dir`. Relationships whose start or end is no node of the tables are
 * left out, as the importer's MATCH finds nothing for them.
 */
export function writeBulkFiles(tables: BulkTables, dir: string): BulkFiles {
  const args: string[] = [];
  const ids = new Map<string, Set<string>>();
  let nodes = 0;
  let relationships = 0;
  for (const some of tables.nodes) {
    some.visit((table) => {
      const file = path.join(dir, `nodes-${table.name}.csv`);
      const known = ids.get(table.idSpace) ?? new Set<string>();
      ids.set(table.idSpace, known);
      for (const row of table.rows) known.add(table.id(row));
      writeLines(
        file,
        [`id:ID(${table.idSpace})`, ':LABEL', ...propertyHeader(table.columns)].join(','),
        table.rows,
        (row) =>
          [
            quote(table.id(row)),
            quote(table.labels(row).join(ARRAY_DELIMITER)),
            ...propertyFields(table.columns, row),
          ].join(','),
      );
      nodes += table.rows.length;
      args.push(`--nodes=${file}`);
    });
  }
  for (const some of tables.relationships) {
    some.visit((table) => {
      const file = path.join(dir, `relationships-${table.name}.csv`);
      const starts = ids.get(table.from);
      const ends = ids.get(table.to);
      const rows = table.rows.filter(
        (row) => starts?.has(table.start(row)) === true && ends?.has(table.end(row)) === true,
      );
      writeLines(
        file,
        [
          `:START_ID(${table.from})`,
          `:END_ID(${table.to})`,
          ':TYPE',
          ...propertyHeader(table.columns),
        ].join(','),
        rows,
        (row) =>
          [
            quote(table.start(row)),
            quote(table.end(row)),
            quote(table.type(row)),
            ...propertyFields(table.columns, row),
          ].join(','),
      );
      relationships += rows.length;
      args.push(`--relationships=${file}`);
    });
  }
  return { args, nodes, relationships };
}
