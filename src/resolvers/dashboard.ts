import type {
  DashboardResolvers,
  EntityCountResolvers,
  SectionCountResolvers,
  SpeakerCountResolvers,
  SpeakerTrackRecordResolvers,
} from '../__generated__/resolvers-types';
import { graphqlEnumName } from '../domain/vocabulary';
import { existing, firstOf, present, windowOf } from './support';
import { trackRecordOf } from './viewed';

export const Dashboard: DashboardResolvers = {
  claimsBySpeaker: (dashboard, { first }) =>
    firstOf(
      dashboard.claimsBySpeaker.map((row) => ({ personId: row.id, count: row.count })),
      first,
    ),
  claimsBySection: (dashboard, { first }) =>
    firstOf(
      dashboard.claimsBySection.map((row) => ({ sectionId: row.id, count: row.count })),
      first,
    ),
  // Kinds are labelled by their GraphQL enum names (OPINION), as clients filter by them.
  claimsByKind: (dashboard) =>
    dashboard.claimsByKind.map((row) => ({ label: graphqlEnumName(row.label), count: row.count })),
  predictionsByStatus: (dashboard) => dashboard.predictionsByStatus,
  claimsByTopic: (dashboard, { first }) => firstOf(dashboard.claimsByTopic, first),
  dueSoon: async (dashboard, { first }, { loaders }) =>
    existing(await loaders.claim.loadMany(await firstOf(dashboard.dueSoon, first))),
  overdue: async (dashboard, { first }, { loaders }) =>
    existing(await loaders.claim.loadMany(await firstOf(dashboard.overdue, first))),
  // The statement read each entity whole: its fields then need no query of their own.
  mostCited: (dashboard, { first }, { loaders }) =>
    dashboard.mostCited.slice(0, windowOf(first).first).map((row) => {
      loaders.entity.prime(row.id, row.entity);
      return { entityId: row.id, count: row.count };
    }),
  trackRecords: (dashboard, { first }) =>
    firstOf(
      dashboard.speakers.map((personId) => ({ personId, count: 0 })),
      first,
    ),
};

export const SpeakerCount: SpeakerCountResolvers = {
  person: async (row, _args, { loaders }) =>
    present(await loaders.entity.load(row.personId), `person ${row.personId}`),
};

export const SectionCount: SectionCountResolvers = {
  section: async (row, _args, { loaders }) =>
    present(await loaders.section.load(row.sectionId), `section ${row.sectionId}`),
};

export const EntityCount: EntityCountResolvers = {
  entity: async (row, _args, { loaders }) =>
    present(await loaders.entity.load(row.entityId), `entity ${row.entityId}`),
};

export const SpeakerTrackRecord: SpeakerTrackRecordResolvers = {
  person: async (row, _args, { loaders }) =>
    present(await loaders.entity.load(row.personId), `person ${row.personId}`),
  record: (row, _args, { loaders }) => trackRecordOf(loaders, row.personId),
};
