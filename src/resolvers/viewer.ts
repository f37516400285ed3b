import { authorize } from '../annotations/access';
import type { QueryResolvers, ViewerRole } from '../__generated__/resolvers-types';
import type { Context } from '../context';

/** Token roles (CLAIMGRAPH_TOKENS) as the API names them. */
const ROLES: Readonly<Record<string, ViewerRole>> = {
  reader: 'READER',
  editor: 'EDITOR',
  reviewer: 'REVIEWER',
};

function roleOf(context: Context): ViewerRole {
  if (context.viewer === null) return context.sentCredentials ? 'UNKNOWN' : 'ANONYMOUS';
  return ROLES[context.viewer.role] ?? 'READER';
}

/**
 * What the caller's token lets them do, so a client offers only that. The flags ask the same
 * rules the mutations ask (annotations/access.ts; resolvePrediction needs what annotating
 * needs), so they cannot drift from what the server allows.
 */
export const ViewerQuery: Pick<QueryResolvers, 'viewer'> = {
  viewer: (_parent, _args, context) => ({
    name: context.viewer?.name ?? null,
    role: roleOf(context),
    canAnnotate: authorize(context, 'annotate').ok,
    canReview: authorize(context, 'review').ok,
    canResolve: authorize(context, 'annotate').ok,
  }),
};
