import path from 'node:path';

import type { CaptionFormat } from './caption-types';

const BY_EXTENSION: Record<string, CaptionFormat> = {
  '.vtt': 'vtt',
  '.webvtt': 'vtt',
  '.srt': 'srt',
  '.json': 'whisper',
  '.txt': 'text',
  '.text': 'text',
};

/**
 * The format of a caption file: from its extension when it has a known one, otherwise from its
 * first line (`WEBVTT`, a JSON object, a cue number above a timing line, else plain text).
 */
export function detectFormat(file: string, text: string): CaptionFormat {
  const byExtension = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (byExtension !== undefined) return byExtension;
  const lines = text.split('\n').map((line) => line.trim());
  const first = lines.findIndex((line) => line !== '');
  const head = lines[first] ?? '';
  if (/^WEBVTT(\s|$)/.test(head)) return 'vtt';
  if (head.startsWith('{')) return 'whisper';
  if (/^\d+$/.test(head) && (lines[first + 1] ?? '').includes('-->')) return 'srt';
  return 'text';
}
