import type { NodeResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { userError } from '../errors';
import { decodeGlobalId } from '../ids/global-id';
import type { NodeModel } from './models';
import {
  citationsOf,
  claimRelationsOf,
  entityRelationsOf,
  resolutionsOf,
  trackRecordOf,
} from './viewed';

const MAX_NODES = 100;

export const NodeQuery: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_parent, { id }, context) => fetchNode(id, context),
  nodes: (_parent, { ids }, context) => {
    if (ids.length > MAX_NODES) {
      throw userError(`ids holds at most ${MAX_NODES} ids, got ${ids.length}`, { argument: 'ids' });
    }
    return Promise.all(ids.map((id) => fetchNode(id, context)));
  },
};

export const Node: NodeResolvers = {
  __resolveType: (node) => node.__typename,
};

/** The object a global id names, through the same loaders the fields use; null if gone. */
async function fetchNode(id: string, { loaders }: Context): Promise<NodeModel | null> {
  const ref = decodeGlobalId(id);
  if (ref === null) return null;
  const tag = <T extends object, N extends NodeModel['__typename']>(
    row: T | null | undefined | Error,
    __typename: N,
  ) => (row === null || row === undefined || row instanceof Error ? null : { ...row, __typename });
  switch (ref.type) {
    case 'Episode':
      return tag(await loaders.episode.load(ref.key), 'Episode');
    case 'Section':
      return tag(await loaders.section.load(ref.key), 'Section');
    case 'Turn':
      return tag(await loaders.turn.load(ref.key), 'Turn');
    case 'Note':
      return tag(await loaders.note.load(ref.key), 'Note');
    case 'Discrepancy':
      return tag(
        (await loaders.discrepanciesByEpisode.load(ref.episodeId)).find(
          (row) => row.id === ref.key,
        ),
        'Discrepancy',
      );
    case 'Appearance':
    case 'PersonAppearance':
      return tag(
        (await loaders.appearancesByEpisode.load(ref.episodeId)).find(
          (row) => row.personId === ref.personId,
        ),
        ref.type,
      );
    case 'Entity':
      return tag(await loaders.entity.load(ref.key), 'Entity');
    case 'Person': {
      const entity = await loaders.entity.load(ref.key);
      return entity?.type === 'person' ? tag(entity, 'Person') : null;
    }
    case 'TrackRecord': {
      const person = await loaders.entity.load(ref.personId);
      return person?.type === 'person'
        ? tag(await trackRecordOf(loaders, ref.personId), 'TrackRecord')
        : null;
    }
    case 'Claim':
      return tag(await loaders.claim.load(ref.key), 'Claim');
    case 'Prediction': {
      const claim = await loaders.claim.load(ref.key);
      return claim?.isPrediction ? tag(claim, 'Prediction') : null;
    }
    case 'Resolution':
      return tag(
        (await resolutionsOf(loaders, ref.claimId)).find((row) => row.id === ref.key),
        'Resolution',
      );
    case 'ClaimRelation':
      return tag(
        (await claimRelationsOf(loaders, ref.fromId)).find((row) => matches(row, ref, row.claimId)),
        'ClaimRelation',
      );
    case 'EntityRelation':
      return tag(
        (await entityRelationsOf(loaders, ref.fromId)).find((row) =>
          matches(row, ref, row.entityId),
        ),
        'EntityRelation',
      );
    case 'Mention':
      return tag(
        (await loaders.mentionsByTurn.load(ref.turnId)).find(
          (row) => row.entityId === ref.entityId && String(row.start) === ref.start,
        ),
        'Mention',
      );
    case 'Citation':
      return tag(
        (await citationsOf(loaders, ref.entityId)).find((row) => row.personId === ref.personId),
        'Citation',
      );
    default:
      return unreachable(ref);
  }
}

/** A relation row seen from `ref.fromId` is the one its id names. */
function matches(
  row: { type: string; direction: string },
  ref: { relation: string; direction: string; otherId: string },
  other: string,
): boolean {
  return row.type === ref.relation && row.direction === ref.direction && other === ref.otherId;
}

function unreachable(ref: never): never {
  throw new Error(`node: no lookup for ${JSON.stringify(ref)}`);
}
