import { createHash } from 'node:crypto';

import type { CountedTransaction, Database } from '../db/database';
import {
  annotationRepository as repo,
  type ClaimState,
} from '../db/annotations/annotation-repository';
import type { ClaimRow } from '../domain/corpus';
import { slugify } from '../ingest/slug';
import { publishClaimChanged, type ClaimEvent } from '../live/claim-events';
import { publishPredictionChanged } from '../live/prediction-events';
import { authorize, mayReview, type Caller } from './access';
import {
  applyUpdate,
  fieldChanges,
  fieldsOf,
  toAnnotation,
  type ClaimFields,
  type FieldUpdate,
} from './claim-fields';
import { resolveClaim, type ResolvedClaim } from './claim-scope';
import { publicClaimsChanged } from './dashboard-counters';
import { denied, refuse, RefusedError, refusal, type Outcome } from './outcome';
import { corpusRuleSet, type AnnotationRuleSet, type RuleFinding } from './rule-set';

export interface CreateClaimRequest {
  turn: string;
  fields: ClaimFields;
  clientMutationId: string | null;
}

export interface UpdateClaimRequest {
  id: string;
  update: FieldUpdate;
  note: string | null;
}

const MAX_REASON = 2000;
const MAX_CLIENT_MUTATION_ID = 200;
const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Claims written in the workbench: create, edit, retract, review (issue 15). Each runs in one
 * write transaction that reads what it needs, checks it with the importer's rules, writes the
 * claim, its labels and a revision together, and commits or refuses as a whole; live updates go
 * out after the commit. Who may do what is asked of access.ts; time comes from the clock.
 */
