/**
 * What makes resolution criteria scorable: where the evidence will be found, what amount or
 * level counts, and by when. Each prompt is met when the text shows a sign of it; the signs
 * are rough on purpose, they nudge and never block.
 */
export interface Prompt {
  what: 'source' | 'threshold' | 'date';
  met: boolean;
  ask: string;
}

const SOURCE =
  /https?:\/\/|according to|reported|report|published|announce|source|data|benchmark|leaderboard|survey|paper|press|filing|official|documented|public/i;
const THRESHOLD =
  /\d|%|at least|at most|more than|fewer than|less than|majority|half|most|any|no longer|all\b/i;
const DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bby the (?:end|time)\b|\bwithin\b/i;

export function criteriaPrompts(text: string): Prompt[] {
  return [
    {
      what: 'source',
      met: SOURCE.test(text),
      ask: 'Where will the evidence be found? Name a source (a report, benchmark, announcement or URL).',
    },
    {
      what: 'threshold',
      met: THRESHOLD.test(text),
      ask: 'What amount or level counts as correct? Give a threshold (a number, a share, “at least”).',
    },
    {
      what: 'date',
      met: DATE.test(text),
      ask: 'By when? Name the date it is judged on (the due date, or a window).',
    },
  ];
}
