import { bucketFor } from '../../../domain/confidence-table';
import type { ClaimRule } from './rule';

/**
 * Hedges and bucket agree with the table in src/domain/confidence-table.ts, or an override
 * says why not. Only a warning: the annotator may know better, and says so with an override.
 */
export const confidenceMatchesTable: ClaimRule = {
  name: 'confidence-matches-table',
  check({ prediction }, turn, _scope, report) {
    if (prediction === undefined || turn === undefined) return;
    const { hedges = [], bucket, override } = prediction.confidence;
    if (override !== undefined) return;
    const at = ['prediction', 'confidence'];
    const reading = bucketFor(hedges);
    if (!reading.ok) {
      report.warn(
        [...at, 'hedges'],
        `hedge(s) not in the table (seed/README.md): ${reading.unknown.map((h) => `"${h}"`).join(', ')}; add them to the table or give an override`,
      );
    } else if (reading.bucket !== bucket) {
      report.warn(
        [...at, 'bucket'],
        `the hedge table gives ${reading.bucket} for ${hedges.length === 0 ? 'no hedge' : hedges.map((h) => `"${h}"`).join(', ')}, not ${bucket}; re-bucket or give an override`,
      );
    }
  },
};
