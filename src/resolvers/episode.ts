import type {
  AppearanceResolvers,
  DiscrepancyResolvers,
  EpisodeResolvers,
  NoteResolvers,
  PersonAppearanceResolvers,
  SectionResolvers,
  TurnResolvers,
} from '../__generated__/resolvers-types';
import { existing, present } from './support';

export const Episode: EpisodeResolvers = {
  speakers: (episode, _args, { loaders }) => loaders.appearancesByEpisode.load(episode.id),
  sections: (episode, _args, { loaders }) => loaders.sectionsByEpisode.load(episode.id),
  notes: (episode, _args, { loaders }) => loaders.notesByEpisode.load(episode.id),
  discrepancies: (episode, _args, { loaders }) => loaders.discrepanciesByEpisode.load(episode.id),
  claimCount: (episode, _args, { loaders }) => loaders.claimCountByEpisode.load(episode.id),
};

export const Appearance: AppearanceResolvers = {
  person: async (appearance, _args, { loaders }) =>
    present(await loaders.entity.load(appearance.personId), `person ${appearance.personId}`),
  role: (appearance) => (appearance.role === 'host' ? 'HOST' : 'PANELIST'),
};

export const PersonAppearance: PersonAppearanceResolvers = {
  episode: async (appearance, _args, { loaders }) =>
    present(await loaders.episode.load(appearance.episodeId), `episode ${appearance.episodeId}`),
  role: (appearance) => (appearance.role === 'host' ? 'HOST' : 'PANELIST'),
};

export const Section: SectionResolvers = {
  episode: async (section, _args, { loaders }) =>
    present(await loaders.episode.load(section.episodeId), `episode ${section.episodeId}`),
  turns: (section, _args, { loaders }) => loaders.turnsBySection.load(section.id),
};

export const Turn: TurnResolvers = {
  speaker: async (turn, _args, { loaders }) =>
    present(await loaders.entity.load(turn.speakerId), `person ${turn.speakerId}`),
  section: async (turn, _args, { loaders }) =>
    present(await loaders.section.load(turn.sectionId), `section ${turn.sectionId}`),
  episode: async (turn, _args, { loaders }) =>
    present(await loaders.episode.load(turn.episodeId), `episode ${turn.episodeId}`),
  claims: (turn, _args, { loaders }) => loaders.claimsByTurn.load(turn.id),
  mentions: (turn, _args, { loaders }) => loaders.mentionsByTurn.load(turn.id),
};

export const Note: NoteResolvers = {
  explains: async (note, _args, { loaders }) =>
    existing(await loaders.entity.loadMany(await loaders.noteExplains.load(note.id))),
};

export const Discrepancy: DiscrepancyResolvers = {
  kind: (item) => item.kind,
  turn: (item, _args, { loaders }) => (item.turnId ? loaders.turn.load(item.turnId) : null),
  note: (item, _args, { loaders }) => (item.noteId ? loaders.note.load(item.noteId) : null),
  entity: (item, _args, { loaders }) => (item.entityId ? loaders.entity.load(item.entityId) : null),
};
