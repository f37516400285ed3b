import { settledInEpisode } from '../../../src/ingest/corpus/rules/settled-in-episode';
import { checkClaim, claim, PREDICTION } from './harness';

const settledBy = (turn: string, quote: string) =>
  checkClaim(
    settledInEpisode,
    claim({
      prediction: {
        ...PREDICTION,
        madeBeforeEpisode: true,
        resolvedInEpisode: { turn, quote, status: 'correct', explanation: 'He says so.' },
      },
    }),
  ).errors;

describe('settled-in-episode', () => {
  it('accepts the settling words quoted from a turn of the episode', () => {
    expect(settledBy('t002', 'The Bombe already helps.')).toEqual([]);
    expect(checkClaim(settledInEpisode, claim()).errors).toEqual([]);
  });

  it('refuses words the turn does not say, and a turn the episode lacks', () => {
    expect(settledBy('t001', 'The Bombe already helps.')).toEqual([
      'prediction.resolvedInEpisode.quote: quote does not occur verbatim in t001: "The Bombe already helps."',
    ]);
    expect(settledBy('t009', 'The Bombe already helps.')).toEqual([
      'prediction.resolvedInEpisode.turn: unknown turn "t009"; this episode has t001 to t002',
    ]);
  });
});
