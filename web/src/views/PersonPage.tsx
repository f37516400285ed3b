import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { claimHref, Due, EntityLink, KindBadge, StatusBadge } from '../components/Bits';
import { Chart, type ChartOption } from '../components/Chart';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { PersonDetailQuery } from '../gql/graphql';
import { words } from '../vocabulary';

const PersonDetail = graphql(`
  query PersonDetail($id: ID!, $who: String!, $claimsAfter: String, $predictionsAfter: String) {
    person(id: $id) {
      id
      name
      description
      trackRecord {
        total
        resolved
        correct
        incorrect
        partiallyCorrect
        unresolvable
        open
        brierScore
      }
      appearances {
        role
        affiliation
        episode {
          id
          title
          airDate
        }
      }
      affiliations {
        role
        entity {
          id
          name
        }
      }
      predictions(first: 20, after: $predictionsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            quote
            dueDate
            window {
              from
              to
            }
            status
          }
        }
      }
      claims(first: 20, after: $claimsAfter) {
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
            episode {
              id
            }
            prediction {
              id
            }
          }
        }
      }
    }
    resolved: predictions(
      filter: { speaker: $who, statuses: [CORRECT, INCORRECT, PARTIALLY_CORRECT] }
      first: 100
    ) {
      totalCount
      edges {
        node {
          status
          confidence {
            probability
          }
        }
      }
    }
    cited: entities(filter: { citedBy: $who }, first: 50) {
      edges {
        node {
          id
          name
          citedBy {
            person {
              id
            }
            count
          }
        }
      }
    }
  }
`);

const OUTCOME: Record<string, number> = { CORRECT: 1, INCORRECT: 0, PARTIALLY_CORRECT: 0.5 };

/** Stated probability (by confidence bucket) against the share that came true. */
function calibration(resolved: PersonDetailQuery['resolved']): {
  option: ChartOption;
  points: string;
} {
  const groups = new Map<number, number[]>();
  for (const { node } of resolved.edges) {
    const outcome = OUTCOME[node.status];
    if (outcome === undefined) continue;
    groups.set(node.confidence.probability, [
      ...(groups.get(node.confidence.probability) ?? []),
      outcome,
    ]);
  }
  const data = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([p, outcomes]) => [
      p,
      outcomes.reduce((s, o) => s + o, 0) / outcomes.length,
      outcomes.length,
    ]);
  return {
    points: data
      .map(([p, o, n]) => `stated ${p}, observed ${(o ?? 0).toFixed(2)} over ${n}`)
      .join('; '),
    option: {
      grid: { left: 50, right: 20, top: 20, bottom: 40 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', min: 0, max: 1, name: 'stated', nameLocation: 'middle', nameGap: 26 },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: 'came true',
        nameLocation: 'middle',
        nameGap: 34,
      },
      series: [
        {
          type: 'line',
          data: [
            [0, 0],
            [1, 1],
          ],
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#57606a' },
          silent: true,
        },
        {
          type: 'scatter',
          data,
          symbolSize: (v: number[]) => 10 + 4 * (v[2] ?? 1),
          itemStyle: { color: '#0b57d0' },
        },
      ],
    },
  };
}

