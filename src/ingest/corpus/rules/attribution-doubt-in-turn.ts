import { placeDiscrepancy } from './place-discrepancy';
import type { FileRule } from './rule';

/** A doubt about who said something stands in a turn: it marks the claims it covers there. */
export const attributionDoubtInTurn: FileRule = {
  name: 'attribution-doubt-in-turn',
  discrepancy(item, i, { context, episode, report }) {
    if (item.kind !== 'attribution') return;
    const place = placeDiscrepancy(item, episode, (localId) => context.turn(episode, localId));
    if (place.found === 'note' || place.found === 'unplaced') {
      report.error(
        ['discrepancies', i, 'turn'],
        'an attribution doubt stands in a turn: give turn',
      );
    }
  },
};
