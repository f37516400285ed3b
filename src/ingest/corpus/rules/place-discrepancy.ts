import type { Episode, Turn, VerificationNote } from '../../../domain/transcript';
import type { DiscrepancyAnnotation } from '../../annotations/annotation-types';
import { noSuchNote, unknownTurn } from './messages';
import { clip } from './text';

/** Where a discrepancy's text stands: in a turn (at an offset), in a note, or nowhere given. */
export type DiscrepancyPlace =
  | { found: 'turn'; turn: Turn; start: number }
  | { found: 'note'; note: VerificationNote }
  | { found: 'unplaced' }
  | { found: 'missing'; field: 'turn' | 'note' | 'text'; message: string };

/** Finds a discrepancy's text in its turn or note; the rules and the rows share this. */
export function placeDiscrepancy(
  item: DiscrepancyAnnotation,
  episode: Episode,
  turnOf: (localId: string) => Turn | undefined,
): DiscrepancyPlace {
  if (item.turn !== undefined) {
    const turn = turnOf(item.turn);
    if (turn === undefined) {
      return {
        found: 'missing',
        field: 'turn',
        message: unknownTurn(item.turn, episode.turns.length),
      };
    }
    const start = turn.text.indexOf(item.text);
    if (start < 0) {
      return {
        found: 'missing',
        field: 'text',
        message: `"${clip(item.text)}" does not occur in ${item.turn}`,
      };
    }
    return { found: 'turn', turn, start };
  }
  if (item.note !== undefined) {
    const note = episode.notes.find((candidate) => candidate.number === item.note);
    if (note === undefined)
      return { found: 'missing', field: 'note', message: noSuchNote(item.note) };
    if (!`${note.term}: ${note.text}`.includes(item.text)) {
      return {
        found: 'missing',
        field: 'text',
        message: `"${clip(item.text)}" does not occur in note [^${item.note}]`,
      };
    }
    return { found: 'note', note };
  }
  return { found: 'unplaced' };
}