export class AnnotationService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly rules: AnnotationRuleSet = corpusRuleSet,
  ) {}

  async createClaim(caller: Caller, request: CreateClaimRequest): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    const { clientMutationId } = request;
    if (clientMutationId !== null && clientMutationId.length > MAX_CLIENT_MUTATION_ID) {
      return refusal('input.clientMutationId', `at most ${MAX_CLIENT_MUTATION_ID} characters`);
    }
    const at = this.clock().toISOString();
    const key =
      clientMutationId === null ? null : mutationKey('createClaim', allowed.by, clientMutationId);
    return this.write(async (tx) => {
      if (key !== null) {
        const earlier = await repo.mutationKey(tx, key, at);
        if (earlier.targetId !== null)
          return { done: { ok: true, id: earlier.targetId, changed: false } };
      }
      const resolved = await resolveClaim(tx, request.turn, request.fields);
      const id = await freshClaimId(tx, resolved);
      const row = this.check(id, resolved);
      await repo.createDraft(tx, id, allowed.by, at);
      await repo.writeContent(tx, row, relationsOf(resolved.fields));
      await repo.recordRevision(tx, {
        id,
        sequence: 1,
        at,
        by: allowed.by,
        action: 'CREATE',
        note: null,
        changes: JSON.stringify(fieldChanges(null, resolved.fields)),
      });
      if (key !== null) await repo.recordMutationKey(tx, key, id);
      return {
        done: { ok: true, id, changed: true },
        event: event(id, row.episodeId, 'CREATE', 'DRAFT', false, false),
      };
    }, key);
  }

  async updateClaim(caller: Caller, request: UpdateClaimRequest): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    const at = this.clock().toISOString();
    return this.write(async (tx) => {
      const state = await locked(tx, request.id);
      if (state.claim.retractedAt !== null) {
        refuse('id', `claim "${request.id}" was retracted; annotate the statement anew instead`);
      }
      const before = fieldsOf(state, await turnText(tx, state));
      const resolved = await resolveClaim(
        tx,
        state.claim.turnId,
        applyUpdate(before, request.update),
      );
      const changes = fieldChanges(before, resolved.fields);
      if (changes.length === 0) {
        await repo.unlockClaim(tx, request.id);
        return { done: { ok: true, id: request.id, changed: false } };
      }
      const row = this.check(request.id, resolved);
      await repo.writeContent(tx, row, relationsOf(resolved.fields));
      if (state.public) await publicClaimsChanged(tx, { claimId: request.id, delta: -1 });
      await repo.recordRevision(tx, {
        id: request.id,
        sequence: state.lastRevision + 1,
        at,
        by: allowed.by,
        action: 'UPDATE',
        note: request.note,
        changes: JSON.stringify(changes),
      });
      await repo.unlockClaim(tx, request.id);
      return {
        done: { ok: true, id: request.id, changed: true },
        event: event(request.id, row.episodeId, 'UPDATE', 'DRAFT', state.public, false),
        prediction: state.public && state.claim.isPrediction,
      };
    });
  }

  async retractClaim(caller: Caller, id: string, reason: string): Promise<Outcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok) return denied(allowed);
    if (reason.trim() === '' || reason.length > MAX_REASON) {
      return refusal('reason', `say why, in 1 to ${MAX_REASON} characters`);
    }
    const at = this.clock().toISOString();
    return this.write(async (tx) => {
      const state = await locked(tx, id);
      if (state.claim.retractedAt !== null) {
        await repo.unlockClaim(tx, id);
        return { done: { ok: true, id, changed: false } };
      }
      await repo.retract(tx, { id, by: allowed.by, at, reason });
      if (state.public) await publicClaimsChanged(tx, { claimId: id, delta: -1 });
      await repo.recordRevision(tx, {
        id,
        sequence: state.lastRevision + 1,
        at,
        by: allowed.by,
        action: 'RETRACT',
        note: reason,
        changes: '[]',
      });
      await repo.unlockClaim(tx, id);
      const { reviewState, episodeId, isPrediction } = state.claim;
      return {
        done: { ok: true, id, changed: true },
        event: event(id, episodeId, 'RETRACT', reviewState, state.public, false),
        prediction: state.public && isPrediction,
      };
    });
  }

  async reviewClaim(
    caller: Caller,
    request: { id: string; verdict: 'ACCEPT' | 'REJECT'; note: string | null },
  ): Promise<Outcome> {
    const allowed = authorize(caller, 'review');
    if (!allowed.ok) return denied(allowed);
    const { id, verdict, note } = request;
    if (note !== null && note.length > MAX_REASON) {
      return refusal('note', `at most ${MAX_REASON} characters`);
    }
    const at = this.clock().toISOString();
    return this.write(async (tx) => {
      const state = await locked(tx, id);
      if (state.claim.retractedAt !== null) {
        refuse('id', `claim "${id}" was retracted and cannot be reviewed`);
      }
      const authors = [...state.authors, ...(state.createdBy === null ? [] : [state.createdBy])];
      const own = mayReview(allowed.by, authors);
      if (own !== null) throw new RefusedError(denied(own));
      const target = verdict === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
      if (state.claim.reviewState === target) {
        await repo.unlockClaim(tx, id);
        return { done: { ok: true, id, changed: false } };
      }
      if (verdict === 'ACCEPT') await repo.accept(tx, { id, by: allowed.by, at, note });
      else await repo.reject(tx, { id, by: allowed.by, at, note });
      const publicAfter = verdict === 'ACCEPT';
      if (publicAfter !== state.public) {
        await publicClaimsChanged(tx, { claimId: id, delta: publicAfter ? 1 : -1 });
      }
      await repo.recordRevision(tx, {
        id,
        sequence: state.lastRevision + 1,
        at,
        by: allowed.by,
        action: verdict,
        note,
        changes: JSON.stringify([
          { field: 'review.state', before: state.claim.reviewState, after: target },
        ]),
      });
      await repo.unlockClaim(tx, id);
      return {
        done: { ok: true, id, changed: true },
        event: event(id, state.claim.episodeId, verdict, target, state.public, publicAfter),
        prediction: state.claim.isPrediction && (state.public || publicAfter),
      };
    });
  }

  /** The importer's rules over the claim; any error, or a confidence warning, refuses it. */
  private check(id: string, resolved: ResolvedClaim): ClaimRow {
    const annotation = toAnnotation(
      id,
      resolved.turn.localId,
      resolved.fields,
      {
        about: resolved.fields.about,
        speaker: resolved.fields.speaker,
        attributedPerson:
          resolved.fields.attributedTo !== null && 'person' in resolved.fields.attributedTo
            ? resolved.fields.attributedTo.person
            : null,
      },
      resolved.episode.airDate,
    );
    const { row, findings } = this.rules.checkClaim(
      annotation,
      resolved.episode.id,
      resolved.scope,
    );
    // The table's word is final in the workbench: a bucket that departs from it needs override.
    const blocking = findings.filter(
      (finding) => finding.severity === 'error' || finding.field.startsWith('prediction.'),
    );
    const [first] = blocking;
    if (first !== undefined || row === null) {
      throw new RefusedError(
        refusal(
          `input.${first?.field ?? 'quote'}`,
          blocking.map(describe).join('; ') || 'the claim does not pass the annotation rules',
        ),
      );
    }
    return row;
  }

  /**
   * Runs one write transaction; a refusal thrown inside rolls it back. Live updates go out only
   * after the commit. A clientMutationId that a concurrent request committed first is that
   * request's outcome.
   */
  private async write(
    work: (tx: CountedTransaction) => Promise<WriteResult>,
    key: string | null = null,
  ): Promise<Outcome> {
    let result: WriteResult;
    try {
      result = await repo.inTransaction(this.db, work);
    } catch (error) {
      if (error instanceof RefusedError) return error.refusal;
      if (key !== null && isConstraintFailure(error, 'MutationKey')) {
        const earlier = await repo.inTransaction(this.db, (tx) =>
          repo.mutationKey(tx, key, this.clock().toISOString()),
        );
        if (earlier.targetId !== null) return { ok: true, id: earlier.targetId, changed: false };
      }
      throw error;
    }
    if (result.event) publishClaimChanged(result.event);
    if (result.prediction === true && result.event) publishPredictionChanged(result.event.id);
    return result.done;
  }
}

