import type { Denial } from './access';

/** Why a write was refused, in terms of the argument to fix. */
export interface Refusal {
  ok: false;
  code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** The input field at fault (input.quote, id...), when there is one. */
  argument?: string;
  message: string;
}

export interface Done {
  ok: true;
  /** The key of the claim, entity, mention or exclusion written (or found again). */
  id: string;
  /** False when nothing was written: a repeated clientMutationId, or no change. */
  changed: boolean;
}

export type Outcome = Done | Refusal;

export function refusal(argument: string, message: string): Refusal {
  return { ok: false, code: 'BAD_USER_INPUT', argument, message };
}

export function denied(denial: Denial): Refusal {
  return {
    ok: false,
    code: denial.code,
    message: denial.message,
    ...(denial.argument === undefined ? {} : { argument: denial.argument }),
  };
}

/** Thrown inside a write transaction to end it (rolled back) with a refusal. */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

export function refuse(argument: string, message: string): never {
  throw new RefusedError(refusal(argument, message));
}
