import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes a made-up episode of the same format as the bundled one, with `turns` turns and
 * two claims per turn, each about one entity, so tests can grow the graph at will.
 */
export function writeSyntheticEpisode(options: {
  title: string;
  date: string;
  turns: number;
}): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-synthetic-')), 'episode');
  mkdirSync(dir);
  const names = ['Ada', 'Grace', 'Alan', 'Edsger'];
  const lines = [
    `# ${options.title}`,
    '**Host:** Ada Byron',
    '**Panelists:** Grace Brewster (Navy, compilers), Alan Mathison (NPL, computing), Edsger Wybe (TH Eindhoven, programming)',
    `**Original Air Date:** ${options.date}`,
    '',
  ];
  const claims: string[] = [];
  const mentions: string[] = [];
  for (let i = 1; i <= options.turns; i += 1) {
    if ((i - 1) % 10 === 0) lines.push(`## Part ${Math.floor(i / 10) + 1}`, '');
    const speaker = names[i % names.length] ?? 'Ada';
    lines.push(
      `**${speaker}:** Statement ${i} says gizmo${i % 7} matters. Statement ${i}b predicts gizmo${i % 5} wins.`,
      '',
    );
    const turn = `t${String(i).padStart(3, '0')}`;
    claims.push(
      `  - { id: syn-${options.date}-${i}-a, turn: ${turn}, quote: "Statement ${i} says gizmo${i % 7} matters", kind: assertion, about: [gizmo${i % 7}] }`,
      `  - { id: syn-${options.date}-${i}-b, turn: ${turn}, quote: "Statement ${i}b predicts gizmo${i % 5} wins", kind: prediction, about: [gizmo${i % 5}], prediction: { horizon: eventually, confidence: { bucket: toss-up }, unresolvable: No date is given. } }`,
    );
    mentions.push(`      - { turn: ${turn}, form: gizmo${i % 7}, occurrence: 1 }`);
  }
  writeFileSync(path.join(dir, 'transcript.md'), lines.join('\n'));
  const episodeId = `${options.date}-${options.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  const entities = Array.from({ length: 7 }, (_, k) => [
    `  - id: gizmo${k}`,
    '    type: product',
    `    name: Gizmo ${k}`,
    '    mentions:',
    ...mentions.filter((line) => line.includes(`form: gizmo${k},`)),
  ]).flat();
  writeFileSync(
    path.join(dir, 'annotations.yaml'),
    [`episode: ${episodeId}`, 'entities:', ...entities, 'claims:', ...claims].join('\n'),
  );
  return dir;
}
