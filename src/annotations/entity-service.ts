import { createHash } from 'node:crypto';

import type { CountedTransaction, Database } from '../db/database';
import { annotationRepository } from '../db/annotations/annotation-repository';
import { entityWriteRepository as repo } from '../db/annotations/entity-write-repository';
import type { EntityType } from '../domain/vocabulary';
import type { EntityAnnotation } from '../ingest/annotations/annotation-types';
import { slugify } from '../ingest/slug';
import { authorize, type Caller } from './access';
import { occurrenceAt } from './claim-scope';
import { denied, refuse, RefusedError, refusal, type Outcome } from './outcome';
import {
  corpusRuleSet,
  type AnnotationRuleSet,
  type RuleFinding,
  type RuleScope,
} from './rule-set';

export interface CreateEntityRequest {
  episode: string;
  key: string | null;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  externalIds: { key: string; value: string }[];
  year: number | null;
  clientMutationId: string | null;
}

export interface AddMentionRequest {
  turn: string;
  entity: string;
  form: string;
  occurrence: number | null;
}

export interface CreateExclusionRequest {
  turn: string;
  quote: string;
  occurrence: number | null;
  reason: string;
}

/** A mention written (or found again): its turn, entity and offsets. */
export interface MentionDone {
  ok: true;
  turnId: string;
  entityId: string;
  form: string;
  start: number;
  end: number;
}

/**
 * Entities, mentions and exclusions written in the workbench. Like the claims' service, each
 * write is one transaction, checked by the importer's rules (the schema, the verbatim forms,
 * the URL rule) before anything is written. Entities and mentions are public at once: they
 * carry no review state (PLAN decision 1 covers claims).
 */
