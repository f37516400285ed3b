import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { claimHref, EntityLink, KindBadge, PersonLink } from '../components/Bits';
import { Chart } from '../components/Chart';
import { Graph, type GraphEdge, type GraphNode } from '../components/Graph';
import { MarkedText } from '../components/Marked';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { EntityDetailQuery } from '../gql/graphql';
import { Pages } from './PersonPage';
import { words } from '../vocabulary';

const EntityDetail = graphql(`
  query EntityDetail($id: ID!, $mentionsAfter: String, $claimsAfter: String) {
    entity(id: $id) {
      id
      type
      name
      aliases
      surfaceForms
      description
      year
      externalIds {
        key
        value
      }
      notes {
        id
        number
        term
        text
      }
      discrepancies {
        id
        kind
        text
        correct
        explanation
        turn {
          id
          position
          episode {
            id
          }
        }
      }
      citedBy {
        person {
          id
          name
        }
        count
      }
      mentions(first: 10, after: $mentionsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            form
            start
            end
            turn {
              id
              position
              text
              speaker {
                id
                name
              }
              episode {
                id
                title
              }
            }
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
            speaker {
              id
              name
            }
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
  }
`);

const Neighbourhood = graphql(`
  query Neighbourhood($id: ID!, $depth: Int!) {
    entity(id: $id) {
      id
      name
      relations(first: 50) {
        type
        direction
        entity {
          id
        }
      }
      related(depth: $depth, first: 40) {
        depth
        entity {
          id
          name
          relations(first: 30) {
            type
            direction
            entity {
              id
            }
          }
        }
        claims {
          id
        }
      }
    }
  }
`);

/** Links to the external ids we know how to name; other keys are shown as text. */
function externalHref(key: string, value: string): string | null {
  if (key === 'wikidata') return `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`;
  if (key === 'arxiv') return `https://arxiv.org/abs/${encodeURIComponent(value)}`;
  if (/^https?:\/\//.test(value)) return value;
  return null;
}

export function EntityPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [result, reexecute] = useQuery({
    query: EntityDetail,
    variables: { id, mentionsAfter: params.get('mentions'), claimsAfter: params.get('claims') },
  });
  const page = (key: string, cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set(key, cursor);
    else next.delete(key);
    setParams(next, { preventScrollReset: true });
  };
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="this entity"
      isEmpty={(data) => data.entity === null}
      empty={<p>No entity has the id “{id}”.</p>}
    >
      {(data) => (data.entity ? <Entity e={data.entity} page={page} params={params} /> : null)}
    </Loadable>
  );
}

