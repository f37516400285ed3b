import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import { forecastSuggestions, sentences } from '../../src/suggestions/forecast-sentences';
import { figureLines, measure, percent } from '../../src/suggestions/figures';
import {
  candidateSpans,
  capitalisedSpans,
  nameSuggestions,
} from '../../src/suggestions/name-spans';
import { SEED_DIR } from '../support/corpus';
import { nameKey } from '../../src/domain/name-key';

const AIR = '2025-05-22';

describe('name suggestions', () => {
  const known = new Map([
    [nameKey('Claude Plays Pokémon'), ['claude-plays-pokemon']],
    [nameKey('Anthropic'), ['anthropic']],
    [nameKey('reinforcement learning'), ['reinforcement-learning']],
  ]);

  it('finds known names by key, longest first, possessives left out', () => {
    const found = nameSuggestions(
      "ClaudePlaysPokemon shows it; Anthropic's models use reinforcement learning.",
      known,
    );
    expect(found.filter((s) => s.kind === 'KNOWN_ENTITY').map((s) => [s.text, s.entityId])).toEqual(
      [
        ['ClaudePlaysPokemon', 'claude-plays-pokemon'],
        ['Anthropic', 'anthropic'],
        ['reinforcement learning', 'reinforcement-learning'],
      ],
    );
  });

  it('proposes capitalised spans that name nothing yet, not ordinary sentence starts', () => {
    const text =
      'So we met Jensen Huang at Scaling Laws for Board Games. Yeah. I think METR and DeepSeek agree.';
    expect(capitalisedSpans(text).map((s) => s.text)).toEqual([
      'Jensen Huang',
      'Scaling Laws for Board Games',
      'METR',
      'DeepSeek',
    ]);
    const found = nameSuggestions(text, known);
    expect(found.every((s) => s.kind === 'NEW_NAME')).toBe(true);
  });

  it('never spans punctuation', () => {
    expect(candidateSpans('Go, Anthropic.').map((s) => s.text)).toEqual(['Go', 'Anthropic']);
  });
});

describe('forecast suggestions', () => {
  it('finds sentences with a future form, a time ahead, a condition, or a hedge with a modal', () => {
    const text =
      'It worked last year. Agents will do real work by the end of the year. If models get good enough, that becomes a bottleneck. I think it might be possible. Then you have unemployment.';
    expect(forecastSuggestions(text, AIR).map((s) => s.text)).toEqual([
      'Agents will do real work by the end of the year.',
      'If models get good enough, that becomes a bottleneck.',
      'I think it might be possible.',
      'Then you have unemployment.',
    ]);
  });

  it('gives the cues with offsets in the turn', () => {
    const text = 'Hello there. This should ship in 2027.';
    const [found] = forecastSuggestions(text, AIR);
    for (const cue of found?.cues ?? []) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(found?.cues.map((cue) => cue.kind)).toEqual(expect.arrayContaining(['HEDGE', 'TIME']));
  });

  it('leaves out a year that was over before the air date', () => {
    const text =
      'We talked about this in 2024. Back by 2023 it was different. We will see in 2026.';
    expect(forecastSuggestions(text, AIR).map((s) => s.text)).toEqual(['We will see in 2026.']);
  });

  it('splits paragraphs as sentences too', () => {
    expect(sentences('One idea\n\nAnother one.').map((s) => s.text)).toEqual([
      'One idea',
      'Another one.',
    ]);
  });
});

describe('on the bundled episode (scripts/suggestion-figures.ts prints these)', () => {
  const loaded = loadCorpus([SEED_DIR]);
  if (!loaded.ok) throw new Error('the bundled corpus does not load');
  const full = measure(loaded.corpus, 'full');
  const names = measure(loaded.corpus, 'names');

  // Floors at the figures reached when written (100 %, 32.8 %, 98.6 %, 62.9 %), less a margin
  // for the editorial pass, which changes the annotations: the figures must not fall further.
  it("suggests the sentence of at least 90 % of the annotated predictions (the issue's goal)", () => {
    expect(percent(full.predictionsSuggested, full.predictions)).toBeGreaterThanOrEqual(90);
    expect(percent(full.forecastsOnPredictions, full.forecastSuggestions)).toBeGreaterThanOrEqual(
      25,
    );
  });

  it('suggests at least 95 % of the annotated mentions with the full dictionary', () => {
    expect(percent(full.mentionsExact, full.mentions)).toBeGreaterThanOrEqual(95);
    expect(percent(names.mentionsExact, names.mentions)).toBeGreaterThanOrEqual(55);
  });

  it('are the figures docs/annotation-api.md quotes (else paste npm run suggestions:figures)', () => {
    const doc = readFileSync(path.join(PROJECT_ROOT, 'docs', 'annotation-api.md'), 'utf8');
    const block = /<!-- suggestion-figures:start -->\s*```text\n([^]*?)\n```/.exec(doc);
    expect(block?.[1]?.split('\n')).toEqual(figureLines(loaded.corpus));
  });
});
