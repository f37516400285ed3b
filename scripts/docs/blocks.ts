// Generated blocks inside hand-written markdown: `<!-- figures:NAME -->` … `<!-- /figures:NAME -->`.
// Everything between the two markers is rewritten by `npm run docs` (and `npm run examples -- --docs` for the answers that need a database); the rest of the file is prose.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { formatMarkdown } from './format';

export interface Block {
  name: string;
  /** The text between the markers, without the newlines that follow and precede them. */
  body: string;
  start: number;
  end: number;
}

const OPEN = /<!-- figures:([a-z0-9-]+) -->\n/g;

/** Every block of a markdown text, in order; a block without its closing marker is an error. */
export function findBlocks(text: string, file: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(OPEN)) {
    const name = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length;
    const close = `<!-- /figures:${name} -->`;
    const end = text.indexOf(close, start);
    if (end < 0) throw new Error(`${file}: figures:${name} has no closing ${close}`);
    blocks.push({ name, body: text.slice(start, end).replace(/\n$/, ''), start, end });
  }
  return blocks;
}

/** The text with every block's body replaced by what `render` gives for its name. */
export function renderBlocks(
  text: string,
  file: string,
  render: (name: string, body: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const block of findBlocks(text, file)) {
    out += `${text.slice(at, block.start)}${render(block.name, block.body).replace(/\n$/, '')}\n`;
    at = block.end;
  }
  return out + text.slice(at);
}

/** Rewrites the one block `name` of the markdown file `file` (under the project) with `body`. */
export async function writeBlock(file: string, name: string, body: string): Promise<void> {
  const full = path.join(PROJECT_ROOT, file);
  const after = renderBlocks(readFileSync(full, 'utf8'), file, (each, old) =>
    each === name ? body : old,
  );
  writeFileSync(full, await formatMarkdown(full, after));
}
