import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { ClaimList } from '../../components/ClaimList';
import { Pages, usePageTo, type PageTo } from '../../components/Pages';
import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import { CitedBy } from './CitedBy';
import type { EntityData } from './entity-data';
import { EntityFacts } from './EntityFacts';
import { EntityNotes } from './EntityNotes';
import { Mentions } from './Mentions';
import { NeighbourhoodGraph } from './Neighbourhood';

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
        ...ClaimList
      }
    }
  }
`);

export function EntityPage() {
  const { id = '' } = useParams();
  // The lists sit below the graph: moving through them keeps the window where it is.
  const [params, page] = usePageTo({ keepScroll: true });
  const [result, reexecute] = useQuery({
    query: EntityDetail,
    variables: { id, mentionsAfter: params.get('mentions'), claimsAfter: params.get('claims') },
  });
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

function Entity({ e, page, params }: { e: EntityData; page: PageTo; params: URLSearchParams }) {
  return (
    <article>
      <EntityFacts e={e} />
      <NeighbourhoodGraph id={e.id} name={e.name} />
      <div className="grid">
        <CitedBy e={e} />
        <EntityNotes notes={e.notes} discrepancies={e.discrepancies} />
      </div>
      <Mentions mentions={e.mentions} atFirst={!params.get('mentions')} page={page} />
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Claims about it ({e.claims.totalCount})</h2>
        {e.claims.totalCount === 0 ? (
          <p className="state empty">No claim is annotated as about it.</p>
        ) : null}
        <ClaimList claims={e.claims} />
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