interface WriteResult {
  done: Outcome;
  event?: ClaimEvent;
  /** A prediction entered or left public reads: the dashboard's prediction feed hears of it. */
  prediction?: boolean;
}

function event(
  id: string,
  episodeId: string,
  action: ClaimEvent['action'],
  state: ClaimEvent['state'],
  publicBefore: boolean,
  publicAfter: boolean,
): ClaimEvent {
  return { id, episodeId, action, state, publicBefore, publicAfter };
}

async function locked(tx: CountedTransaction, id: string): Promise<ClaimState> {
  const state = await repo.lockClaim(tx, id);
  if (state === null) refuse('id', `no claim with id "${id}"`);
  return state;
}

/** The text of the claim's turn, which says which occurrence of its quote it is. */
async function turnText(tx: CountedTransaction, state: ClaimState): Promise<string> {
  const [episode] = await repo.episodes(tx, [state.claim.episodeId]);
  return episode?.turns.find((turn) => turn.id === state.claim.turnId)?.text ?? '';
}

function relationsOf(fields: ClaimFields): { type: string; to: string }[] {
  return fields.relations.map((relation) => ({ type: relation.type, to: relation.target }));
}

function describe(finding: RuleFinding): string {
  return `${finding.field}: ${finding.message}`;
}

/** The identity of a clientMutationId: per operation and per token name. */
function mutationKey(operation: string, by: string, clientMutationId: string): string {
  return createHash('sha256')
    .update(JSON.stringify(['claimgraph.mutation.v1', operation, by, clientMutationId]))
    .digest('hex');
}

/**
 * A readable id for a new claim: the speaker's first name and the first words of the quote
 * (`sholto-rl-in-language-models-has`), with a number added when it is taken under either label.
 */
async function freshClaimId(tx: CountedTransaction, resolved: ResolvedClaim): Promise<string> {
  const speaker = resolved.episode.speakers.find(
    (candidate) => candidate.id === (resolved.fields.speaker ?? resolved.turn.speakerId),
  );
  const words = slugify(resolved.fields.quote).split('-').slice(0, 6).join('-');
  const base = slugify(`${speaker?.firstName ?? 'claim'} ${words}`).slice(0, 100) || 'claim';
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await repo.takenClaimIds(tx, candidates);
  const free = candidates.find((candidate) => !taken.has(candidate));
  return (
    free ??
    `${base}-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 8)}`
  );
}

/** A uniqueness failure on `label`'s constraint, and no other. */
function isConstraintFailure(error: unknown, label: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? error.code : undefined;
  const message = 'message' in error ? String(error.message) : '';
  return code === CONSTRAINT_FAILED && message.includes(`\`${label}\``);
}
