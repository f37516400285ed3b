import type { FileRule } from './rule';

/** An episode defines an entity once (files of other episodes may define it again). */
export const uniqueEntityIds: FileRule = {
  name: 'unique-entity-ids',
  defineEntity(entity, i, { context, episode, report }) {
    if (context.definedInEpisode(episode.id, entity.id)) {
      report.error(['entities', i, 'id'], `duplicate entity id "${entity.id}" in this episode`);
    }
  },
};
