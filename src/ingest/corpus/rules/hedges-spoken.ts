import type { ClaimRule } from './rule';

/** A prediction's hedges are words spoken in its turn (in any case). */
export const hedgesSpoken: ClaimRule = {
  name: 'hedges-spoken',
  check({ prediction }, turn, _scope, report) {
    if (prediction === undefined || turn === undefined) return;
    const lower = turn.text.toLowerCase();
    (prediction.confidence.hedges ?? []).forEach((hedge, j) => {
      if (!lower.includes(hedge.toLowerCase())) {
        report.error(
          ['prediction', 'confidence', 'hedges', j],
          `hedge "${hedge}" is not spoken in ${turn.localId}`,
        );
      }
    });
  },
};
