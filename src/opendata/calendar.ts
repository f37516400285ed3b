import ical from 'ical-generator';

import type { Database } from '../db/database';
import { predictionSelection } from './claim-filters';
import { openClaimDownload, type ClaimRow } from './claim-pages';
import { Params, ParamError, type RawQuery } from './params';
import type { Site } from './site';

/** The most events one calendar holds; a larger match is refused with a 400 naming the filters. */
export const MAX_CALENDAR_EVENTS = 2_000;
const DAY_MS = 86_400_000;

function words(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function descriptionOf({ claim, details }: ClaimRow, site: Site): string {
  const lines = [
    `“${claim.quote}”`,
    `— ${details.speakerName ?? claim.speakerId}, in “${details.episodeTitle}” (${details.airDate})`,
    '',
    ...(claim.horizon ? [`Horizon as spoken: ${claim.horizon}`] : []),
    ...(claim.windowStart && claim.windowEnd
      ? [`Due between ${claim.windowStart} and ${claim.windowEnd}`]
      : []),
    ...(claim.probability !== null
      ? [`Confidence as spoken: ${claim.hedges.join(', ') || 'none'} (p = ${claim.probability})`]
      : []),
    `Status: ${claim.status ?? 'OPEN'}`,
    ...(claim.resolutionCriteria ? ['', `How it will be judged: ${claim.resolutionCriteria}`] : []),
    '',
    site.prediction(claim.id),
  ];
  return lines.join('\n');
}

/**
 * GET /calendar/predictions.ics: one all-day event per dated prediction, on its deadline (the due
 * date, or the last day of its window), with the speaker, the quote, how it will be judged and a
 * link back. The filters of `predictions(filter:)` narrow it (?speaker=sholto); undated
 * predictions have no day to stand on and are left out. DTSTAMP is the prediction's last
 * change (its last resolution record, else the episode's air date), so an unchanged prediction
 * gives the same event every time.
 */
export async function predictionCalendar(db: Database, raw: RawQuery, site: Site): Promise<string> {
  const params = new Params(raw);
  const selection = predictionSelection(params, MAX_CALENDAR_EVENTS);
  params.finish();
  if (selection.query.dated === false) {
    throw new ParamError('dated', 'the calendar holds dated predictions only; leave dated out');
  }
  const download = await openClaimDownload(db, {
    ...selection,
    query: { ...selection.query, dated: true },
    order: raw.orderBy === undefined ? 'DEADLINE_ASC' : selection.order,
  });
  const host = new URL(site.base).host;
  const calendar = ical({
    name: 'claimgraph: predictions by deadline',
    description: 'Dated predictions from the claimgraph corpus, each on its deadline.',
    prodId: { company: 'claimgraph', product: 'predictions', language: 'EN' },
    url: site.path('/predictions?dated=yes&sort=DEADLINE_ASC'),
  });
  for await (const rows of download.pages) {
    for (const row of rows) {
      const { claim, details } = row;
      if (claim.deadline === null) continue;
      const start = dateOf(claim.deadline);
      calendar.createEvent({
        id: `prediction-${claim.id}@${host}`,
        start,
        end: new Date(start.getTime() + DAY_MS),
        allDay: true,
        stamp: new Date(details.resolution?.recordedAt ?? `${details.airDate}T00:00:00Z`),
        summary: `Due: ${details.speakerName ?? claim.speakerId}: ${words(claim.paraphrase ?? claim.quote, 90)}`,
        description: descriptionOf(row, site),
        url: site.prediction(claim.id),
        categories: [{ name: claim.status ?? 'OPEN' }, ...claim.topics.map((name) => ({ name }))],
      });
    }
  }
  return calendar.toString();
}
