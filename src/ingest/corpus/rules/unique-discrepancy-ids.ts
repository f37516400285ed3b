import type { FileRule } from './rule';

/** A discrepancy id is defined once in the whole corpus. */
export const uniqueDiscrepancyIds: FileRule = {
  name: 'unique-discrepancy-ids',
  defineDiscrepancy(item, i, { context, report }) {
    const previous = context.discrepancyDefinedAt(item.id);
    if (previous !== undefined) {
      report.error(
        ['discrepancies', i, 'id'],
        `duplicate discrepancy id "${item.id}" (first at ${previous()})`,
      );
    }
  },
};
