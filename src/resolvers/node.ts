import type { NodeResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { userError } from '../errors';
import { decodeGlobalId } from './global-id';
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
  const decoded = decodeGlobalId(id);
  if (decoded === null) return null;
  const [a = '', b = '', c = '', d = ''] = decoded.parts;
  const tag = <T extends object, N extends NodeModel['__typename']>(
    row: T | null | undefined | Error,
    __typename: N,
  ) => (row === null || row === undefined || row instanceof Error ? null : { ...row, __typename });
  const { type } = decoded;
  switch (type) {
    case 'Episode':
      return tag(await loaders.episode.load(a), 'Episode');
    case 'Section':
      return tag(await loaders.section.load(a), 'Section');
    case 'Turn':
      return tag(await loaders.turn.load(a), 'Turn');
    case 'Note':
      return tag(await loaders.note.load(a), 'Note');
    case 'Discrepancy':
      return tag(
        (await loaders.discrepanciesByEpisode.load(a)).find((row) => row.id === b),
        'Discrepancy',
      );
    case 'Appearance':
    case 'PersonAppearance':
      return tag(
        (await loaders.appearancesByEpisode.load(a)).find((row) => row.personId === b),
        type,
      );
    case 'Entity':
      return tag(await loaders.entity.load(a), 'Entity');
    case 'Person': {
      const entity = await loaders.entity.load(a);
      return entity?.type === 'person' ? tag(entity, 'Person') : null;
    }
    case 'TrackRecord': {
      const person = await loaders.entity.load(a);
      return person?.type === 'person' ? tag(await trackRecordOf(loaders, a), 'TrackRecord') : null;
    }
    case 'Claim':
      return tag(await loaders.claim.load(a), 'Claim');
    case 'Prediction': {
      const claim = await loaders.claim.load(a);
      return claim?.isPrediction ? tag(claim, 'Prediction') : null;
    }
    case 'Resolution':
      return tag(
        (await resolutionsOf(loaders, a)).find((row) => row.id === b),
        'Resolution',
      );
    case 'ClaimRelation':
      return tag(
        (await claimRelationsOf(loaders, a)).find((row) => matches(row, b, c, row.claimId, d)),
        'ClaimRelation',
      );
    case 'EntityRelation':
      return tag(
        (await entityRelationsOf(loaders, a)).find((row) => matches(row, b, c, row.entityId, d)),
        'EntityRelation',
      );
    case 'Mention':
      return tag(
        (await loaders.mentionsByTurn.load(a)).find(
          (row) => row.entityId === b && String(row.start) === c,
        ),
        'Mention',
      );
    case 'Citation':
      return tag(
        (await citationsOf(loaders, a)).find((row) => row.personId === b),
        'Citation',
      );
    case 'Exclusion':
      return tag(
        (await loaders.exclusionsByTurn.load(a.split('#x')[0] ?? '')).find((row) => row.id === a),
        'Exclusion',
      );
    default:
      return unreachable(type);
  }
}

function matches(
  row: { type: string; direction: string },
  type: string,
  direction: string,
  other: string,
  wanted: string,
): boolean {
  return row.type === type && row.direction === direction && other === wanted;
}

function unreachable(type: never): never {
  throw new Error(`node: no lookup for ${String(type)}`);
}
