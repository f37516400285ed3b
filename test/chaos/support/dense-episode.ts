import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DenseEpisode {
  dir: string;
  episodeId: string;
  claims: number;
}

const WORDS = ['signal', 'gradient', 'reward', 'policy', 'horizon', 'sample', 'model', 'token'];

/** A sentence of about `length` characters, distinct for (turn, claim). */
function sentence(turn: number, claim: number, length: number): string {
  const words: string[] = [`Claim ${claim} of turn ${turn} says`];
  for (let i = 0; words.join(' ').length < length; i += 1) {
    words.push(WORDS[(turn * 7 + claim * 3 + i) % WORDS.length] ?? 'model');
  }
  return `${words.join(' ')}.`;
}

/**
 * An episode annotated as densely as the cost model allows a whole-episode read to ask for:
 * `sections` sections of `turnsPerSection` turns, each turn a run of `claimsPerTurn` long
 * sentences, each sentence quoted by one claim with a paraphrase as long. Written in the corpus
 * format (transcript.md and claim files of at most a few MB each).
 */
export function writeDenseEpisode(options: {
  sections: number;
  turnsPerSection: number;
  claimsPerTurn: number;
  sentenceLength: number;
}): DenseEpisode {
  const root = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-dense-'));
  const dir = path.join(root, 'dense-episode');
  mkdirSync(dir);
  const episodeId = '2026-01-01-a-dense-episode';
  const lines = [
    '# A Dense Episode',
    '**Host:** Ada Byron',
    '**Panelists:** Grace Brewster (Navy, compilers)',
    '**Original Air Date:** January 1, 2026',
    '',
  ];
  const files: string[][] = [];
  let turn = 0;
  let claims = 0;
  for (let s = 1; s <= options.sections; s += 1) {
    lines.push(`## Part ${s}`, '');
    const claimLines: string[] = [];
    for (let t = 1; t <= options.turnsPerSection; t += 1) {
      turn += 1;
      const id = `t${String(turn).padStart(3, '0')}`;
      const sentences = Array.from({ length: options.claimsPerTurn }, (_, c) =>
        sentence(turn, c, options.sentenceLength),
      );
      lines.push(`**${turn % 2 === 0 ? 'Ada' : 'Grace'}:** ${sentences.join(' ')}`, '');
      sentences.forEach((quote, c) => {
        claims += 1;
        claimLines.push(
          `  - id: dense-${turn}-${c}`,
          `    turn: ${id}`,
          `    quote: "${quote}"`,
          `    paraphrase: "${quote.replace('says', 'holds that')}"`,
          '    kind: assertion',
        );
      });
    }
    files.push(claimLines);
  }
  writeFileSync(path.join(dir, 'transcript.md'), lines.join('\n'));
  files.forEach((claimLines, index) => {
    writeFileSync(
      path.join(dir, `claims-${index + 1}.yaml`),
      [`episode: ${episodeId}`, 'claims:', ...claimLines, ''].join('\n'),
    );
  });
  return { dir, episodeId, claims };
}
