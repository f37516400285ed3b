import type { QueryResolvers, ViewerRole } from '../__generated__/resolvers-types';
import type { Context } from '../context';

/** Token roles (CLAIMGRAPH_TOKENS) as the API names them; a role not listed reads only. */
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
 * What the caller's token lets them do, so a client can offer only that. The mutations check
 * for themselves (requireEditor in mutation.ts, the workbench's role checks): these flags say
 * what those checks allow and decide nothing.
 */
export const ViewerQuery: Pick<QueryResolvers, 'viewer'> = {
  viewer: (_parent, _args, context) => {
    const role = roleOf(context);
    return {
      name: context.viewer?.name ?? null,
      role,
      canAnnotate: role === 'EDITOR' || role === 'REVIEWER',
      canReview: role === 'REVIEWER',
      canResolve: role === 'EDITOR',
    };
  },
};
