import { knownEpisode } from '../../../src/ingest/corpus/rules/known-episode';
import { checkFile, EPISODE, GOOD, goodWith } from './harness';

describe('known-episode', () => {
  it('accepts a file for an episode among the transcripts', () => {
    expect(checkFile(knownEpisode, GOOD).errors).toEqual([]);
  });

  it('refuses a file for an episode with no transcript, naming the known ones', () => {
    const other = goodWith([`episode: ${EPISODE}`, 'episode: 2024-06-02-other']);
    expect(checkFile(knownEpisode, other).errors).toEqual([
      `1:episode: no transcript for episode "2024-06-02-other"; known: ${EPISODE}`,
    ]);
  });
});
