import { unknownEntity } from './messages';
import type { ClaimRule } from './rule';

/** What a claim is about are known entities. */
export const aboutKnownEntities: ClaimRule = {
  name: 'about-known-entities',
  check(claim, _turn, scope, report) {
    (claim.about ?? []).forEach((id, j) => {
      if (scope.entityType(id) === undefined) report.error(['about', j], unknownEntity(id));
    });
  },
};
