import type {
  AppearanceResolvers,
  DiscrepancyResolvers,
  EpisodeResolvers,
  NoteResolvers,
  PersonAppearanceResolvers,
  SectionResolvers,
  TurnResolvers,
} from '../__generated__/resolvers-types';
import { globalId } from '../ids/global-id';
import { existing, firstOf, prefetchedOr, present } from './support';

export const Episode: EpisodeResolvers = {
  id: (episode) => globalId('Episode', { key: episode.id }),
  key: (episode) => episode.id,
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
  id: (appearance) => globalId('Appearance', appearance),
  person: async (appearance, _args, { loaders }) =>
    present(await loaders.entity.load(appearance.personId), `person ${appearance.personId}`),
};

export const PersonAppearance: PersonAppearanceResolvers = {
  id: (appearance) => globalId('PersonAppearance', appearance),
  episode: async (appearance, _args, { loaders }) =>
    present(await loaders.episode.load(appearance.episodeId), `episode ${appearance.episodeId}`),
};

export const Section: SectionResolvers = {
  id: (section) => globalId('Section', { key: section.id }),
  key: (section) => section.id,
  episode: async (section, _args, { loaders }) =>
    present(
      await prefetchedOr(section.prefetched?.episode, () =>
        loaders.episode.load(section.episodeId),
      ),
      `episode ${section.episodeId}`,
    ),
  turns: (section, { first }, { loaders }) =>
    firstOf(loaders.turnsBySection.load(section.id), first),
};

export const Turn: TurnResolvers = {
  id: (turn) => globalId('Turn', { key: turn.id }),
  key: (turn) => turn.id,
  text: async (turn, _args, { loaders }) =>
    present(turn.text ?? (await loaders.turnText.load(turn.id)), `text of ${turn.id}`),
  speaker: async (turn, _args, { loaders }) =>
    present(
      await prefetchedOr(turn.prefetched?.speaker, () => loaders.entity.load(turn.speakerId)),
      `person ${turn.speakerId}`,
    ),
  section: async (turn, _args, { loaders }) =>
    present(
      await prefetchedOr(turn.prefetched?.section, () => loaders.section.load(turn.sectionId)),
      `section ${turn.sectionId}`,
    ),
  episode: async (turn, _args, { loaders }) =>
    present(
      await prefetchedOr(turn.prefetched?.episode, () => loaders.episode.load(turn.episodeId)),
      `episode ${turn.episodeId}`,
    ),
  claims: (turn, { first }, { loaders }) => firstOf(loaders.claimsByTurn.load(turn.id), first),
  mentions: (turn, { first }, { loaders }) => firstOf(loaders.mentionsByTurn.load(turn.id), first),
};

export const Note: NoteResolvers = {
  id: (note) => globalId('Note', { key: note.id }),
  key: (note) => note.id,
  explains: async (note, { first }, { loaders }) =>
    existing(
      await loaders.entity.loadMany(await firstOf(loaders.noteExplains.load(note.id), first)),
    ),
};

export const Discrepancy: DiscrepancyResolvers = {
  id: (item) => globalId('Discrepancy', { episodeId: item.episodeId, key: item.id }),
  key: (item) => item.id,
  kind: (item) => item.kind,
  turn: (item, _args, { loaders }) => (item.turnId ? loaders.turn.load(item.turnId) : null),
  turns: async (item, _args, { loaders }) => existing(await loaders.turn.loadMany(item.turnIds)),
  note: (item, _args, { loaders }) => (item.noteId ? loaders.note.load(item.noteId) : null),
  entity: (item, _args, { loaders }) => (item.entityId ? loaders.entity.load(item.entityId) : null),
};
