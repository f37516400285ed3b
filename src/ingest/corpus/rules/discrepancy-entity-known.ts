import type { FileRule } from './rule';

/** A discrepancy about an entity names one that exists. */
export const discrepancyEntityKnown: FileRule = {
  name: 'discrepancy-entity-known',
  discrepancy(item, i, { entityAt }) {
    if (item.entity !== undefined) entityAt(['discrepancies', i, 'entity'], item.entity);
  },
};
