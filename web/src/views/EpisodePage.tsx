import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';

import { EntityLink, KindBadge, PersonLink, StatusBadge } from '../components/Bits';
import { MarkedText, type ClaimSpan, type DiscrepancySpan } from '../components/Marked';
import { describeError, Loadable } from '../components/States';
import { useLive } from '../components/Live';
import { graphql } from '../gql';
import type { EpisodeClaimsQuery, EpisodeDetailQuery } from '../gql/graphql';
import { CLAIM_KINDS, words } from '../vocabulary';

const EpisodeDetail = graphql(`
  query EpisodeDetail($id: ID!) {
    episode(id: $id) {
      id
      title
      airDate
      editorialNote
      claimCount
      speakers {
        role
        label
        affiliation
        person {
          id
          name
        }
      }
      sections(first: 30) {
        id
        position
        title
        turns(first: 40) {
          id
          position
          text
          speaker {
            id
            name
          }
        }
      }
      notes(first: 30) {
        id
        number
        term
        text
        explains(first: 5) {
          id
          name
        }
      }
      discrepancies(first: 50) {
        id
        kind
        text
        correct
        explanation
        start
        end
        turn {
          id
        }
        note {
          id
        }
        entity {
          id
          name
        }
      }
    }
  }
`);

const EpisodeClaims = graphql(`
  query EpisodeClaims($id: ID!, $after: String) {
    claims(filter: { episodeId: $id }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          quote
          quoteStart
          quoteEnd
          paraphrase
          topics
          turn {
            id
          }
          speaker {
            id
            name
          }
          prediction {
            id
            status
          }
        }
      }
    }
  }
`);

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

type Claim = EpisodeClaimsQuery['claims']['edges'][number]['node'];
type Episode = NonNullable<EpisodeDetailQuery['episode']>;
type Discrepancy = Episode['discrepancies'][number];

const MAX_CLAIM_PAGES = 50;

/** Every claim of the episode, a page of 100 at a time through the API's cursors. */
function useEpisodeClaims(id: string): {
  claims: Claim[];
  total: number;
  error: string | null;
  done: boolean;
} {
  const client = useClient();
  const { version } = useLive();
  const [state, setState] = useState<{
    claims: Claim[];
    total: number;
    error: string | null;
    done: boolean;
  }>({
    claims: [],
    total: 0,
    error: null,
    done: false,
  });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const claims: Claim[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_CLAIM_PAGES; page += 1) {
        const result = await client
          .query(EpisodeClaims, { id, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState((s) => ({
            ...s,
            error: result.error ? describeError(result.error) : 'no answer',
          }));
          return;
        }
        claims.push(...result.data.claims.edges.map((e) => e.node));
        setState({
          claims: [...claims],
          total: result.data.claims.totalCount,
          error: null,
          done: false,
        });
        if (!result.data.claims.pageInfo.hasNextPage) break;
        after = result.data.claims.pageInfo.endCursor ?? null;
      }
      setState((s) => ({ ...s, done: true }));
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, id, version]);
  return state;
}

export function EpisodePage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: EpisodeDetail, variables: { id } });
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="the episode"
      isEmpty={(data) => data.episode === null}
      empty={
        <p>
          No episode has the id “{id}”. <Link to="/">Back to the overview</Link>.
        </p>
      }
    >
      {(data) => (data.episode ? <Reader episode={data.episode} /> : null)}
    </Loadable>
  );
}

