import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { EntityLink } from '../../components/Bits';
import { ClaimList } from '../../components/ClaimList';
import { Pages, usePageTo, type PageTo } from '../../components/Pages';
import { PredictionList } from '../../components/PredictionList';
import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import type { PersonDetailQuery } from '../../gql/graphql';
import { Calibration } from './Calibration';
import type { PersonData } from './person-data';
import { CitesMost, Episodes, TrackRecord } from './PersonPanels';

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
        ...PredictionList
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

export function PersonPage() {
  const { id = '' } = useParams();
  const [params, page] = usePageTo();
  const [result, reexecute] = useQuery({
    query: PersonDetail,
    variables: {
      id,
      who: id,
      claimsAfter: params.get('claims'),
      predictionsAfter: params.get('predictions'),
    },
  });
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="this person"
      isEmpty={(data) => data.person === null}
      empty={<p>No person has the id “{id}”.</p>}
    >
      {(data) =>
        data.person ? <Person person={data.person} data={data} page={page} params={params} /> : null
      }
    </Loadable>
  );
}

function Person({
  person,
  data,
  page,
  params,
}: {
  person: PersonData;
  data: PersonDetailQuery;
  page: PageTo;
  params: URLSearchParams;
}) {
  const { predictions, claims } = person;
  return (
    <article>
      <h1>{person.name}</h1>
      {person.description ? <p className="lede">{person.description}</p> : null}
      <Affiliations affiliations={person.affiliations} />
      <div className="grid">
        <TrackRecord record={person.trackRecord} />
        <Calibration name={person.name} resolved={data.resolved} />
        <CitesMost person={person} cited={data.cited} />
        <Episodes appearances={person.appearances} />
      </div>
      <section aria-labelledby="h-predictions">
        <h2 id="h-predictions">Predictions ({predictions.totalCount})</h2>
        {predictions.totalCount === 0 ? (
          <p className="state empty">No predictions by {person.name}.</p>
        ) : (
          <PredictionList predictions={predictions} />
        )}
        <Pages
          label="Pages of predictions"
          atFirst={!params.get('predictions')}
          hasNext={predictions.pageInfo.hasNextPage}
          onFirst={() => page('predictions', null)}
          onNext={() => page('predictions', predictions.pageInfo.endCursor ?? null)}
        />
      </section>
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Claims ({claims.totalCount})</h2>
        <ClaimList claims={claims} withSpeaker={false} />
        <Pages
          label="Pages of claims"
          atFirst={!params.get('claims')}
          hasNext={claims.pageInfo.hasNextPage}
          onFirst={() => page('claims', null)}
          onNext={() => page('claims', claims.pageInfo.endCursor ?? null)}
        />
      </section>
    </article>
  );
}

function Affiliations({ affiliations }: { affiliations: PersonData['affiliations'] }) {
  if (affiliations.length === 0) return null;
  return (
    <p>
      Affiliated with{' '}
      {affiliations.map((a, i) => (
        <span key={a.entity.id}>
          {i > 0 ? ', ' : ''}
          <EntityLink entity={a.entity} />
          {a.role ? ` (${a.role})` : ''}
        </span>
      ))}
    </p>
  );
}
