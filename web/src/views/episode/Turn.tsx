import { useQuery } from 'urql';

import { EntityLink, PersonLink } from '../../components/Bits';
import { MarkedText, type ClaimSpan, type DiscrepancySpan } from '../../components/Marked';
import { TimeLink } from '../../components/Media';
import { graphql } from '../../gql';
import { words } from '../../labels';
import type { Claim, Discrepancy, TurnData } from './episode-data';

const TurnMentions = graphql(`
  query TurnMentions($id: ID!) {
    turn(id: $id) {
      id
      mentions(first: 50) {
        start
        end
        form
        entity {
          id
          name
        }
      }
    }
  }
`);

/** One turn of the transcript: its claims marked, its mentions linked, its discrepancies listed. */
export function Turn({
  turn,
  claims,
  discrepancies,
  active,
  onClaim,
  mediaUrl,
}: {
  turn: TurnData;
  /** The episode's audio: a turn's time then plays it from there. */
  mediaUrl: string | null;
  claims: Claim[];
  discrepancies: Discrepancy[];
  active: string | null;
  onClaim: (ids: string[]) => void;
}) {
  const [mentions] = useQuery({
    query: TurnMentions,
    variables: { id: turn.id },
    requestPolicy: 'cache-first',
  });
  const claimSpans: ClaimSpan[] = claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    start: c.quoteStart,
    end: c.quoteEnd,
  }));
  const discrepancySpans: DiscrepancySpan[] = discrepancies
    .filter(
      (d) => d.start !== null && d.start !== undefined && d.end !== null && d.end !== undefined,
    )
    .map((d) => ({ id: d.id, correct: d.correct, start: d.start ?? 0, end: d.end ?? 0 }));
  return (
    <div className="turn" id={turn.id}>
      <p className="speaker">
        <PersonLink person={turn.speaker} />{' '}
        <TimeLink mediaUrl={mediaUrl} seconds={turn.startTime} testId="turn-time" />{' '}
        <span className="muted">turn {turn.position}</span>
      </p>
      <p>
        <MarkedText
          text={turn.text}
          claims={claimSpans}
          mentions={(mentions.data?.turn?.mentions ?? []).map((m) => ({
            start: m.start,
            end: m.end,
            entityId: m.entity.id,
            entityName: m.entity.name,
          }))}
          discrepancies={discrepancySpans}
          active={active}
          onClaim={onClaim}
        />
      </p>
      {discrepancies.length > 0 ? (
        <ul className="discrepancies">
          {discrepancies.map((d) => (
            <li key={d.id}>
              Discrepancy ({words(d.kind)}): “{d.text}” should read “{d.correct}”. {d.explanation}
              {d.entity ? (
                <>
                  {' '}
                  <EntityLink entity={d.entity} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
