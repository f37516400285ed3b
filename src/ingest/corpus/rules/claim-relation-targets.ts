import type { ClaimRule } from './rule';

/** A claim relates to another claim that exists. */
export const claimRelationTargets: ClaimRule = {
  name: 'claim-relation-targets',
  check(claim, _turn, scope, report) {
    (claim.relations ?? []).forEach((relation, j) => {
      const at = ['relations', j, 'target'];
      if (!scope.claimExists(relation.target)) {
        report.error(at, `unknown claim "${relation.target}"`);
      } else if (relation.target === claim.id) {
        report.error(at, 'a claim cannot relate to itself');
      }
    });
  },
};
