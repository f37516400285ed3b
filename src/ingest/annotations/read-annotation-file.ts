import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

import { PROJECT_ROOT } from '../../config';
import type { Problem } from '../problems';
import { readTextFile } from '../text-file';
import type { AnnotationFile } from './annotation-types';

export const ANNOTATION_SCHEMA_FILE = path.join(PROJECT_ROOT, 'seed', 'annotation.schema.json');

/** A parsed annotation file that knows the line of every value in it. */
export interface LocatedAnnotationFile {
  file: string;
  data: AnnotationFile;
  /** The 1-based line of the value at a path such as ['claims', 3, 'quote']. */
  lineOf(pathParts: readonly (string | number)[]): number;
}

export type ReadResult =
  { ok: true; file: LocatedAnnotationFile } | { ok: false; problems: Problem[] };

let validator: ReturnType<Ajv['compile']> | undefined;

function schemaValidator(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(ANNOTATION_SCHEMA_FILE, 'utf8')) as object);
  }
  return validator;
}

/** Reads YAML (or JSON, which is YAML too) and checks it against the annotation schema. */
export function readAnnotationFile(file: string): ReadResult {
  const read = readTextFile(file, 'annotation file');
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return parseAnnotationText(file, read.text);
}

export function parseAnnotationText(file: string, text: string): ReadResult {
  const fast = parseJsonFlow(text);
  if (fast !== undefined) {
    // Positions are needed only to report problems, so the full YAML parse waits until then.
    let located: ((pathParts: readonly (string | number)[]) => number) | undefined;
    const lineOf = (pathParts: readonly (string | number)[]): number => {
      located ??= parseLocated(file, text).lineOf;
      return located(pathParts);
    };
    return checked(file, fast, lineOf);
  }
  const parsed = parseLocated(file, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checked(file, parsed.data, parsed.lineOf);
}

/**
 * Annotation files written as JSON (which is YAML too), such as the generated corpus, parse
 * with JSON.parse: ten times faster than a YAML parse that keeps positions. Documents with
 * repeated keys take the YAML path, which refuses them.
 */
function parseJsonFlow(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  let keys = 0;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key !== '') keys += 1;
      return value;
    });
  } catch {
    return undefined;
  }
  return keys === countKeys(data) ? data : undefined;
}

/** Keys and array items in a parsed JSON value: fewer than the reviver saw means duplicates. */
function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + 1 + countKeys(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((n: number, item) => n + 1 + countKeys(item), 0);
  }
  return 0;
}

type Located =
  | { ok: true; data: unknown; lineOf: (pathParts: readonly (string | number)[]) => number }
  | { ok: false; problems: Problem[]; lineOf: (pathParts: readonly (string | number)[]) => number };

function parseLocated(file: string, text: string): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (pathParts: readonly (string | number)[]): number =>
    locate(doc, lineCounter, pathParts);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      lineOf,
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
        field: 'yaml',
        message: error.message.split('\n')[0] ?? error.message,
      })),
    };
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}

function checked(
  file: string,
  data: unknown,
  lineOf: (pathParts: readonly (string | number)[]) => number,
): ReadResult {
  const validate = schemaValidator();
  if (!validate(data)) {
    return {
      ok: false,
      problems: (validate.errors ?? [])
        .filter(useful)
        .map((error) => schemaProblem(file, error, lineOf)),
    };
  }
  return { ok: true, file: { file, data: data as AnnotationFile, lineOf } };
}

/** Walks up the path until a node with a position is found. */
function locate(
  doc: Document,
  lineCounter: LineCounter,
  pathParts: readonly (string | number)[],
): number {
  for (let length = pathParts.length; length >= 0; length -= 1) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(pathParts.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

// if/then/else and oneOf add a summary error beside the specific one; keep the specific one.
function useful(error: ErrorObject): boolean {
  return error.keyword !== 'if';
}

function schemaProblem(
  file: string,
  error: ErrorObject,
  lineOf: (pathParts: readonly (string | number)[]) => number,
): Problem {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) =>
      /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~'),
    );
  let field = fieldName(parts);
  let linePath: (string | number)[] = parts;
  let message = error.message ?? 'is invalid';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const extra = String(params.additionalProperty);
    linePath = [...parts, extra];
    field = fieldName(linePath);
    message = 'is not a known field';
  } else if (error.keyword === 'required') {
    const missing = String(params.missingProperty);
    field = fieldName([...parts, missing]);
    message = 'is required';
  } else if (error.keyword === 'enum') {
    message = `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
  } else if (error.keyword === 'not' && parts.at(-1) === 'prediction') {
    message = 'give either due or window, not both';
  } else if (error.keyword === 'not') {
    message = 'only a claim of kind prediction may have a prediction block';
    field = fieldName([...parts, 'prediction']);
  } else if (error.keyword === 'oneOf') {
    message = 'give exactly one of turn or note';
  }
  return { file, line: lineOf(linePath), field: field === '' ? '(file)' : field, message };
}

export function fieldName(parts: readonly (string | number)[]): string {
  return parts.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name === '' ? part : `${name}.${part}`,
    '',
  );
}
