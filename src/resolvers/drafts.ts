import { GraphQLError } from 'graphql';

import { visibilityFor } from '../annotations/access';
import type { Context } from '../context';
import type { ClaimModel } from '../db/shared/models';
import type { Visibility } from '../db/shared/visibility';
import { createLoaders, type Loaders } from '../loaders';

/**
 * includeDrafts: the visibility a read asked for, when the caller may have it (the rule lives
 * in annotations/access.ts). Asking without an editor or reviewer token is an error, not a
 * silent public answer, so a client knows it did not get drafts.
 */
export function visibilityOf(
  context: Context,
  includeDrafts: boolean | null | undefined,
): Visibility {
  const decided = visibilityFor(context, includeDrafts);
  if (!decided.ok) throw new GraphQLError(decided.message, { extensions: { code: decided.code } });
  return decided.visibility;
}

/** The loaders that see what `visibility` allows: drafts get their own set, made once. */
export function loadersFor(context: Context, visibility: Visibility | undefined): Loaders {
  if (visibility !== 'drafts') return context.loaders;
  context.draftLoaders ??= createLoaders(context.db, { visibility: 'drafts' });
  return context.draftLoaders;
}

/** A claim's nested lists read with the visibility the claim itself was read with. */
export function claimLoaders(context: Context, claim: ClaimModel): Loaders {
  return loadersFor(context, claim.visibility);
}
