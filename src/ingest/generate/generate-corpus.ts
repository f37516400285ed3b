import { generateEpisode, type CorpusShape, type GeneratedEpisode } from './generate-episode';
import { pools } from './pools';

/**
 * A synthetic corpus shaped like the bundled episode, for benchmarks at any scale: about 95
 * turns in 13 sections by 2 to 4 speakers, about 200 claims of every kind, 16 predictions,
 * mentions, claim and entity relations, verification notes and discrepancies per episode.
 * Speakers come from a pool that grows with the square root of the episode count, so the same
 * people appear in many episodes; entities come from a pool that grows as N^0.6 and are drawn
 * with Zipf-like popularity, so a few become hubs cited thousands of times. Air dates spread
 * over 2018 to 2028, so predictions fall due in the past and the future alike.
 *
 * Pure and deterministic: the same seed and count give the same files, byte for byte.
 */

export type { CorpusShape, GeneratedEpisode } from './generate-episode';
export { poolSizes } from './pools';

/** Generates every episode of the corpus, one at a time, in order. */
export function* generateCorpus(shape: CorpusShape): Generator<GeneratedEpisode> {
  const pool = pools(shape.episodes);
  for (let index = 0; index < shape.episodes; index += 1) {
    yield generateEpisode(pool, shape, index);
  }
}
