import type { ClaimRelationModel } from '../db/shared/models';
import type { Loaders } from '../loaders';
import type {
  ClaimResolutionModel,
  EntityCitationModel,
  PersonTrackRecordModel,
  ViewedClaimRelationModel,
  ViewedEntityRelationModel,
} from './models';

/**
 * Loaded rows with the parent they were loaded for, which their global id needs: a relation
 * is identified by the end it is seen from, a citation by the entity cited, and so on.
 */
export async function entityRelationsOf(
  loaders: Loaders,
  entityId: string,
): Promise<ViewedEntityRelationModel[]> {
  return (await loaders.entityRelations.load(entityId)).map((row) => ({
    ...row,
    fromId: entityId,
  }));
}

export async function claimRelationsOf(
  loaders: Loaders,
  claimId: string,
  prefetched?: ClaimRelationModel[],
): Promise<ViewedClaimRelationModel[]> {
  return (prefetched ?? (await loaders.relationsByClaim.load(claimId))).map((row) => ({
    ...row,
    fromId: claimId,
  }));
}

export async function citationsOf(
  loaders: Loaders,
  entityId: string,
): Promise<EntityCitationModel[]> {
  return (await loaders.citedBy.load(entityId)).map((row) => ({ ...row, entityId }));
}

export async function trackRecordOf(
  loaders: Loaders,
  personId: string,
): Promise<PersonTrackRecordModel> {
  return { ...(await loaders.trackRecord.load(personId)), personId };
}

export async function resolutionsOf(
  loaders: Loaders,
  claimId: string,
): Promise<ClaimResolutionModel[]> {
  return (await loaders.resolutionsByClaim.load(claimId)).map((row) => ({ ...row, claimId }));
}
