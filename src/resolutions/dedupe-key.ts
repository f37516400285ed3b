import { createHash } from 'node:crypto';

/**
 * The identity of one change to a prediction's history: a sha256 of a canonical JSON tuple.
 * Unlike text joined with a separator, no two different changes can produce the same key
 * (a note containing "|" cannot shift its neighbours), and its length does not grow with the
 * note.
 */
export function dedupeKey(change: {
  predictionId: string;
  previousId: string | null;
  action: string;
  status: string;
  evidenceUrl: string | null;
  note: string | null;
  resolvedAt: string | null;
}): string {
  const tuple = [
    'claimgraph.resolution.v1',
    change.predictionId,
    change.previousId,
    change.action,
    change.status,
    change.evidenceUrl,
    change.note,
    change.resolvedAt,
  ];
  return createHash('sha256').update(JSON.stringify(tuple)).digest('hex');
}
