import type { FileRule } from './rule';

/** A speaker named in a transcript header may be annotated, but only as a person. */
export const speakerIsPerson: FileRule = {
  name: 'speaker-is-person',
  entity(entity, i, { context, report }) {
    if (context.isSpeaker(entity.id) && entity.type !== 'person') {
      report.error(
        ['entities', i, 'type'],
        `"${entity.id}" is a speaker, so its type must be person`,
      );
    }
  },
};
