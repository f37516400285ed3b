import { placeDiscrepancy } from './place-discrepancy';
import type { FileRule } from './rule';

/** A discrepancy's text stands verbatim in the turn or the verification note it names. */
export const discrepancyTextPlaced: FileRule = {
  name: 'discrepancy-text-placed',
  discrepancy(item, i, { context, episode, report }) {
    const place = placeDiscrepancy(item, episode, (localId) => context.turn(episode, localId));
    if (place.found === 'missing') report.error(['discrepancies', i, place.field], place.message);
  },
};