function Entity({
  e,
  page,
  params,
}: {
  e: NonNullable<EntityDetailQuery['entity']>;
  page: (key: string, cursor: string | null) => void;
  params: URLSearchParams;
}) {
  const forms = e.surfaceForms.filter((f) => f !== e.name);
  return (
    <article>
      <h1>
        {e.name}{' '}
        <span className="muted small">
          {words(e.type)}
          {e.year ? `, ${e.year}` : ''}
        </span>
      </h1>
      {e.description ? <p className="lede">{e.description}</p> : null}
      <dl className="facts">
        <dt>Also called</dt>
        <dd>
          {e.aliases.length > 0 ? e.aliases.join(', ') : <span className="muted">no aliases</span>}
        </dd>
        <dt>Named in the transcripts as</dt>
        <dd>
          {forms.length > 0 ? forms.join(', ') : <span className="muted">its name only</span>}
        </dd>
        <dt>Elsewhere</dt>
        <dd>
          {e.externalIds.length === 0 ? (
            <span className="muted">no external ids</span>
          ) : (
            e.externalIds.map((x, i) => {
              const href = externalHref(x.key, x.value);
              return (
                <span key={x.key}>
                  {i > 0 ? ' · ' : ''}
                  {href ? (
                    <a href={href} rel="noreferrer noopener">
                      {x.key}: {x.value}
                    </a>
                  ) : (
                    `${x.key}: ${x.value}`
                  )}
                </span>
              );
            })
          )}
        </dd>
      </dl>

      <NeighbourhoodGraph id={e.id} name={e.name} />

      <div className="grid">
        <section className="panel" aria-labelledby="h-cited-by">
          <h2 id="h-cited-by">Who cited it</h2>
          {e.citedBy.length === 0 ? (
            <p className="state empty">Nobody names it in a turn.</p>
          ) : (
            <>
              <Chart
                label={`Bar chart of who named ${e.name}: ${e.citedBy.map((c) => `${c.person.name} ${c.count}`).join(', ')}`}
                height={Math.max(120, 40 + e.citedBy.length * 30)}
                option={{
                  grid: { left: 130, right: 16, top: 10, bottom: 24 },
                  tooltip: { trigger: 'item' },
                  xAxis: { type: 'value', minInterval: 1 },
                  yAxis: {
                    type: 'category',
                    inverse: true,
                    data: e.citedBy.map((c) => c.person.name),
                  },
                  series: [
                    {
                      type: 'bar',
                      data: e.citedBy.map((c) => c.count),
                      itemStyle: { color: '#1e7a46' },
                    },
                  ],
                }}
              />
              <ul className="figures">
                {e.citedBy.map((c) => (
                  <li key={c.person.id}>
                    <PersonLink person={c.person} />: {c.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="h-notes">
          <h2 id="h-notes">Verification notes and discrepancies</h2>
          {e.notes.length === 0 && e.discrepancies.length === 0 ? (
            <p className="state empty">No verification note or recorded discrepancy.</p>
          ) : null}
          <ul className="list">
            {e.notes.map((n) => (
              <li key={n.id}>
                <strong>
                  Note {n.number}, {n.term}:
                </strong>{' '}
                {n.text}
              </li>
            ))}
            {e.discrepancies.map((d) => (
              <li key={d.id}>
                <strong>{words(d.kind)}:</strong> “{d.text}” should read “{d.correct}”.{' '}
                {d.explanation}
                {d.turn ? (
                  <>
                    {' '}
                    <Link
                      to={`/episodes/${encodeURIComponent(d.turn.episode.id)}#${encodeURIComponent(d.turn.id)}`}
                    >
                      turn {d.turn.position}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="h-mentions">
        <h2 id="h-mentions">Mentions in context ({e.mentions.totalCount})</h2>
        {e.mentions.totalCount === 0 ? <p className="state empty">Never named in a turn.</p> : null}
        <ul className="list mentions">
          {e.mentions.edges.map(({ node: m }) => {
            const from = Math.max(0, m.start - 160);
            const to = Math.min(m.turn.text.length, m.end + 160);
            return (
              <li key={`${m.turn.id}-${m.start}`}>
                <p className="speaker">
                  <PersonLink person={m.turn.speaker} />,{' '}
                  <Link
                    to={`/episodes/${encodeURIComponent(m.turn.episode.id)}#${encodeURIComponent(m.turn.id)}`}
                  >
                    turn {m.turn.position}
                  </Link>
                </p>
                <p>
                  {from > 0 ? '…' : ''}
                  <MarkedText
                    text={m.turn.text.slice(from, to)}
                    claims={[
                      {
                        id: `${m.turn.id}-${m.start}`,
                        kind: 'mention',
                        start: m.start - from,
                        end: m.end - from,
                      },
                    ]}
                  />
                  {to < m.turn.text.length ? '…' : ''}
                </p>
              </li>
            );
          })}
        </ul>
        <Pages
          label="Pages of mentions"
          atFirst={!params.get('mentions')}
          hasNext={e.mentions.pageInfo.hasNextPage}
          onFirst={() => page('mentions', null)}
          onNext={() => page('mentions', e.mentions.pageInfo.endCursor ?? null)}
        />
      </section>

      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Claims about it ({e.claims.totalCount})</h2>
        {e.claims.totalCount === 0 ? (
          <p className="state empty">No claim is annotated as about it.</p>
        ) : null}
        <ul className="list">
          {e.claims.edges.map(({ node }) => (
            <li key={node.id}>
              <KindBadge kind={node.kind} /> <PersonLink person={node.speaker} />:{' '}
              <Link to={claimHref(node)}>“{node.quote}”</Link>
            </li>
          ))}
        </ul>
        <Pages
          label="Pages of claims"
          atFirst={!params.get('claims')}
          hasNext={e.claims.pageInfo.hasNextPage}
          onFirst={() => page('claims', null)}
          onNext={() => page('claims', e.claims.pageInfo.endCursor ?? null)}
        />
      </section>
    </article>
  );
}

function NeighbourhoodGraph({ id, name }: { id: string; name: string }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? '1') || 1));
  const [result, reexecute] = useQuery({ query: Neighbourhood, variables: { id, depth } });

  const setDepth = (value: number) => {
    const next = new URLSearchParams(params);
    next.set('depth', String(value));
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <section aria-labelledby="h-graph" className="panel">
      <h2 id="h-graph">Neighbourhood</h2>
      <div className="field inline">
        <label htmlFor="g-depth">Depth</label>
        <select
          id="g-depth"
          value={depth}
          onChange={(event) => setDepth(Number(event.target.value))}
        >
          <option value={1}>1 hop</option>
          <option value={2}>2 hops</option>
          <option value={3}>3 hops</option>
        </select>
      </div>
      <Loadable
        result={result}
        reexecute={reexecute}
        what="the neighbourhood"
        isEmpty={(data) => (data.entity?.related.length ?? 0) === 0}
        empty={<p>{name} has no recorded relation to another entity.</p>}
      >
        {(data) =>
          data.entity ? (
            <Drawn
              entity={data.entity}
              onOpen={(to) => navigate(`/entities/${encodeURIComponent(to)}`)}
            />
          ) : null
        }
      </Loadable>
    </section>
  );
}

function Drawn({
  entity,
  onOpen,
}: {
  entity: NonNullable<import('../gql/graphql').NeighbourhoodQuery['entity']>;
  onOpen: (id: string) => void;
}) {
  const { nodes, edges } = useMemo(() => {
    const nodes: GraphNode[] = [
      { id: entity.id, label: entity.name, depth: 0, claims: 0 },
      ...entity.related.map((r) => ({
        id: r.entity.id,
        label: r.entity.name,
        depth: r.depth,
        claims: r.claims.length,
      })),
    ];
    const ids = new Set(nodes.map((n) => n.id));
    const seen = new Set<string>();
    const edges: GraphEdge[] = [];
    const add = (
      from: string,
      relation: { type: string; direction: string; entity: { id: string } },
    ) => {
      if (!ids.has(relation.entity.id)) return;
      const [source, target] =
        relation.direction === 'OUTGOING' ? [from, relation.entity.id] : [relation.entity.id, from];
      const key = `${source}|${target}|${relation.type}`;
      if (seen.has(key)) return;
      seen.add(key);
      edges.push({ source, target, label: words(relation.type) });
    };
    entity.relations.forEach((r) => add(entity.id, r));
    entity.related.forEach((r) => r.entity.relations.forEach((rel) => add(r.entity.id, rel)));
    return { nodes, edges };
  }, [entity]);

  return (
    <>
      <Graph
        nodes={nodes}
        edges={edges}
        label={`Graph of ${entity.name} and ${nodes.length - 1} related entities; the list below holds the same links`}
        onOpen={(to) => {
          if (to !== entity.id) onOpen(to);
        }}
      />
      <details>
        <summary>The same neighbourhood as a list ({nodes.length - 1})</summary>
        <ul className="figures">
          {entity.related.map((r) => (
            <li key={r.entity.id}>
              <EntityLink entity={r.entity} />{' '}
              <span className="muted">
                {r.depth} hop{r.depth > 1 ? 's' : ''}, {r.claims.length} claim
                {r.claims.length === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
