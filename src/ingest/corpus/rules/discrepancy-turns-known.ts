import { placeDiscrepancy } from './place-discrepancy';
import type { FileRule } from './rule';

/** The further turns a discrepancy concerns are turns of its episode. */
export const discrepancyTurnsKnown: FileRule = {
  name: 'discrepancy-turns-known',
  discrepancy(item, i, { context, episode, turnAt }) {
    // Until its own text is found, discrepancy-text-placed speaks for it.
    const place = placeDiscrepancy(item, episode, (localId) => context.turn(episode, localId));
    if (place.found === 'missing') return;
    (item.turns ?? []).forEach((localId, j) => turnAt(['discrepancies', i, 'turns', j], localId));
  },
};
