import { authorize, type Caller } from '../annotations/access';
import type { CountedTransaction, Database } from '../db/database';
import {
  resolutionRepository,
  type LockedPrediction,
  type ResolutionWrite,
} from '../db/claims/resolution-repository';
import { dedupeKey } from './dedupe-key';
import { MAX_NOTE_LENGTH, resolutionProblems } from './resolution-input';

/** Why a change was refused: the caller may not (no argument), or the argument to fix. */
export interface ResolutionRefusal {
  ok: false;
  code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  argument?: string;
  message: string;
}

export interface ResolutionDone {
  ok: true;
  /** The status read back inside the transaction that wrote it. */
  status: string;
  /** False when the change repeated the latest one and nothing was written. */
  recorded: boolean;
}

export type ResolutionOutcome = ResolutionDone | ResolutionRefusal;

export interface ResolveRequest {
  id: string;
  status: string;
  evidenceUrl: string;
  note: string | null;
  resolvedAt: string | null;
}

export interface ReopenRequest {
  id: string;
  note: string;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Resolutions and reopenings: the rules of a prediction's history. Each change runs in one
 * write transaction that takes the prediction's lock first, then checks the state it finds,
 * writes, and reads the result back, so concurrent changes queue and each is checked against
 * the one before it. Who may make them (editors and reviewers) is asked of
 * annotations/access.ts first. Time comes from the injected clock.
 */
export class ResolutionService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  resolve(caller: Caller, request: ResolveRequest): Promise<ResolutionOutcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok)
      return Promise.resolve({ ok: false, code: allowed.code, message: allowed.message });
    const now = this.clock();
    const today = now.toISOString().slice(0, 10);
    return this.change(request.id, (prediction) => {
      const problems = resolutionProblems(
        {
          status: request.status,
          url: request.evidenceUrl,
          note: request.note,
          resolvedAt: request.resolvedAt,
        },
        prediction,
        today,
      );
      const [first] = problems;
      if (first) {
        return refusal(first[0], problems.map(([arg, message]) => `${arg} ${message}`).join('; '));
      }
      return {
        id: request.id,
        action: 'RESOLVE',
        status: request.status,
        evidenceUrl: request.evidenceUrl,
        note: request.note,
        resolvedAt: request.resolvedAt ?? today,
        recordedAt: now.toISOString(),
        recordedBy: allowed.by,
      };
    });
  }

  reopen(caller: Caller, request: ReopenRequest): Promise<ResolutionOutcome> {
    const allowed = authorize(caller, 'annotate');
    if (!allowed.ok)
      return Promise.resolve({ ok: false, code: allowed.code, message: allowed.message });
    if (request.note.trim() === '' || request.note.length > MAX_NOTE_LENGTH) {
      return Promise.resolve(
        refusal('note', `note must say why, in 1 to ${MAX_NOTE_LENGTH} characters`),
      );
    }
    const now = this.clock();
    return this.change(request.id, (prediction) => {
      if (prediction.status === 'OPEN') return refusal('id', 'the prediction is already OPEN');
      return {
        id: request.id,
        action: 'REOPEN',
        status: 'OPEN',
        evidenceUrl: null,
        note: request.note,
        resolvedAt: null,
        recordedAt: now.toISOString(),
        recordedBy: allowed.by,
      };
    });
  }

  private async change(
    id: string,
    decide: (
      prediction: LockedPrediction,
    ) => Omit<ResolutionWrite, 'dedupeKey'> | ResolutionRefusal,
  ): Promise<ResolutionOutcome> {
    try {
      return await resolutionRepository.inTransaction(this.db, (tx) => this.inLock(tx, id, decide));
    } catch (error) {
      // Only our own constraint: a concurrent identical change landed first, which is the outcome.
      if (isDedupeViolation(error)) {
        const status = await resolutionRepository.status(this.db, id);
        if (status === null) return refusal('id', `no prediction with id "${id}"`);
        return { ok: true, status, recorded: false };
      }
      throw error;
    }
  }

  private async inLock(
    tx: CountedTransaction,
    id: string,
    decide: (
      prediction: LockedPrediction,
    ) => Omit<ResolutionWrite, 'dedupeKey'> | ResolutionRefusal,
  ): Promise<ResolutionOutcome> {
    const prediction = await resolutionRepository.lock(tx, id);
    if (prediction === null) return refusal('id', `no prediction with id "${id}"`);
    const decision = decide(prediction);
    // A refusal writes nothing; the transaction still ends by releasing the marker.
    if ('ok' in decision) {
      await resolutionRepository.unlock(tx, id);
      return decision;
    }
    if (repeatsLast(prediction, decision)) {
      const status = await resolutionRepository.unlock(tx, id);
      return { ok: true, status: status ?? prediction.status, recorded: false };
    }
    await resolutionRepository.record(tx, {
      ...decision,
      dedupeKey: dedupeKey({
        predictionId: id,
        previousId: prediction.last?.id ?? null,
        action: decision.action,
        status: decision.status,
        evidenceUrl: decision.evidenceUrl,
        note: decision.note,
        resolvedAt: decision.resolvedAt,
      }),
    });
    const status = await resolutionRepository.unlock(tx, id);
    return { ok: true, status: status ?? decision.status, recorded: true };
  }
}

/** The same change as the latest one: sending a resolution twice records it once. */
function repeatsLast(
  prediction: LockedPrediction,
  change: Omit<ResolutionWrite, 'dedupeKey'>,
): boolean {
  const last = prediction.last;
  return (
    last !== null &&
    prediction.status === change.status &&
    last.action === change.action &&
    (last.evidenceUrl ?? '') === (change.evidenceUrl ?? '') &&
    (last.note ?? '') === (change.note ?? '') &&
    (last.resolvedAt ?? '') === (change.resolvedAt ?? '')
  );
}

function refusal(argument: string, message: string): ResolutionRefusal {
  return { ok: false, code: 'BAD_USER_INPUT', argument, message };
}

/** A uniqueness failure on Resolution.dedupeKey, and no other constraint. */
export function isDedupeViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? error.code : undefined;
  const message = 'message' in error ? String(error.message) : '';
  return (
    code === CONSTRAINT_FAILED && message.includes('`Resolution`') && message.includes('dedupeKey')
  );
}
