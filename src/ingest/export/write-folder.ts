import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import type { ExportedFile } from './export-episode';

/**
 * Writes `<out>/<name>/` with exactly these files, whole or not at all: the files go into a
 * staging folder beside it, which then takes its place. An existing folder is replaced only
 * when `replace` is set (its other files would otherwise import twice); it is never merged.
 */
export function writeEpisodeFolder(
  out: string,
  name: string,
  files: ExportedFile[],
  replace: boolean,
): string {
  const dir = path.join(out, name);
  if (existsSync(dir) && !replace) {
    throw new Error(`${dir} already exists; nothing was written (--force replaces it)`);
  }
  mkdirSync(out, { recursive: true });
  const staging = mkdtempSync(path.join(out, `.${name}-`));
  const old = `${staging}-old`;
  try {
    for (const file of files) writeFileSync(path.join(staging, file.name), file.text);
    chmodSync(staging, 0o755);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  return dir;
}
