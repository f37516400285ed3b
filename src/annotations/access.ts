import type { Viewer } from '../auth';
import type { Visibility } from '../db/shared/visibility';

/**
 * Who may do what (issue 15): readers and anonymous callers write nothing; editors annotate
 * (and resolve predictions); reviewers annotate and review, never a claim they wrote or edited.
 * The services ask here; resolvers only pass the caller along.
 */
export type Action = 'annotate' | 'review' | 'readDrafts';

/** Why a caller may not do something: the GraphQL code and the message to show. */
export interface Denial {
  ok: false;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  argument?: string;
  message: string;
}

export interface Caller {
  viewer: Viewer | null;
  /** The request carried an Authorization header at all (a bad token, not none). */
  sentCredentials: boolean;
}

const NEEDS: Record<Action, readonly string[]> = {
  annotate: ['editor', 'reviewer'],
  review: ['reviewer'],
  readDrafts: ['editor', 'reviewer'],
};

const WHAT: Record<Action, string> = {
  annotate: 'an editor or reviewer token',
  review: 'a reviewer token',
  readDrafts: 'an editor or reviewer token (includeDrafts)',
};

/** The caller's name when they may do `action`, or why not. */
export function authorize(caller: Caller, action: Action): { ok: true; by: string } | Denial {
  const { viewer } = caller;
  if (viewer === null) {
    return {
      ok: false,
      code: 'UNAUTHENTICATED',
      message: caller.sentCredentials
        ? 'the bearer token is not valid'
        : `${WHAT[action]} is needed`,
    };
  }
  if (!NEEDS[action].includes(viewer.role)) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `${viewer.name} has the ${viewer.role} role; ${WHAT[action]} is needed`,
    };
  }
  return { ok: true, by: viewer.name };
}

/** The visibility of a read: drafts only when asked for and allowed. */
export function visibilityFor(
  caller: Caller,
  includeDrafts: boolean | null | undefined,
): { ok: true; visibility: Visibility } | Denial {
  if (includeDrafts !== true) return { ok: true, visibility: 'public' };
  const allowed = authorize(caller, 'readDrafts');
  return allowed.ok ? { ok: true, visibility: 'drafts' } : allowed;
}

/**
 * Nobody reviews their own claim: whoever created or edited it is one of its authors, and a
 * second person must accept it (four eyes). Withdraw your own with retractClaim instead.
 */
export function mayReview(by: string, authors: readonly string[]): Denial | null {
  if (!authors.includes(by)) return null;
  return {
    ok: false,
    code: 'FORBIDDEN',
    argument: 'id',
    message: `${by} wrote or edited this claim, so another reviewer must review it`,
  };
}
