import type { Corpus } from '../domain/corpus';
import { nameKey } from '../domain/name-key';
import { forecastSuggestions } from './forecast-sentences';
import { nameSuggestions } from './name-spans';
import type { SuggestionModel } from './suggestion';

/**
 * How well the suggestions find what annotators marked, measured on an annotated corpus
 * (issue 15: the share of predictions whose sentence is suggested, with precision; the share
 * of mentions suggested). `scripts/suggestion-figures.ts` prints these; a unit test keeps them
 * from falling.
 */

/** Which names the assistant knows while it reads the corpus. */
export type Dictionary =
  /** Every name, alias, speaker label and surface form: what a re-read of an annotated episode sees. */
  | 'full'
  /** Names, aliases and speaker labels only: entities known before this episode, no forms from it. */
  | 'names'
  /** No entity at all: only capitalised spans can be found. */
  | 'none';

export interface Figures {
  predictions: number;
  predictionsSuggested: number;
  forecastSuggestions: number;
  forecastsOnPredictions: number;
  forecastsOnPredictionsOrExclusions: number;
  mentions: number;
  /** A suggestion with exactly the mention's span. */
  mentionsExact: number;
  /** A suggestion overlapping the mention. */
  mentionsOverlapped: number;
  nameSuggestions: number;
  nameSuggestionsOnMentions: number;
}

/** Keys of the names the dictionary holds, to the entities they name. */
export function dictionaryOf(corpus: Corpus, dictionary: Dictionary): Map<string, string[]> {
  const known = new Map<string, string[]>();
  if (dictionary === 'none') return known;
  const add = (form: string, id: string): void => {
    const key = nameKey(form);
    if (key === '') return;
    const ids = known.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    known.set(key, ids);
  };
  for (const entity of corpus.entities) {
    add(entity.name, entity.id);
    for (const alias of entity.aliases) add(alias, entity.id);
    if (dictionary === 'full') for (const form of entity.surfaceForms) add(form, entity.id);
  }
  for (const episode of corpus.episodes) {
    for (const speaker of episode.speakers) add(speaker.firstName, speaker.id);
  }
  return known;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function measure(corpus: Corpus, dictionary: Dictionary): Figures {
  const known = dictionaryOf(corpus, dictionary);
  const figures: Figures = {
    predictions: 0,
    predictionsSuggested: 0,
    forecastSuggestions: 0,
    forecastsOnPredictions: 0,
    forecastsOnPredictionsOrExclusions: 0,
    mentions: 0,
    mentionsExact: 0,
    mentionsOverlapped: 0,
    nameSuggestions: 0,
    nameSuggestionsOnMentions: 0,
  };
  for (const episode of corpus.episodes) {
    for (const turn of episode.turns) {
      const forecasts = forecastSuggestions(turn.text, episode.airDate);
      const names = nameSuggestions(turn.text, known);
      countTurn(figures, corpus, turn.id, forecasts, names);
    }
  }
  return figures;
}

function countTurn(
  figures: Figures,
  corpus: Corpus,
  turnId: string,
  forecasts: SuggestionModel[],
  names: SuggestionModel[],
): void {
  const predictions = corpus.claims.filter((c) => c.turnId === turnId && c.prediction !== null);
  const exclusions = corpus.excluded.filter((x) => x.turnId === turnId);
  const mentions = corpus.mentions.filter((m) => m.turnId === turnId);
  figures.predictions += predictions.length;
  figures.predictionsSuggested += predictions.filter((p) =>
    forecasts.some((f) => overlaps(f, p)),
  ).length;
  figures.forecastSuggestions += forecasts.length;
  figures.forecastsOnPredictions += forecasts.filter((f) =>
    predictions.some((p) => overlaps(f, p)),
  ).length;
  figures.forecastsOnPredictionsOrExclusions += forecasts.filter((f) =>
    [...predictions, ...exclusions].some((p) => overlaps(f, p)),
  ).length;
  figures.mentions += mentions.length;
  figures.mentionsExact += mentions.filter((m) =>
    names.some((n) => n.start === m.start && n.end === m.end),
  ).length;
  figures.mentionsOverlapped += mentions.filter((m) => names.some((n) => overlaps(n, m))).length;
  figures.nameSuggestions += names.length;
  figures.nameSuggestionsOnMentions += names.filter((n) =>
    mentions.some((m) => overlaps(n, m)),
  ).length;
}

/** A share as a percentage with one decimal. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

/** The report `npm run suggestions:figures` prints (and docs/annotation-api.md quotes). */
export function figureLines(corpus: Corpus): string[] {
  const full = measure(corpus, 'full');
  const lines = [
    `predictions whose sentence is suggested: ${full.predictionsSuggested}/${full.predictions} = ${percent(full.predictionsSuggested, full.predictions)} %`,
    `forecast suggestions: ${full.forecastSuggestions}; on a prediction ${full.forecastsOnPredictions} (precision ${percent(full.forecastsOnPredictions, full.forecastSuggestions)} %); on a prediction or an exclusion ${full.forecastsOnPredictionsOrExclusions} (${percent(full.forecastsOnPredictionsOrExclusions, full.forecastSuggestions)} %)`,
  ];
  for (const dictionary of ['full', 'names', 'none'] as Dictionary[]) {
    const f = measure(corpus, dictionary);
    lines.push(
      `mentions suggested, dictionary "${dictionary}": exact span ${f.mentionsExact}/${f.mentions} = ${percent(f.mentionsExact, f.mentions)} %, overlapping ${f.mentionsOverlapped}/${f.mentions} = ${percent(f.mentionsOverlapped, f.mentions)} %; name suggestions ${f.nameSuggestions}, on a mention ${f.nameSuggestionsOnMentions} (precision ${percent(f.nameSuggestionsOnMentions, f.nameSuggestions)} %)`,
    );
  }
  return lines;
}
