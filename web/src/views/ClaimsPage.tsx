import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { ClaimList } from '../components/ClaimList';
import { Pages, usePageTo } from '../components/Pages';
import { Loadable } from '../components/States';
import { isEnumValue } from '../enums';
import { graphql } from '../gql';
import { ClaimKind, type ClaimFilter } from '../gql/graphql';
import { words } from '../labels';

const ClaimsList = graphql(`
  query ClaimsList($filter: ClaimFilter, $after: String) {
    claims(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      ...ClaimList
    }
  }
`);

/** The list behind the overview's claim figures: by kind, speaker, topic or entity. */
export function ClaimsPage() {
  const [params, page] = usePageTo();
  const filter = useMemo(() => {
    const f: ClaimFilter = {};
    const kind = params.get('kind') ?? '';
    if (isEnumValue(ClaimKind, kind)) f.kinds = [kind];
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
            <ClaimList claims={data.claims} testId="claims" />
            <Pages
              label="Pages of claims"
              atFirst={!after}
              hasNext={data.claims.pageInfo.hasNextPage}
              onFirst={() => page('after', null)}
              onNext={() => page('after', data.claims.pageInfo.endCursor ?? null)}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