export class EntityService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly rules: AnnotationRuleSet = corpusRuleSet,
  ) {}

  async createEntity(caller: Caller, request: CreateEntityRequest): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    const id = request.key ?? slugify(request.name);
    const keys = request.externalIds.map((entry) => entry.key);
    const twice = keys.find((key, i) => keys.indexOf(key) !== i);
    if (twice !== undefined) return refusal('input.externalIds', `"${twice}" is given twice`);
    const at = this.clock().toISOString();
    const mutationKey =
      request.clientMutationId === null
        ? null
        : digest(['createEntity', allowed.by, request.clientMutationId]);
    return this.write(async (tx) => {
      if (mutationKey !== null) {
        const earlier = await annotationRepository.mutationKey(tx, mutationKey, at);
        if (earlier.targetId !== null) return { ok: true, id: earlier.targetId, changed: false };
      }
      if (!(await repo.episodeExists(tx, request.episode))) {
        refuse('input.episode', `no episode with id "${request.episode}"`);
      }
      const existing = await repo.entity(tx, id);
      if (existing !== null) {
        refuse(
          'input.key',
          `"${id}" is already the ${existing.type} "${existing.name}": mention it, or give another key`,
        );
      }
      const annotation: EntityAnnotation = {
        id,
        type: request.type,
        name: request.name,
        ...(request.aliases.length > 0 ? { aliases: request.aliases } : {}),
        ...(request.description === null ? {} : { description: request.description }),
        ...(request.externalIds.length > 0
          ? { externalIds: Object.fromEntries(request.externalIds.map((x) => [x.key, x.value])) }
          : {}),
        ...(request.year === null ? {} : { year: request.year }),
      };
      const scope = await episodeScope(tx, request.episode);
      const { row, findings } = this.rules.checkEntity(annotation, request.episode, scope);
      if (row === null) throw refusedBy(findings);
      await repo.createEntity(tx, row, request.episode, allowed.by, at);
      if (mutationKey !== null) await annotationRepository.recordMutationKey(tx, mutationKey, id);
      return { ok: true, id, changed: true };
    });
  }

  async addMention(caller: Caller, request: AddMentionRequest): Promise<MentionDone | Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    const at = this.clock().toISOString();
    try {
      return await annotationRepository.inTransaction(this.db, async (tx) => {
        const turn = await annotationRepository.turnEpisode(tx, request.turn);
        if (turn === null) refuse('input.turn', `no turn with id "${request.turn}"`);
        const named = await annotationRepository.resolveEntities(tx, [request.entity]);
        const found = named.get(request.entity) ?? [];
        const [entity] = found;
        if (entity === undefined || found.length > 1) {
          refuse('input.entity', `"${request.entity}" names ${found.length} entities; give an id`);
        }
        const scope = await episodeScope(tx, turn.episodeId);
        const stub: EntityAnnotation = {
          id: entity.id,
          type: entity.type as EntityType,
          name: entity.name,
          mentions: [
            {
              turn: turn.localId,
              form: request.form,
              ...(request.occurrence === null ? {} : { occurrence: request.occurrence }),
            },
          ],
        };
        const { row, mentions, findings } = this.rules.checkEntity(stub, turn.episodeId, scope);
        // Without an occurrence the rules locate every one; the workbench adds the first.
        const [mention] = mentions;
        if (row === null || mention === undefined) throw refusedBy(findings);
        await repo.mergeMention(tx, mention, allowed.by, at);
        return { ok: true as const, ...mention };
      });
    } catch (error) {
      if (error instanceof RefusedError) return error.refusal;
      throw error;
    }
  }

  async createExclusion(caller: Caller, request: CreateExclusionRequest): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    const at = this.clock().toISOString();
    return this.write(async (tx) => {
      const turn = await annotationRepository.turnEpisode(tx, request.turn);
      if (turn === null) refuse('input.turn', `no turn with id "${request.turn}"`);
      const scope = await episodeScope(tx, turn.episodeId);
      const text = scope.episodes[0]?.turns.find((t) => t.id === turn.id)?.text ?? '';
      // The predictions of the turn: an exclusion may not say one of them is not a prediction.
      const neighbours = await annotationRepository.turnNeighbours(tx, turn.id);
      scope.claims = neighbours.predictions.map((claim) => ({
        id: claim.id,
        episodeId: turn.episodeId,
        turn: turn.localId,
        quote: claim.quote,
        occurrence: occurrenceAt(text, claim.quote, claim.start),
        speaker: claim.speakerId,
        isPrediction: true,
      }));
      const { row, findings } = this.rules.checkExclusion(
        {
          turn: turn.localId,
          quote: request.quote,
          reason: request.reason,
          ...(request.occurrence === null ? {} : { occurrence: request.occurrence }),
        },
        turn.episodeId,
        scope,
      );
      if (row === null) throw refusedBy(findings);
      await repo.mergeExclusion(tx, row, allowed.by, at);
      return { ok: true, id: row.id, changed: true };
    });
  }

  async removeExclusion(caller: Caller, id: string): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    return this.write(async (tx) => {
      if (!(await repo.deleteExclusion(tx, id))) refuse('id', `no exclusion with id "${id}"`);
      return { ok: true, id, changed: true };
    });
  }

  private async write(work: (tx: CountedTransaction) => Promise<Outcome>): Promise<Outcome> {
    try {
      return await annotationRepository.inTransaction(this.db, work);
    } catch (error) {
      if (error instanceof RefusedError) return error.refusal;
      throw error;
    }
  }
}

/** The episode as the rules read it, with nothing else in scope. */
async function episodeScope(tx: CountedTransaction, episodeId: string): Promise<RuleScope> {
  const episodes = await annotationRepository.episodes(tx, [episodeId]);
  return { episodes, entities: [], claims: [], exclusions: [] };
}

function refusedBy(findings: RuleFinding[]): RefusedError {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const [first] = errors;
  return new RefusedError(
    refusal(
      `input.${first?.field.replace(/^(mentions|entities)\./, '') ?? 'input'}`,
      errors.map((finding) => `${finding.field}: ${finding.message}`).join('; ') ||
        'the annotation rules refuse it',
    ),
  );
}

function digest(parts: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify(['claimgraph.mutation.v1', ...parts]))
    .digest('hex');
}
