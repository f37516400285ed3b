import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import { Reader } from './Reader';

const EpisodeDetail = graphql(`
  query EpisodeDetail($id: ID!) {
    episode(id: $id) {
      id
      title
      airDate
      editorialNote
      mediaUrl
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
          startTime
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
