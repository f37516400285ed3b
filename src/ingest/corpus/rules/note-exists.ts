import { noSuchNote } from './messages';
import type { FileRule } from './rule';

/** A note link names a verification note the transcript has. */
export const noteExists: FileRule = {
  name: 'note-exists',
  noteLink(link, i, { episode, report }) {
    if (!episode.notes.some((note) => note.number === link.note)) {
      report.error(['notes', i, 'note'], noSuchNote(link.note));
    }
  },
};
