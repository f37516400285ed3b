import type { FileRule } from './rule';

/** What a verification note explains are known entities. */
export const noteExplainsEntities: FileRule = {
  name: 'note-explains-entities',
  noteLink(link, i, { episode, entityAt }) {
    // A link to a note the transcript lacks is note-exists' to report.
    if (!episode.notes.some((note) => note.number === link.note)) return;
    link.explains.forEach((id, j) => entityAt(['notes', i, 'explains', j], id));
  },
};
