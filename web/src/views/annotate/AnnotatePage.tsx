import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import { SignIn } from './SignIn';
import { useViewer } from './use-viewer';
import { Workbench } from './Workbench';
import './workbench.css';

const WorkbenchEpisode = graphql(`
  query WorkbenchEpisode($id: ID!) {
    episode(id: $id) {
      id
      key
      title
      airDate
      mediaUrl
      speakers {
        label
        role
        person {
          id
          name
        }
      }
      sections(first: 50) {
        id
        position
        title
        turns(first: 50) {
          id
          key
          position
          text
          startTime
          endTime
          speaker {
            id
            name
          }
        }
      }
    }
  }
`);

/** /annotate/<episode>: the workbench, for people holding an editor or reviewer token. */
export function AnnotatePage() {
  const { episode = '' } = useParams();
  const { viewer, token } = useViewer();
  const [result, reexecute] = useQuery({ query: WorkbenchEpisode, variables: { id: episode } });
  return (
    <article className="workbench-page">
      <SignIn viewer={viewer} token={token} purpose="annotate this episode or review drafts" />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="the episode"
        isEmpty={(data) => data.episode === null}
        empty={
          <p>
            No episode has the id “{episode}”. <Link to="/annotate">Choose an episode</Link>.
          </p>
        }
      >
        {(data) =>
          data.episode ? <Workbench key={token} episode={data.episode} viewer={viewer} /> : null
        }
      </Loadable>
    </article>
  );
}
