import * as chrono from 'chrono-node';

/**
 * The due date or window a spoken horizon gives, read against the episode's air date, and how
 * it was read (seed/README.md, "Predictions"; the annotation guide: "by the end of this year"
 * said on 2025-05-22 is 2025-12-31, "this time next year" is 2026-05-22, a phrase that gives a
 * range gives a window, "eventually" gives none). The phrases the validator checks are read by
 * the same rules here (a unit test runs both); other time expressions go to chrono-node, with
 * the air date as the reference and forward dates only.
 */

export type HorizonRule =
  | 'NONE'
  | 'UNDATED'
  | 'VAGUE'
  | 'END_OF_YEAR'
  | 'END_OF_NEXT_YEAR'
  | 'NEXT_YEAR_TODAY'
  | 'THIS_YEAR'
  | 'NEXT_YEAR'
  | 'BY_YEAR'
  | 'IN_YEAR'
  | 'RELATIVE'
  | 'RELATIVE_WINDOW'
  | 'CALENDAR'
  | 'RANGE';

export interface DueDateDerivation {
  horizon: string;
  airDate: string;
  dueDate: string | null;
  window: { from: string; to: string } | null;
  rule: HorizonRule;
  explanation: string;
}

type Reading =
  | { kind: 'day'; date: string; rule: HorizonRule; why: string }
  | { kind: 'range'; from: string; to: string; rule: HorizonRule; why: string }
  | { kind: 'none'; rule: HorizonRule; why: string };

