import { PersonLink } from '../../components/Bits';
import { MarkedText } from '../../components/Marked';
import { EpisodeAudio, HearIt } from '../../components/Media';
import type { PredictionData } from './prediction-data';

/** The turn that holds the quote (marked), with the turn before and after it. */
export function InItsTurn({ p }: { p: PredictionData }) {
  const around = p.turn.section.turns.filter((t) => Math.abs(t.position - p.turn.position) <= 1);
  return (
    <section aria-labelledby="h-context">
      <h2 id="h-context">In its turn</h2>
      <HearIt mediaUrl={p.episode.mediaUrl} seconds={p.turn.startTime} />
      {p.turn.startTime === null || p.turn.startTime === undefined ? null : (
        <EpisodeAudio mediaUrl={p.episode.mediaUrl} />
      )}
      <ol className="turns">
        {around.map((turn) => (
          <li
            key={turn.id}
            className={turn.id === p.turn.id ? 'turn current' : 'turn'}
            data-testid={turn.id === p.turn.id ? 'quote-turn' : undefined}
          >
            <p className="speaker">
              <PersonLink person={turn.speaker} />{' '}
              <span className="muted">turn {turn.position}</span>
            </p>
            <p>
              {turn.id === p.turn.id ? (
                <MarkedText
                  text={turn.text}
                  claims={[
                    {
                      id: p.id,
                      kind: 'PREDICTION',
                      start: p.claim.quoteStart,
                      end: p.claim.quoteEnd,
                    },
                  ]}
                />
              ) : (
                <span className="turn-text">{turn.text}</span>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
