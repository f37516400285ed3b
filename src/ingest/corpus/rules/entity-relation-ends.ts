import type { FileRule } from './rule';

/** An entity relation joins two entities that exist, and two different ones. */
export const entityRelationEnds: FileRule = {
  name: 'entity-relation-ends',
  entityRelation(relation, i, { entityAt, report }) {
    entityAt(['entityRelations', i, 'from'], relation.from);
    entityAt(['entityRelations', i, 'to'], relation.to);
    if (relation.from === relation.to) {
      report.error(['entityRelations', i, 'to'], 'an entity cannot relate to itself');
    }
  },
};
