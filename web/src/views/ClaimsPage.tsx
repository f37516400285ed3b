import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { claimHref, KindBadge, PersonLink } from '../components/Bits';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { ClaimFilter, ClaimKind } from '../gql/graphql';
import { CLAIM_KINDS, words } from '../vocabulary';
import { Pages } from './PersonPage';

const ClaimsList = graphql(`
  query ClaimsList($filter: ClaimFilter, $after: String) {
    claims(filter: $filter, first: 20, after: $after) {
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
`);

function isKind(value: string): value is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(value);
}

/** The list behind the overview's claim figures: by kind, speaker, topic or entity. */
export function ClaimsPage() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => {
    const f: ClaimFilter = {};
    const kind = params.get('kind') ?? '';
    if (isKind(kind)) f.kinds = [kind];
    const speaker = params.get('speaker');
    if (speaker) f.speaker = speaker;
    const topic = params.get('topic');
    if (topic) f.topic = topic;
    const entity = params.get('entity');
    if (entity) f.entity = entity;
    return f;
  }, [params]);
  const after = params.get('after');
  const [result, reexecute] = useQuery({ query: ClaimsList, variables: { filter, after } });
  const described = [
    filter.kinds?.[0] ? words(filter.kinds[0]).toLowerCase() : null,
    filter.speaker ? `by ${filter.speaker}` : null,
    filter.topic ? `on ${filter.topic}` : null,
    filter.entity ? `about ${filter.entity}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  };
  return (
    <>
      <h1>Claims{described ? `: ${described}` : ''}</h1>
      <p className="lede">
        Every annotated statement, in episode order. <Link to="/">Back to the overview</Link>.
      </p>
      <Loadable
        result={result}
        reexecute={reexecute}
        what="claims"
        isEmpty={(data) => data.claims.totalCount === 0}
        empty={<p>No claim matches.</p>}
      >
        {(data) => (
          <>
            <p className="count" role="status">
              {data.claims.totalCount} claim{data.claims.totalCount === 1 ? '' : 's'}
            </p>
            <ul className="list" data-testid="claims">
              {data.claims.edges.map(({ node }) => (
                <li key={node.id}>
                  <KindBadge kind={node.kind} /> <PersonLink person={node.speaker} />:{' '}
                  <Link to={claimHref(node)}>“{node.quote}”</Link>
                </li>
              ))}
            </ul>
            <Pages
              label="Pages of claims"
              atFirst={!after}
              hasNext={data.claims.pageInfo.hasNextPage}
              onFirst={() => page(null)}
              onNext={() => page(data.claims.pageInfo.endCursor ?? null)}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
