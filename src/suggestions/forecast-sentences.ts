import * as chrono from 'chrono-node';

import { findHedges } from '../domain/confidence-table';
import type { SuggestionCue, SuggestionModel } from './suggestion';

/**
 * Sentences about the future: perhaps predictions, perhaps statements to exclude with a reason
 * (seed/README.md: every forward-looking statement is one or the other). A sentence is proposed
 * when it holds a future form, a time expression that chrono-node reads as after the air date,
 * or a hedge of the table together with a modal or expectation word. Pure.
 */

const FUTURE =
  /\b(will|won['’]t|shall|going to|gonna|['’]ll|is about to|are about to|bound to)\b/gi;
const MODAL =
  /\b(would|might|may|could|expect|expects|expected|expecting|predict|predicts|bet|need to|needs to|have to|has to|soon|eventually|ultimately|future|next|someday|forecast|anticipate|likely|probably|should|when we get|if we get|by the time|in the long run|within|until)\b/gi;
/**
 * Words that put a state ahead in time without a future form: a condition on what is yet to
 * happen ("if agents get good enough"), progress towards it ("well on track", "a ways off",
 * "not ... yet", "a temporary lapse"), or a later stage ("the first phase", "reach a point").
 */
const AHEAD =
  /\b(if|once|when|as soon as)\b[^.?!]*\b(gets?|becomes?|reach(es)?|keeps?|improves?|scales?|continues?)\b|\b(on track|ways? off|temporary|temporarily|yet|anymore|any more|(first|next|later|final) (phase|stage|step)|reach a point|from now|going forward|down the line|time left|much time|in store|ahead of us|horizon)\b/gi;
const HORIZON =
  /\b(end of (this|the|next) year|this time next year|next (year|decade|month|few years)|in (a|one|two|three|four|five|ten|\d+) (years?|months?|decades?)|within (a|the next)?\s*\w+ (years?|months?)|by (19|20)\d\d|in (19|20)\d\d|eventually|ultimately|long[- ]term|the coming (years|months|decade))\b/gi;

/** The sentences of a text, with their offsets (Intl.Segmenter, the ICU rules). */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: { start: number; end: number; text: string }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    // A paragraph break inside a segment (no final stop) ends a sentence too.
    let offset = 0;
    for (const part of segment.split(/(?<=\n)\n+/)) {
      const at = segment.indexOf(part, offset);
      offset = at + part.length;
      const trimmedStart = part.length - part.trimStart().length;
      const body = part.trim();
      if (body !== '') {
        out.push({
          start: index + at + trimmedStart,
          end: index + at + trimmedStart + body.length,
          text: body,
        });
      }
    }
  }
  return out;
}

function cuesOf(
  pattern: RegExp,
  kind: SuggestionCue['kind'],
  text: string,
  base: number,
): SuggestionCue[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => ({
    kind,
    text: m[0],
    start: base + m.index,
    end: base + m.index + m[0].length,
  }));
}

/** Time expressions chrono-node reads, against the air date, as after it. */
function timeCues(text: string, base: number, airDate: string): SuggestionCue[] {
  const reference = new Date(`${airDate}T12:00:00Z`);
  const cues = chrono
    .parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: true })
    .filter((result) => result.start.date().toISOString().slice(0, 10) > airDate)
    // Weekday and time-of-day words ("Monday", "tonight") are small talk, not horizons.
    .filter(
      (result) =>
        result.start.isCertain('year') ||
        result.start.isCertain('month') ||
        /year|month|decade/i.test(result.text),
    )
    .map((result) => ({
      kind: 'TIME' as const,
      text: result.text,
      start: base + result.index,
      end: base + result.index + result.text.length,
    }));
  // A named year already over when the episode aired ("we talked in 2024") is the past.
  const airYear = Number(airDate.slice(0, 4));
  const horizons = cuesOf(HORIZON, 'TIME', text, base).filter((cue) =>
    [...cue.text.matchAll(/\b(?:19|20)\d\d\b/g)].every(([year]) => Number(year) >= airYear),
  );
  return [...cues, ...horizons];
}

/** Forward-looking sentences of a turn, each with the cues that made it one. */
export function forecastSuggestions(text: string, airDate: string): SuggestionModel[] {
  const found: SuggestionModel[] = [];
  for (const sentence of sentences(text)) {
    const future = cuesOf(FUTURE, 'FUTURE', sentence.text, sentence.start);
    const modal = cuesOf(MODAL, 'MODAL', sentence.text, sentence.start);
    const time = timeCues(sentence.text, sentence.start, airDate);
    const hedges = findHedges(sentence.text).map((hedge) => ({
      kind: 'HEDGE' as const,
      text: hedge.text,
      start: sentence.start + hedge.start,
      end: sentence.start + hedge.end,
    }));
    const ahead = cuesOf(AHEAD, 'MODAL', sentence.text, sentence.start);
    // "Then ..." right after a forward-looking sentence goes on with the same scenario.
    const continues =
      /^(then|and then|so then|at which point)\b/i.test(sentence.text) &&
      found.at(-1)?.end !== undefined &&
      text.slice(found.at(-1)?.end ?? 0, sentence.start).trim() === '';
    const forward =
      future.length > 0 ||
      time.length > 0 ||
      ahead.length > 0 ||
      continues ||
      (modal.length > 0 && hedges.length > 0);
    if (!forward) continue;
    const cues = dedupe([...hedges, ...future, ...modal, ...ahead, ...time]);
    found.push({
      kind: 'FORECAST',
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      entityId: null,
      reason:
        continues && future.length + time.length + ahead.length === 0
          ? 'goes on with the scenario of the sentence before'
          : reasonOf(future, time, [...hedges, ...ahead]),
      cues,
    });
  }
  return found;
}

function reasonOf(future: SuggestionCue[], time: SuggestionCue[], hedges: SuggestionCue[]): string {
  const parts: string[] = [];
  if (time.length > 0) parts.push(`a time ahead (${time[0]?.text ?? ''})`);
  if (future.length > 0) parts.push(`a future form (${future[0]?.text ?? ''})`);
  if (hedges.length > 0) parts.push(`a hedge (${hedges[0]?.text ?? ''})`);
  return `about the future: ${parts.join(', ')}`;
}

function dedupe(cues: SuggestionCue[]): SuggestionCue[] {
  const kept: SuggestionCue[] = [];
  for (const cue of cues.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((other) => cue.start >= other.start && cue.end <= other.end)) kept.push(cue);
  }
  return kept;
}
