import DataLoader from 'dataloader';

import { claimRepository, type NestedClaimQuery } from './db/claims/claim-repository';
import type { Database } from './db/database';
import { entityRepository } from './db/entities/entity-repository';
import { episodeRepository } from './db/episodes/episode-repository';
import type {
  ClaimModel,
  MentionModel,
  Page,
  RelatedEntityModel,
  TurnModel,
} from './db/shared/models';
import type { PageRequest } from './db/shared/pagination';
import type { Shape } from './db/shared/shape';

/**
 * Per-request batching: every field that needs the database asks a loader, and each loader
 * sends one query per tick for all the keys asked. Round trips then grow with the depth of
 * a query, not with the number of rows it returns.
 */
export function createLoaders(db: Database, options: LoaderOptions = {}) {
  const schedule = waveScheduler(db);
  const { maxBatchSize } = options;
  const byKey = <V>(batch: (db: Database, ids: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>((ids) => batch(db, ids), {
      batchScheduleFn: schedule,
      ...(maxBatchSize ? { maxBatchSize } : {}),
    });
  const paged = <Args, V>(batch: (ids: string[], args: Args) => Promise<V[]>) =>
    pagedLoader(batch, schedule, maxBatchSize);

  return {
    episode: byKey((d, ids) => episodeRepository.byIds(d, ids)),
    appearancesByEpisode: byKey((d, ids) => episodeRepository.appearancesByEpisode(d, ids)),
    appearancesByPerson: byKey((d, ids) => episodeRepository.appearancesByPerson(d, ids)),
    section: byKey((d, ids) => episodeRepository.sectionsByIds(d, ids)),
    sectionsByEpisode: byKey((d, ids) => episodeRepository.sectionsByEpisode(d, ids)),
    turn: byKey((d, ids) => episodeRepository.turnsByIds(d, ids)),
    turnText: byKey((d, ids) => episodeRepository.turnTexts(d, ids)),
    turnsBySection: byKey((d, ids) => episodeRepository.turnsBySection(d, ids)),
    note: byKey((d, ids) => episodeRepository.notesByIds(d, ids)),
    notesByEpisode: byKey((d, ids) => episodeRepository.notesByEpisode(d, ids)),
    notesByEntity: byKey((d, ids) => episodeRepository.notesByEntity(d, ids)),
    noteExplains: byKey((d, ids) => episodeRepository.noteExplains(d, ids)),
    discrepanciesByEpisode: byKey((d, ids) => episodeRepository.discrepanciesByEpisode(d, ids)),
    discrepanciesByEntity: byKey((d, ids) => episodeRepository.discrepanciesByEntity(d, ids)),
    discrepancy: byKey((d, ids) => episodeRepository.discrepanciesByIds(d, ids)),
    claimCountByEpisode: byKey((d, ids) => episodeRepository.claimCountsByEpisode(d, ids)),
    claim: byKey((d, ids) => claimRepository.byIds(d, ids)),
    claimsByTurn: byKey((d, ids) => claimRepository.byTurn(d, ids)),
    aboutByClaim: byKey((d, ids) => claimRepository.aboutByClaim(d, ids)),
    relationsByClaim: byKey((d, ids) => claimRepository.relationsByClaim(d, ids)),
    resolutionsByClaim: byKey((d, ids) => claimRepository.resolutionsByClaim(d, ids)),
    trackRecord: byKey((d, ids) => claimRepository.trackRecords(d, ids)),
    entity: byKey((d, ids) => entityRepository.byIds(d, ids)),
    mentionsByTurn: byKey((d, ids) => entityRepository.mentionsByTurn(d, ids)),
    mentionCount: byKey((d, ids) => entityRepository.mentionCounts(d, ids)),
    citedBy: byKey((d, ids) => entityRepository.citedBy(d, ids)),
    entityRelations: byKey((d, ids) => entityRepository.relations(d, ids)),
    // Claims in the shape a query compiled (resolvers/shapes.ts): requests that share a shape
    // share a statement.
    claimShaped: paged<{ shape: Shape; predictionsOnly: boolean }, ClaimModel | null>(
      (ids, { shape, predictionsOnly }) =>
        claimRepository.byIds(db, ids, { shape, predictionsOnly }),
    ),
    claimPagesBySpeaker: paged<
      PageRequest & NestedClaimQuery & { predictionsOnly: boolean; shape: Shape },
      Page<ClaimModel>
    >((ids, { predictionsOnly, kinds, episodeId, shape, ...request }) =>
      claimRepository.pagesBy(
        db,
        'speaker',
        predictionsOnly,
        ids,
        request,
        { kinds, episodeId },
        { shape },
      ),
    ),
    claimPagesByEntity: paged<PageRequest & { shape: Shape }, Page<ClaimModel>>(
      (ids, { shape, ...request }) =>
        claimRepository.pagesBy(
          db,
          'entity',
          false,
          ids,
          request,
          { kinds: null, episodeId: null },
          { shape },
        ),
    ),
    turnPagesBySpeaker: paged<PageRequest, Page<TurnModel>>((ids, request) =>
      episodeRepository.turnPagesBySpeaker(db, ids, request),
    ),
    mentionPagesByEntity: paged<PageRequest, Page<MentionModel>>((ids, request) =>
      entityRepository.mentionPages(db, ids, request),
    ),
    relatedEntities: paged<
      { depth: number; types: string[] | null; first: number },
      RelatedEntityModel[]
    >((ids, options) => entityRepository.related(db, ids, options)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface LoaderOptions {
  /** 1 turns batching off: one statement per parent, as naive resolvers do (benchmarks only). */
  maxBatchSize?: number;
}

/**
 * A loader for lists that take arguments (pages): keys that share arguments are batched into
 * one query, so a list of 50 people asking for their first 5 claims costs one round trip. A
 * group whose arguments fail (a cursor of another list) fails its own keys only.
 */
function pagedLoader<Args, V>(
  batch: (ids: string[], args: Args) => Promise<V[]>,
  schedule: (dispatch: () => void) => void,
  maxBatchSize?: number,
) {
  return new DataLoader<{ id: string; args: Args }, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: Args; ids: string[] }>();
      for (const key of keys) {
        const argsKey = JSON.stringify(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, ids: [] };
        group.ids.push(key.id);
        groups.set(argsKey, group);
      }
      const results = new Map<string, V | Error>();
      await Promise.all(
        [...groups.entries()].map(async ([argsKey, group]) => {
          const values = await batch(group.ids, group.args).catch((error: unknown) =>
            group.ids.map(() => (error instanceof Error ? error : new Error(String(error)))),
          );
          group.ids.forEach((id, i) => {
            const value = values[i];
            if (value !== undefined) results.set(`${id}\u0000${argsKey}`, value);
          });
        }),
      );
      return keys.map((key) => {
        const value = results.get(`${key.id}\u0000${JSON.stringify(key.args)}`);
        return value === undefined ? new Error(`no result for ${key.id}`) : value;
      });
    },
    {
      cacheKeyFn: (key) => `${key.id}\u0000${JSON.stringify(key.args)}`,
      batchScheduleFn: schedule,
      ...(maxBatchSize ? { maxBatchSize } : {}),
    },
  );
}

/**
 * Dispatches batches in waves: a wave goes out only when none of this request's queries is
 * running, so every load that the previous wave's results trigger joins one batch per loader.
 * Without this, which loads share a batch depends on which query happens to answer first, and
 * the number of round trips would vary with the data instead of the query's shape.
 */
function waveScheduler(db: Database): (dispatch: () => void) => void {
  let pending: (() => void)[] = [];
  let scheduled = false;
  const flush = (): void => {
    // setImmediate runs after the promise continuations that enqueue further loads.
    setImmediate(() => {
      if (db.inFlight > 0) {
        db.whenIdle(flush);
        return;
      }
      scheduled = false;
      const wave = pending;
      pending = [];
      for (const dispatch of wave) dispatch();
    });
  };
  return (dispatch) => {
    pending.push(dispatch);
    if (!scheduled) {
      scheduled = true;
      flush();
    }
  };
}
