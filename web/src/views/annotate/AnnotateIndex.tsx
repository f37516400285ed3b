import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';

const AnnotateEpisodes = graphql(`
  query AnnotateEpisodes {
    episodes(first: 100) {
      id
      title
      airDate
      turnCount
      claimCount
    }
  }
`);

/** /annotate: the episodes to annotate, and the queue of predictions to resolve. */
export function AnnotateIndex() {
  const [result, reexecute] = useQuery({ query: AnnotateEpisodes });
  return (
    <article>
      <h1>Annotate</h1>
      <p className="lede">
        Choose an episode to annotate or review, or open the{' '}
        <Link to="/annotate/queue">resolution queue</Link> of overdue predictions.
      </p>
      <Loadable result={result} reexecute={reexecute} what="the episodes">
        {(data) => (
          <ul className="list">
            {data.episodes.map((e) => (
              <li key={e.id}>
                <Link to={`/annotate/${encodeURIComponent(e.id)}`}>{e.title}</Link>{' '}
                <span className="muted">
                  aired {e.airDate}, {e.turnCount} turns, {e.claimCount} claims
                </span>
              </li>
            ))}
          </ul>
        )}
      </Loadable>
    </article>
  );
}
