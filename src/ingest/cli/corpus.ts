// npm run corpus -- --episodes N [--seed S] --out DIR: writes a synthetic corpus for benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runCommand, UsageError } from '../../cli/command';
import { generateCorpus, poolSizes } from '../generate/generate-corpus';

const SPEC = {
  usage: 'npm run corpus -- --episodes N [--seed S] --out DIR',
  description: `Writes N synthetic episodes shaped like the bundled one (its sections, turns and
speakers; claims of every kind, predictions, mentions, relations, notes and discrepancies in
the same proportions) into DIR/<episode-id>/transcript.md and annotations.yaml. Speakers come
from a shared pool and entities from a Zipf-weighted pool that grows slower than N, so a few
entities become hubs. The same seed gives the same files. The output is accepted by
npm run validate -- DIR and imported by npm run seed -- DIR.`,
  options: {
    episodes: { type: 'string', valueName: 'N', description: 'how many episodes, 1 to 100000' },
    seed: { type: 'string', valueName: 'S', description: 'the random seed', default: '1' },
    out: { type: 'string', valueName: 'DIR', description: 'where to write them (required)' },
  },
} as const;

function main(values: { episodes?: string; seed?: string; out?: string }): void {
  const episodes = Number(values.episodes);
  const seed = Number(values.seed ?? '1');
  const out = values.out;
  if (!Number.isInteger(episodes) || episodes < 1 || episodes > 100_000) {
    throw new UsageError('--episodes must be a whole number from 1 to 100000');
  }
  if (!Number.isInteger(seed) || seed < 0)
    throw new UsageError('--seed must be a whole number ≥ 0');
  if (out === undefined || out === '') throw new UsageError('--out DIR is required');

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

void runCommand(SPEC, ({ values }) => main(values));
