import { readFileSync, statSync } from 'node:fs';

import type { Problem } from './problems';

/** Annotation and transcript files are small; anything above this is refused unread. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: Problem };

/** Reads a file that must be UTF-8 text of a sane size, or says why it is not. */
export function readTextFile(file: string, what: string): TextFile {
  const fail = (message: string): TextFile => ({
    ok: false,
    problem: { file, line: 0, field: 'file', message },
  });
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return fail(`not a file`);
    size = stat.size;
  } catch (error) {
    return fail(`cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (size > MAX_INPUT_BYTES) {
    return fail(`${what} is ${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes`);
  }
  const bytes = readFileSync(file);
  return decodeText(file, bytes, what);
}

export function decodeText(file: string, bytes: Uint8Array, what: string): TextFile {
  const fail = (message: string): TextFile => ({
    ok: false,
    problem: { file, line: 0, field: 'file', message },
  });
  if (bytes.includes(0)) return fail(`${what} is not text (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${what} is not UTF-8 text`);
  }
  if (text.trim() === '') return fail(`${what} is empty`);
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
