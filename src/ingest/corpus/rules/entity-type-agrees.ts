import type { FileRule } from './rule';

/** Every definition of an entity (and a speaker's header) gives it the same type. */
export const entityTypeAgrees: FileRule = {
  name: 'entity-type-agrees',
  defineEntity(entity, i, { context, episode, report }) {
    // A second definition in the same episode is unique-entity-ids' to report.
    if (context.definedInEpisode(episode.id, entity.id)) return;
    const existing = context.entity(entity.id);
    if (existing && existing.type !== entity.type) {
      report.error(
        ['entities', i, 'type'],
        `"${entity.id}" is a ${existing.type} in ${existing.where()}, not a ${entity.type}`,
      );
    }
  },
};
