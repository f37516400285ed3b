import Ajv, { type ErrorObject } from 'ajv';
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';

import { roundMillis } from '../../domain/media-time';
import { fieldName } from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import type { CaptionParse } from './caption-types';
import { normaliseSpaces } from './speaker-prefix';

/**
 * Whisper's JSON (`{ text, segments: [{ id, seek, start, end, text, tokens, ... }] }`) and
 * WhisperX's (segments with `speaker` once diarised, and `words`). Only what a transcript needs
 * is checked; the rest of each segment may be anything.
 */
const SCHEMA = {
  type: 'object',
  required: ['segments'],
  properties: {
    segments: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['start', 'end', 'text'],
        properties: {
          start: { type: 'number', minimum: 0 },
          end: { type: 'number', minimum: 0 },
          text: { type: 'string' },
          speaker: { type: 'string' },
        },
      },
    },
  },
} as const;

interface WhisperSegment {
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Whisper or WhisperX JSON into cues; every shape error with its line and field. */
export function parseWhisper(text: string, file: string): CaptionParse {
  // jsonc-parser (VS Code's JSON parser) keeps every value's offset and says where JSON breaks,
  // in strict JSON mode: no comments, no trailing commas.
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length;
  if (errors.length > 0 || tree === undefined) {
    return {
      ok: false,
      problems: errors.slice(0, 5).map((error) => ({
        file,
        line: lineAt(error.offset),
        field: 'json',
        message: `not JSON: ${describeJsonError(printParseErrorCode(error.error))}`,
      })),
    };
  }
  const lineOf = (parts: (string | number)[]): number => {
    for (let length = parts.length; length >= 0; length -= 1) {
      const node: Node | undefined = findNodeAtLocation(tree, parts.slice(0, length));
      if (node !== undefined) return lineAt(node.offset);
    }
    return 1;
  };
  const data = JSON.parse(text) as unknown;
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
  if (!validator(data)) {
    return {
      ok: false,
      problems: (validator.errors ?? []).map((error) => schemaProblem(file, error, lineOf)),
    };
  }
  const segments = (data as { segments: WhisperSegment[] }).segments;
  const problems: Problem[] = [];
  const cues = segments.flatMap((segment, i) => {
    const line = lineOf(['segments', i]);
    if (segment.end < segment.start) {
      problems.push({
        file,
        line,
        field: `segments[${i}].end`,
        message: `ends (${segment.end}) before it starts (${segment.start})`,
      });
    }
    const words = normaliseSpaces(segment.text);
    if (words === '') return [];
    return [
      {
        start: roundMillis(segment.start),
        end: roundMillis(segment.end),
        speaker: segment.speaker ?? null,
        text: words,
        line,
      },
    ];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cues, chapters: [] };
}

/** `ValueExpected` → `a value expected`. */
function describeJsonError(code: string): string {
  return `${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

function schemaProblem(
  file: string,
  error: ErrorObject,
  lineOf: (parts: (string | number)[]) => number,
): Problem {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return {
      file,
      line: lineOf(parts),
      field: fieldName([...parts, String(params.missingProperty)]) || '(file)',
      message: `is required: a Whisper segment has start and end (seconds) and text`,
    };
  }
  return {
    file,
    line: lineOf(parts),
    field: fieldName(parts) || '(file)',
    message: error.message ?? 'is invalid',
  };
}
