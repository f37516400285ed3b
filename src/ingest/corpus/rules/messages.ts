/** Wording several rules share, so the same fault reads the same wherever it is found. */

export function unknownTurn(localId: string, turnCount: number): string {
  return `unknown turn "${localId}"; this episode has t001 to t${String(turnCount).padStart(3, '0')}`;
}

export function unknownEntity(id: string): string {
  return `unknown entity "${id}"`;
}

export function noSuchNote(note: number): string {
  return `the transcript has no verification note [^${note}]`;
}
