import { Feed } from 'feed';

import { claimRepository } from '../db/claims/claim-repository';
import type { Database } from '../db/database';
import {
  opendataRepository,
  type ClaimDetailsModel,
  type FeedEventModel,
} from '../db/opendata/opendata-repository';
import type { ClaimModel } from '../db/shared/models';
import { keyOf } from './ids';
import { Params, type RawQuery } from './params';
import type { Site } from './site';

export const DEFAULT_FEED_ENTRIES = 50;
export const MAX_FEED_ENTRIES = 100;

/**
 * Text for the feed's html-typed title and content: the feed library wraps them in CDATA and
 * readers render them as HTML, so every character that means something in HTML (and with it
 * any "]]>" that would end the CDATA section) is escaped first. A quote reads as its words.
 */
function html(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function short(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface EntryInput {
  event: FeedEventModel;
  claim: ClaimModel;
  details: ClaimDetailsModel;
}

function entryOf({ event, claim, details }: EntryInput, site: Site) {
  const speaker = details.speakerName ?? claim.speakerId;
  const link = site.prediction(claim.id);
  const said = `<p>“${html(claim.quote)}”</p><p>— ${html(speaker)}, in “${html(details.episodeTitle)}” (${details.airDate})</p>`;
  if (event.action === 'MADE') {
    return {
      title: html(`New prediction: ${speaker}: ${short(claim.paraphrase ?? claim.quote)}`),
      id: link,
      link,
      date: new Date(event.at),
      published: new Date(event.at),
      author: [{ name: speaker, link: site.person(claim.speakerId) }],
      content: `${said}${claim.deadline ? `<p>Due by ${claim.deadline}.</p>` : ''}${
        claim.resolutionCriteria
          ? `<p>How it will be judged: ${html(claim.resolutionCriteria)}</p>`
          : ''
      }`,
      category: claim.topics.map((topic) => ({ term: topic })),
    };
  }
  const verdict = event.action === 'REOPEN' ? 'Reopened' : `Resolved ${event.status ?? ''}`;
  return {
    title: html(`${verdict}: ${speaker}: ${short(claim.paraphrase ?? claim.quote)}`),
    id: `${link}#resolution-${event.resolutionId ?? event.at}`,
    link,
    date: new Date(event.at),
    published: new Date(event.at),
    author: [{ name: event.recordedBy ?? 'an editor' }],
    content: `<p>${html(verdict)}${event.resolvedAt ? ` on ${event.resolvedAt}` : ''}.</p>${
      event.note ? `<p>${html(event.note)}</p>` : ''
    }${
      event.evidenceUrl
        ? `<p>Evidence: <a href="${html(event.evidenceUrl)}">${html(event.evidenceUrl)}</a></p>`
        : ''
    }${said}`,
    category: [{ term: event.status ?? 'OPEN' }],
  };
}

/**
 * GET /feeds/predictions.atom: new predictions and resolution records (resolved, reopened),
 * newest first, at most `limit` (default 50, at most 100). `speaker` and `episodeId` narrow it.
 * A prediction counts as new when it was made: its first revision, else the air date.
 */
export async function predictionFeed(db: Database, raw: RawQuery, site: Site): Promise<string> {
  const params = new Params(raw);
  const speaker = params.text('speaker');
  const episodeId = params.text('episodeId');
  const limit = params.integer('limit', 1, MAX_FEED_ENTRIES) ?? DEFAULT_FEED_ENTRIES;
  params.finish();
  const { made, changed } = await opendataRepository.feedEvents(
    db,
    {
      speaker: speaker === null ? null : keyOf(speaker, ['Person', 'Entity'], 'speaker'),
      episodeId: episodeId === null ? null : keyOf(episodeId, ['Episode'], 'episodeId'),
    },
    limit,
  );
  const events = [...made, ...changed]
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.claimId.localeCompare(b.claimId))
    .slice(0, limit);
  const ids = [...new Set(events.map((event) => event.claimId))];
  const [claims, details] = await Promise.all([
    claimRepository.byIds(db, ids),
    opendataRepository.claimDetails(db, ids),
  ]);
  const byId = new Map(ids.map((id, i) => [id, { claim: claims[i], details: details[i] }]));
  const self = site.path('/feeds/predictions.atom');
  const feed = new Feed({
    title: 'claimgraph: predictions, new and resolved',
    description: 'Predictions as they are made and as they are resolved.',
    id: self,
    link: site.path('/predictions'),
    feedLinks: { atom: self },
    updated: new Date(events[0]?.at ?? 0),
    generator: 'claimgraph',
    copyright: 'Quotes belong to their speakers; annotations by the claimgraph annotators.',
  });
  for (const event of events) {
    const found = byId.get(event.claimId);
    if (!found?.claim || !found.details) continue;
    feed.addItem(entryOf({ event, claim: found.claim, details: found.details }, site));
  }
  return feed.atom1();
}
