import { claimRepository } from '../db/claims/claim-repository';
import type { Database } from '../db/database';
import { opendataRepository } from '../db/opendata/opendata-repository';
import type { ClaimModel, Page } from '../db/shared/models';
import {
  MAX_PAGE_SIZE,
  PaginationError,
  type PageRequest as ApiPageRequest,
} from '../db/shared/pagination';
import { ANY_CLAIM } from '../db/claims/claim-repository';
import { keyOf } from './ids';
import { Params, ParamError, type RawQuery } from './params';
import type { Site } from './site';
import {
  annotationCollectionOf,
  annotationOf,
  annotationPageOf,
  type AnnotationInput,
  type CollectionInfo,
} from './web-annotation';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

async function inputsFor(db: Database, claims: ClaimModel[]): Promise<AnnotationInput[]> {
  const ids = claims.map((claim) => claim.id);
  const [contexts, provenance] = await Promise.all([
    opendataRepository.annotationContexts(db, ids),
    opendataRepository.provenance(db, ids),
  ]);
  const inputs: AnnotationInput[] = [];
  claims.forEach((claim, i) => {
    const context = contexts[i];
    if (context) inputs.push({ claim, context, provenance: provenance[i] ?? null });
  });
  return inputs;
}

/** GET /annotations/<claim key or id>: one accepted claim as a Web Annotation. */
export async function annotationFor(db: Database, idOrKey: string, site: Site) {
  const key = keyOf(idOrKey, ['Claim', 'Prediction'], 'id');
  const [claim] = await claimRepository.byIds(db, [key]);
  if (!claim) throw new NotFoundError(`no claim ${key}`);
  const [input] = await inputsFor(db, [claim]);
  if (!input) throw new NotFoundError(`no claim ${key}`);
  return annotationOf(input, site);
}

/** Where a request for /annotations?episode= points: the collection, or one of its pages. */
interface PageRequest {
  episode: string;
  limit: number;
  limitGiven: boolean;
  which: 'collection' | 'first' | 'last' | 'after' | 'before';
  cursor: string | null;
}

function readPageRequest(raw: RawQuery): PageRequest {
  const params = new Params(raw);
  const episode = params.text('episode');
  const page = params.choice('page', ['first', 'last'] as const);
  const after = params.text('after', 1000);
  const before = params.text('before', 1000);
  const limit = params.integer('limit', 1, MAX_PAGE_SIZE);
  params.finish();
  if (episode === null) {
    throw new ParamError(
      'episode',
      'episode is required: the key of the episode, such as 2025-05-22-is-rl-llms-enough-for-agi',
    );
  }
  if ([page, after, before].filter((value) => value !== null).length > 1) {
    throw new ParamError('page', 'give one of page, after and before');
  }
  const which = page ?? (after !== null ? 'after' : before !== null ? 'before' : 'collection');
  return {
    episode: keyOf(episode, ['Episode'], 'episode'),
    limit: limit ?? MAX_PAGE_SIZE,
    limitGiven: limit !== null,
    which,
    cursor: after ?? before,
  };
}

/** The API's page arguments for an annotation page: its cursors are the API's for claims. */
function apiRequestOf(request: PageRequest): ApiPageRequest {
  const backward = request.which === 'last' || request.which === 'before';
  return backward
    ? { last: request.limit, before: request.cursor, withCount: true }
    : { first: request.limit, after: request.cursor, withCount: true };
}

/**
 * GET /annotations?episode=KEY: the episode's accepted claims as an AnnotationCollection with
 * its first page embedded; `page=first|last`, `after=` or `before=` (the API's cursors) answer
 * one AnnotationPage. A page holds `limit` annotations (1 to 100, default 100).
 */
export async function annotationsOf(db: Database, raw: RawQuery, site: Site) {
  const request = readPageRequest(raw);
  const summary = await opendataRepository.episodeSummary(db, request.episode);
  if (!summary) throw new NotFoundError(`no episode ${request.episode}`);
  const extra: Record<string, string> = request.limitGiven ? { limit: String(request.limit) } : {};
  const collection: CollectionInfo = {
    id: site.annotations(request.episode),
    label: `Claims in “${summary.episode.title}” (${summary.episode.airDate})`,
    total: summary.claims,
    first: site.annotations(request.episode, { page: 'first', ...extra }),
    last: site.annotations(request.episode, { page: 'last', ...extra }),
  };
  let page: Page<ClaimModel>;
  try {
    page = await claimRepository.page(
      db,
      { ...ANY_CLAIM, episodeId: request.episode },
      apiRequestOf(request),
      { predictionsOnly: false, order: 'EPISODE_ORDER' },
    );
  } catch (error) {
    if (error instanceof PaginationError) throw new ParamError(request.which, error.message);
    throw error;
  }
  const items = await inputsFor(db, page.items);
  const startCursor = page.items.length > 0 ? (page.cursor(0) ?? undefined) : undefined;
  const endCursor =
    page.items.length > 0 ? (page.cursor(page.items.length - 1) ?? undefined) : undefined;
  const links = {
    id:
      request.which === 'collection' || request.which === 'first'
        ? collection.first
        : request.which === 'last'
          ? collection.last
          : site.annotations(request.episode, {
              [request.which]: request.cursor ?? '',
              ...extra,
            }),
    next:
      page.hasNextPage && endCursor
        ? site.annotations(request.episode, { after: endCursor, ...extra })
        : null,
    prev:
      page.hasPreviousPage && startCursor
        ? site.annotations(request.episode, { before: startCursor, ...extra })
        : null,
  };
  if (request.which !== 'collection') {
    return annotationPageOf(items, links, collection, site);
  }
  return annotationCollectionOf(
    collection,
    page.items.length > 0 ? annotationPageOf(items, links, collection, site, false) : null,
  );
}

/** GET /turns/<key>: the turn's words, which the annotations' selectors count in. */
export async function turnTextOf(db: Database, idOrKey: string) {
  const key = keyOf(idOrKey, ['Turn'], 'id');
  const turn = await opendataRepository.turnText(db, key);
  if (!turn) throw new NotFoundError(`no turn ${key}`);
  return turn;
}
