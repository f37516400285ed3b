import type { FileRule } from './rule';

/** An annotation file belongs to an episode whose transcript is among the inputs. */
export const knownEpisode: FileRule = {
  name: 'known-episode',
  annotationFile(file, context, report) {
    if (context.episode(file.data.episode) !== undefined) return;
    report.error(
      ['episode'],
      `no transcript for episode "${file.data.episode}"; known: ${[...new Set(context.episodes.map((episode) => episode.id))].join(', ') || 'none'}`,
    );
  },
};