function Reader({ episode }: { episode: Episode }) {
  const [params, setParams] = useSearchParams();
  const { claims, total, error, done } = useEpisodeClaims(episode.id);
  const selected = params.get('claim');
  const byTurn = useMemo(() => {
    const map = new Map<string, Claim[]>();
    for (const claim of claims) map.set(claim.turn.id, [...(map.get(claim.turn.id) ?? []), claim]);
    return map;
  }, [claims]);
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const [shown, setShown] = useState<string[]>([]);
  useEffect(() => {
    if (selected) setShown([selected]);
  }, [selected]);
  useEffect(() => {
    if (!selected || !done) return;
    document
      .querySelector(`mark[data-claims~="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [selected, done]);

  const show = (ids: string[]) => {
    setShown(ids);
    const next = new URLSearchParams(params);
    if (ids[0]) next.set('claim', ids[0]);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const inTurn = new Map<string, Discrepancy[]>();
  for (const d of episode.discrepancies) {
    if (d.turn) inTurn.set(d.turn.id, [...(inTurn.get(d.turn.id) ?? []), d]);
  }

  return (
    <article className="reader">
      <h1>{episode.title}</h1>
      <p className="lede">
        Aired <time dateTime={episode.airDate}>{episode.airDate}</time> with{' '}
        {episode.speakers.map((s, i) => (
          <span key={s.person.id}>
            {i > 0 ? ', ' : ''}
            <PersonLink person={s.person} /> ({words(s.role)}
            {s.affiliation ? `, ${s.affiliation}` : ''})
          </span>
        ))}
        .
      </p>
      <p className="legend" aria-label="Claim kinds">
        {CLAIM_KINDS.map((k) => (
          <mark key={k} className={`kind-${k.toLowerCase()}`}>
            {words(k)}
          </mark>
        ))}
      </p>
      <p role="status" className="muted" data-testid="claims-status">
        {error
          ? `Could not load the claims: ${error}`
          : done
            ? `${claims.length} of ${total} claims highlighted; click a highlight to read the claim.`
            : `Loading claims… ${claims.length}${total ? ` of ${total}` : ''}`}
      </p>
      <div className="reader-body">
        <div className="transcript">
          <nav aria-label="Sections" className="toc">
            <ol>
              {episode.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${encodeURIComponent(s.id)}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          {episode.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id} className="episode-section">
              <h2 id={section.id}>
                {section.position}. {section.title}
              </h2>
              {section.turns.map((turn) => (
                <Turn
                  key={turn.id}
                  turn={turn}
                  claims={byTurn.get(turn.id) ?? []}
                  discrepancies={inTurn.get(turn.id) ?? []}
                  active={shown[0] ?? null}
                  onClaim={show}
                />
              ))}
            </section>
          ))}
          <section aria-labelledby="h-notes">
            <h2 id="h-notes">Verification notes</h2>
            {episode.notes.length === 0 ? (
              <p className="state empty">No verification notes.</p>
            ) : null}
            <ol className="list">
              {episode.notes.map((n) => (
                <li key={n.id} id={n.id}>
                  <strong>{n.term}:</strong> {n.text}{' '}
                  {n.explains.map((e) => (
                    <span key={e.id}>
                      → <EntityLink entity={e} />{' '}
                    </span>
                  ))}
                  {episode.discrepancies
                    .filter((d) => d.note?.id === n.id)
                    .map((d) => (
                      <p key={d.id} className="discrepancy-note">
                        Discrepancy ({words(d.kind)}): “{d.text}” should read “{d.correct}”.{' '}
                        {d.explanation}
                      </p>
                    ))}
                </li>
              ))}
            </ol>
            {episode.editorialNote ? <p className="muted">{episode.editorialNote}</p> : null}
          </section>
        </div>
        <aside className="claim-panel" aria-label="Selected claim" aria-live="polite">
          {shown.length === 0 ? (
            <p className="muted">Click a highlighted quote to read its claim here.</p>
          ) : (
            shown.map((id) => {
              const claim = claimById.get(id);
              if (!claim)
                return (
                  <p key={id} className="muted">
                    Loading claim {id}…
                  </p>
                );
              return (
                <div key={id} className="claim-card" data-testid="claim-card" data-claim={id}>
                  <p>
                    <KindBadge kind={claim.kind} /> <PersonLink person={claim.speaker} />
                    {claim.prediction ? (
                      <>
                        {' '}
                        <StatusBadge status={claim.prediction.status} />
                      </>
                    ) : null}
                  </p>
                  <blockquote>“{claim.quote}”</blockquote>
                  {claim.paraphrase ? <p>{claim.paraphrase}</p> : null}
                  {claim.topics.length > 0 ? (
                    <p className="muted">Topics: {claim.topics.join(', ')}</p>
                  ) : null}
                  {claim.prediction ? (
                    <p>
                      <Link to={`/predictions/${encodeURIComponent(claim.prediction.id)}`}>
                        Open the prediction
                      </Link>
                    </p>
                  ) : null}
                </div>
              );
            })
          )}
        </aside>
      </div>
    </article>
  );
}

function Turn({
  turn,
  claims,
  discrepancies,
  active,
  onClaim,
}: {
  turn: Episode['sections'][number]['turns'][number];
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
        <PersonLink person={turn.speaker} /> <span className="muted">turn {turn.position}</span>
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
