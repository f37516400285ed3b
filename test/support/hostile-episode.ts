import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { stringify } from 'yaml';

/** Strings that would run as code if any of them reached the page as HTML or as a link. */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '"><script>alert(2)</script>',
  link: 'javascript:alert(3)',
  svg: '<svg onload=alert(4)>',
  template: "{{constructor.constructor('alert(5)')()}}",
} as const;

export const HOSTILE_EPISODE_ID = '2026-01-02-a-hostile-episode';
export const HOSTILE_PREDICTION = 'hostile-prediction';
export const HOSTILE_CLAIM = 'hostile-claim';
export const HOSTILE_ENTITY = 'hostile-corp';

/**
 * An episode whose every free-text field carries the hostile strings, in the corpus format:
 * section titles, turns, quotes, paraphrases, conditions, entity names, descriptions and
 * aliases, note text. The importer stores them verbatim; the dashboard must show them as text.
 */
export function writeHostileEpisode(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-hostile-')), 'hostile');
  mkdirSync(dir);
  const { img, script, link, svg, template } = HOSTILE;
  const turns = [
    `**Ada:** Hostile Corp ships ${img} today, says ${script} and ${link}.`,
    `**Grace:** I predict Hostile Corp will release ${svg} by the end of next year, ${template}.`,
  ];
  const transcript = [
    '# A Hostile Episode',
    '**Host:** Ada Byron',
    '**Panelists:** Grace Brewster (Navy, compilers)',
    '**Original Air Date:** January 2, 2026',
    '',
    `## Part ${svg}`,
    '',
    ...turns.flatMap((turn) => [turn, '']),
  ].join('\n');
  writeFileSync(path.join(dir, 'transcript.md'), transcript);
  const annotations = {
    episode: HOSTILE_EPISODE_ID,
    entities: [
      {
        id: HOSTILE_ENTITY,
        type: 'organization',
        name: `Hostile Corp ${img}`,
        description: `${script} ${link}`,
        aliases: [svg],
        mentions: [
          { turn: 't001', form: 'Hostile Corp' },
          { turn: 't002', form: 'Hostile Corp' },
        ],
      },
    ],
    claims: [
      {
        id: HOSTILE_CLAIM,
        turn: 't001',
        quote: `Hostile Corp ships ${img} today, says ${script} and ${link}`,
        paraphrase: `${svg} ${template}`,
        kind: 'assertion',
        topics: ['hostility'],
        about: [HOSTILE_ENTITY],
      },
      {
        id: HOSTILE_PREDICTION,
        turn: 't002',
        quote: `Hostile Corp will release ${svg} by the end of next year`,
        paraphrase: `${img} ${script}`,
        kind: 'prediction',
        about: [HOSTILE_ENTITY],
        prediction: {
          horizon: 'by the end of next year',
          unresolvable: 'A made-up company: nothing will settle it.',
          confidence: { bucket: 'toss-up' },
        },
      },
    ],
  };
  writeFileSync(path.join(dir, 'annotations.yaml'), stringify(annotations));
  return dir;
}
