import type { FileRule } from './rule';

/** A claim id is defined once in the whole corpus. */
export const uniqueClaimIds: FileRule = {
  name: 'unique-claim-ids',
  defineClaim(claim, i, { context, report }) {
    const previous = context.claimDefinedAt(claim.id);
    if (previous !== undefined) {
      report.error(
        ['claims', i, 'id'],
        `duplicate claim id "${claim.id}" (first at ${previous()})`,
      );
    }
  },
};
