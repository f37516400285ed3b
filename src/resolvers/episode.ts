import type {
  AppearanceResolvers,
  DiscrepancyResolvers,
  EpisodeResolvers,
  NoteResolvers,
  PersonAppearanceResolvers,
  SectionResolvers,
  TurnResolvers,
} from '../__generated__/resolvers-types';
import { existing, firstOf, present } from './support';

export const Episode: EpisodeResolvers = {
  speakers: (episode, { first }, { loaders }) =>
    firstOf(loaders.appearancesByEpisode.load(episode.id), first),
  sections: (episode, { first }, { loaders }) =>
    firstOf(loaders.sectionsByEpisode.load(episode.id), first),
  notes: (episode, { first }, { loaders }) =>
    firstOf(loaders.notesByEpisode.load(episode.id), first),
  discrepancies: (episode, { first }, { loaders }) =>
    firstOf(loaders.discrepanciesByEpisode.load(episode.id), first),
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
  turns: (section, { first }, { loaders }) =>
    firstOf(loaders.turnsBySection.load(section.id), first),
};

export const Turn: TurnResolvers = {
  text: async (turn, _args, { loaders }) =>
    present(await loaders.turnText.load(turn.id), `text of ${turn.id}`),
  speaker: async (turn, _args, { loaders }) =>
    present(await loaders.entity.load(turn.speakerId), `person ${turn.speakerId}`),
  section: async (turn, _args, { loaders }) =>
    present(await loaders.section.load(turn.sectionId), `section ${turn.sectionId}`),
  episode: async (turn, _args, { loaders }) =>
    present(await loaders.episode.load(turn.episodeId), `episode ${turn.episodeId}`),
  claims: (turn, { first }, { loaders }) => firstOf(loaders.claimsByTurn.load(turn.id), first),
  mentions: (turn, { first }, { loaders }) => firstOf(loaders.mentionsByTurn.load(turn.id), first),
};

export const Note: NoteResolvers = {
  explains: async (note, { first }, { loaders }) =>
    existing(
      await loaders.entity.loadMany(await firstOf(loaders.noteExplains.load(note.id), first)),
    ),
};

export const Discrepancy: DiscrepancyResolvers = {
  kind: (item) => item.kind,
  turn: (item, _args, { loaders }) => (item.turnId ? loaders.turn.load(item.turnId) : null),
  note: (item, _args, { loaders }) => (item.noteId ? loaders.note.load(item.noteId) : null),
  entity: (item, _args, { loaders }) => (item.entityId ? loaders.entity.load(item.entityId) : null),
};