const UNDATED =
  /\b(eventually|ultimately|someday|some day|one day|in the long run|long[- ]term|at some point|in the future)\b/i;
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  'a couple of': 2,
  'a couple': 2,
  'a few': 3,
  'a handful of': 5,
};
const AMOUNT = `(\\d+|${Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const RELATIVE = new RegExp(
  `\\b(in|within|over|by|inside of|in the next|within the next|over the next|in the coming|over the coming|within the coming)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?${AMOUNT}\\s+(day|week|month|year|decade)s?\\b`,
  'i',
);

/** Reads `horizon` against `airDate` (YYYY-MM-DD). */
export function deriveDueDate(horizon: string, airDate: string): DueDateDerivation {
  const phrase = horizon.trim();
  const reading = readRange(phrase, airDate) ?? readPhrase(phrase, airDate);
  const base = { horizon, airDate, rule: reading.rule, explanation: reading.why };
  if (reading.kind === 'day') return { ...base, dueDate: reading.date, window: null };
  if (reading.kind === 'range') {
    return { ...base, dueDate: null, window: { from: reading.from, to: reading.to } };
  }
  return { ...base, dueDate: null, window: null };
}

/** "A to B": a window from what A gives to what B gives, when both give a date. */
function readRange(phrase: string, airDate: string): Reading | null {
  const parts = phrase.split(/\s+(?:to|until|through|or)\s+/i);
  if (parts.length !== 2) return null;
  const [a = '', b = ''] = parts;
  const first = readPhrase(a, airDate);
  const second = readPhrase(b, airDate);
  const from = first.kind === 'day' ? first.date : first.kind === 'range' ? first.from : null;
  const to = second.kind === 'day' ? second.date : second.kind === 'range' ? second.to : null;
  if (from === null || to === null || from > to) return null;
  return {
    kind: 'range',
    from,
    to,
    rule: 'RANGE',
    why: `"${a}" gives ${from} and "${b}" gives ${to}: due in the window between them`,
  };
}

function readPhrase(phrase: string, airDate: string): Reading {
  const year = Number(airDate.slice(0, 4));
  const said = `said on ${airDate}`;
  if (phrase === '') return { kind: 'none', rule: 'NONE', why: 'no horizon was said: undated' };
  if (UNDATED.test(phrase)) {
    return { kind: 'none', rule: 'UNDATED', why: `"${phrase}" names no time: undated` };
  }
  if (/\bend of (this|the) year\b/i.test(phrase)) {
    return {
      kind: 'day',
      date: `${year}-12-31`,
      rule: 'END_OF_YEAR',
      why: `end of the year ${said}: ${year}-12-31`,
    };
  }
  if (/\bend of next year\b/i.test(phrase)) {
    return {
      kind: 'day',
      date: `${year + 1}-12-31`,
      rule: 'END_OF_NEXT_YEAR',
      why: `end of next year ${said}: ${year + 1}-12-31`,
    };
  }
  if (/\b(this time next year|a year from now|in a year's time)\b/i.test(phrase)) {
    const date = addTo(airDate, 1, 'year');
    return {
      kind: 'day',
      date,
      rule: 'NEXT_YEAR_TODAY',
      why: `a year after the air date (${airDate}): ${date}`,
    };
  }
  return (
    readYears(phrase, airDate) ?? readRelative(phrase, airDate) ?? readCalendar(phrase, airDate)
  );
}

/** "this year", "next year", "by 2030", "in 2027", "before 2030". */
function readYears(phrase: string, airDate: string): Reading | null {
  const year = Number(airDate.slice(0, 4));
  const by = /\b(by|before|until|no later than)\b/i.exec(phrase)?.[1]?.toLowerCase();
  if (/\bthis year\b/i.test(phrase)) {
    return {
      kind: 'range',
      from: airDate,
      to: `${year}-12-31`,
      rule: 'THIS_YEAR',
      why: `the rest of ${year} after the air date`,
    };
  }
  if (/\bnext year\b/i.test(phrase)) {
    if (by !== undefined) {
      return {
        kind: 'day',
        date: `${year + 1}-12-31`,
        rule: 'NEXT_YEAR',
        why: `"${by} next year" read as by the end of ${year + 1}`,
      };
    }
    return {
      kind: 'range',
      from: `${year + 1}-01-01`,
      to: `${year + 1}-12-31`,
      rule: 'NEXT_YEAR',
      why: `next year after ${airDate}: ${year + 1}`,
    };
  }
  const named = /\b(19|20|21)(\d{2})\b/.exec(phrase);
  if (named === null) return null;
  const y = Number(`${named[1]}${named[2]}`);
  // A year over before the episode aired ("in 2024" said in 2025) is the past, not a deadline.
  if (`${by === 'before' ? y - 1 : y}-12-31` < airDate) {
    return {
      kind: 'none',
      rule: 'VAGUE',
      why: `"${named[0]}" is before the air date (${airDate}): no due date`,
    };
  }
  if (by === 'before') {
    return {
      kind: 'day',
      date: `${y - 1}-12-31`,
      rule: 'BY_YEAR',
      why: `before ${y}: by the end of ${y - 1}`,
    };
  }
  if (by !== undefined) {
    return {
      kind: 'day',
      date: `${y}-12-31`,
      rule: 'BY_YEAR',
      why: `"${by} ${y}" read as by the end of ${y}`,
    };
  }
  if (/\bin\s+(19|20|21)\d{2}\b/i.test(phrase) && /^\s*(in\s+)?(19|20|21)\d{2}\s*$/i.test(phrase)) {
    const from = `${y}-01-01` < airDate ? airDate : `${y}-01-01`;
    return {
      kind: 'range',
      from,
      to: `${y}-12-31`,
      rule: 'IN_YEAR',
      why: `in ${y}: any day of that year`,
    };
  }
  return null;
}

/** "in five years", "within the next two years", "over the coming months". */
function readRelative(phrase: string, airDate: string): Reading | null {
  const match = RELATIVE.exec(phrase);
  if (match === null) return null;
  const [, lead = '', amountWord = '', unit = ''] = match;
  const amount = /^\d+$/.test(amountWord)
    ? Number(amountWord)
    : (NUMBERS[amountWord.toLowerCase()] ?? 1);
  const date = addTo(airDate, amount, unit.toLowerCase() as Unit);
  const span = `${amountWord} ${unit}${amount === 1 ? '' : 's'}`;
  if (/^in$/i.test(lead.trim())) {
    return {
      kind: 'day',
      date,
      rule: 'RELATIVE',
      why: `${span} after the air date (${airDate}): ${date}`,
    };
  }
  return {
    kind: 'range',
    from: airDate,
    to: date,
    rule: 'RELATIVE_WINDOW',
    why: `within ${span} of the air date: from ${airDate} to ${date}`,
  };
}

/** Anything else chrono-node reads as a date after the air date ("by March", "in June 2026"). */
function readCalendar(phrase: string, airDate: string): Reading {
  const reference = new Date(`${airDate}T12:00:00Z`);
  const [result] = chrono.parse(
    phrase,
    { instant: reference, timezone: 'UTC' },
    { forwardDate: true },
  );
  if (result === undefined) {
    return {
      kind: 'none',
      rule: 'VAGUE',
      why: `"${phrase}" names no date: leave it undated, or give a window with the reason for it`,
    };
  }
  const start = result.start;
  const day = isoDay(start.date());
  if (day < airDate) {
    return {
      kind: 'none',
      rule: 'VAGUE',
      why: `"${result.text}" is before the air date: no due date`,
    };
  }
  const by = /\b(by|before|until)\b/i.test(phrase);
  if (start.isCertain('day')) {
    return {
      kind: 'day',
      date: day,
      rule: 'CALENDAR',
      why: `"${result.text}" read against ${airDate}: ${day}`,
    };
  }
  const y = day.slice(0, 4);
  if (start.isCertain('month')) {
    const last = monthEnd(day);
    if (by)
      return {
        kind: 'day',
        date: last,
        rule: 'CALENDAR',
        why: `"${result.text}": by the end of that month, ${last}`,
      };
    const from = `${day.slice(0, 7)}-01` < airDate ? airDate : `${day.slice(0, 7)}-01`;
    return {
      kind: 'range',
      from,
      to: last,
      rule: 'CALENDAR',
      why: `"${result.text}": any day of ${day.slice(0, 7)}`,
    };
  }
  return {
    kind: 'range',
    from: airDate,
    to: `${y}-12-31`,
    rule: 'CALENDAR',
    why: `"${result.text}" read against ${airDate}`,
  };
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** The calendar date `amount` units after `date`, clamped to the month's last day. */
export function addTo(date: string, amount: number, unit: Unit): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'day' ? amount : amount * 7;
    return isoDay(new Date(Date.UTC(y, m - 1, d + days)));
  }
  const months = unit === 'month' ? amount : unit === 'year' ? amount * 12 : amount * 120;
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return isoDay(
    new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))),
  );
}

function monthEnd(day: string): string {
  const [y = 0, m = 1] = day.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, m, 0)));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
