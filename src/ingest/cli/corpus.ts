// npm run corpus -- --episodes N [--seed S] --out DIR: writes a synthetic corpus for benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { generateCorpus, poolSizes } from '../generate/generate-corpus';

const HELP = `usage: npm run corpus -- --episodes N [--seed S] --out DIR

Writes N synthetic episodes shaped like the bundled one (about 95 turns, 13 sections, 2 to 4
speakers, 205 claims of every kind, 16 predictions, mentions, relations, notes and
discrepancies) into DIR/<episode-id>/transcript.md and annotations.yaml. Speakers come from a
shared pool and entities from a Zipf-weighted pool that grows slower than N, so a few entities
become hubs. The same seed (default 1) gives the same files. The output is accepted by
npm run validate -- DIR and imported by npm run seed -- DIR.
`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const episodes = Number(option(args, '--episodes'));
  const seed = Number(option(args, '--seed') ?? '1');
  const out = option(args, '--out');
  if (!Number.isInteger(episodes) || episodes < 1 || episodes > 100_000) {
    throw new Error('--episodes must be a whole number from 1 to 100000');
  }
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a whole number ≥ 0');
  if (out === undefined || out === '') throw new Error('--out DIR is required');

  const started = Date.now();
  const sizes = poolSizes(episodes);
  process.stderr.write(
    `corpus: ${episodes} episode(s), seed ${seed}, ${sizes.people} speakers, ${sizes.entities} entities → ${out}\n`,
  );
  let written = 0;
  const step = Math.max(1, Math.floor(episodes / 10));
  for (const episode of generateCorpus({ episodes, seed })) {
    const dir = path.join(out, episode.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'transcript.md'), episode.transcript);
    writeFileSync(path.join(dir, 'annotations.yaml'), episode.annotations);
    written += 1;
    if (written % step === 0 || written === episodes) {
      process.stderr.write(`corpus: ${written}/${episodes} (${Date.now() - started} ms)\n`);
    }
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