export function PersonPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [result, reexecute] = useQuery({
    query: PersonDetail,
    variables: {
      id,
      who: id,
      claimsAfter: params.get('claims'),
      predictionsAfter: params.get('predictions'),
    },
  });
  const page = (key: string, cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set(key, cursor);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="this person"
      isEmpty={(data) => data.person === null}
      empty={<p>No person has the id “{id}”.</p>}
    >
      {(data) => {
        const person = data.person;
        if (!person) return null;
        const record = person.trackRecord;
        const cal = calibration(data.resolved);
        const cited = data.cited.edges
          .map(({ node }) => ({
            ...node,
            count: node.citedBy.find((c) => c.person.id === person.id)?.count ?? 0,
          }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
          .slice(0, 10);
        return (
          <article>
            <h1>{person.name}</h1>
            {person.description ? <p className="lede">{person.description}</p> : null}
            {person.affiliations.length > 0 ? (
              <p>
                Affiliated with{' '}
                {person.affiliations.map((a, i) => (
                  <span key={a.entity.id}>
                    {i > 0 ? ', ' : ''}
                    <EntityLink entity={a.entity} />
                    {a.role ? ` (${a.role})` : ''}
                  </span>
                ))}
              </p>
            ) : null}
            <div className="grid">
              <section className="panel" aria-labelledby="h-record">
                <h2 id="h-record">Track record</h2>
                <dl className="facts compact" data-testid="track-record">
                  <dt>Predictions</dt>
                  <dd>{record.total}</dd>
                  <dt>Open</dt>
                  <dd>{record.open}</dd>
                  <dt>Correct</dt>
                  <dd>{record.correct}</dd>
                  <dt>Partially correct</dt>
                  <dd>{record.partiallyCorrect}</dd>
                  <dt>Incorrect</dt>
                  <dd>{record.incorrect}</dd>
                  <dt>Unresolvable</dt>
                  <dd>{record.unresolvable}</dd>
                  <dt>Brier score</dt>
                  <dd>
                    {record.brierScore === null || record.brierScore === undefined
                      ? 'not yet: nothing scored'
                      : `${record.brierScore.toFixed(3)} (lower is better; always 50% scores 0.250)`}
                  </dd>
                </dl>
              </section>
              <section className="panel" aria-labelledby="h-calibration">
                <h2 id="h-calibration">Calibration</h2>
                {data.resolved.totalCount === 0 ? (
                  <p className="state empty" data-testid="calibration-empty">
                    Once some of {person.name}’s predictions are resolved, this chart will plot the
                    probability their words stated against how often those predictions came true.
                  </p>
                ) : (
                  <Chart
                    label={`Calibration of ${person.name}: ${cal.points}`}
                    option={cal.option}
                  />
                )}
              </section>
              <section className="panel" aria-labelledby="h-cited">
                <h2 id="h-cited">Cites most</h2>
                {cited.length === 0 ? (
                  <p className="state empty">{person.name} names no annotated entity.</p>
                ) : (
                  <ol className="figures">
                    {cited.map((e) => (
                      <li key={e.id}>
                        <EntityLink entity={e} />: {e.count}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              <section className="panel" aria-labelledby="h-episodes">
                <h2 id="h-episodes">Episodes</h2>
                <ul className="figures">
                  {person.appearances.map((a) => (
                    <li key={a.episode.id}>
                      <Link to={`/episodes/${encodeURIComponent(a.episode.id)}`}>
                        {a.episode.title}
                      </Link>{' '}
                      <span className="muted">
                        {words(a.role)}, {a.episode.airDate}
                        {a.affiliation ? `, ${a.affiliation}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
                {person.appearances.length === 0 ? (
                  <p className="state empty">Cited, never a speaker.</p>
                ) : null}
              </section>
            </div>
            <section aria-labelledby="h-predictions">
              <h2 id="h-predictions">Predictions ({person.predictions.totalCount})</h2>
              {person.predictions.totalCount === 0 ? (
                <p className="state empty">No predictions by {person.name}.</p>
              ) : (
                <ul className="list">
                  {person.predictions.edges.map(({ node }) => (
                    <li key={node.id}>
                      <StatusBadge status={node.status} />{' '}
                      <Link to={`/predictions/${encodeURIComponent(node.id)}`}>“{node.quote}”</Link>{' '}
                      <span className="muted">
                        due <Due dueDate={node.dueDate} window={node.window} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <Pages
                label="Pages of predictions"
                atFirst={!params.get('predictions')}
                hasNext={person.predictions.pageInfo.hasNextPage}
                onFirst={() => page('predictions', null)}
                onNext={() => page('predictions', person.predictions.pageInfo.endCursor ?? null)}
              />
            </section>
            <section aria-labelledby="h-claims">
              <h2 id="h-claims">Claims ({person.claims.totalCount})</h2>
              <ul className="list">
                {person.claims.edges.map(({ node }) => (
                  <li key={node.id}>
                    <KindBadge kind={node.kind} /> <Link to={claimHref(node)}>“{node.quote}”</Link>
                  </li>
                ))}
              </ul>
              <Pages
                label="Pages of claims"
                atFirst={!params.get('claims')}
                hasNext={person.claims.pageInfo.hasNextPage}
                onFirst={() => page('claims', null)}
                onNext={() => page('claims', person.claims.pageInfo.endCursor ?? null)}
              />
            </section>
          </article>
        );
      }}
    </Loadable>
  );
}

export function Pages(props: {
  label: string;
  atFirst: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onNext: () => void;
}) {
  if (props.atFirst && !props.hasNext) return null;
  return (
    <nav className="pager" aria-label={props.label}>
      <button type="button" onClick={props.onFirst} disabled={props.atFirst}>
        First page
      </button>
      <button type="button" onClick={props.onNext} disabled={!props.hasNext}>
        Next page
      </button>
    </nav>
  );
}
