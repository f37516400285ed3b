import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import { QueueItem } from './QueueItem';
import { SignIn } from './SignIn';
import { useViewer } from './use-viewer';
import './workbench.css';

const ResolutionQueueQuery = graphql(`
  query ResolutionQueue($before: Date!) {
    predictions(
      filter: { statuses: [OPEN], dated: true, dueBefore: $before }
      orderBy: DEADLINE_ASC
      first: 100
    ) {
      totalCount
      edges {
        node {
          id
          ...QueueItem
        }
      }
    }
  }
`);

/** Yesterday (UTC): a prediction is past due once its last day has gone by. */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

/** /annotate/queue: open predictions past their deadline, oldest first, each with a resolve form. */
export function ResolutionQueue() {
  const { viewer, token } = useViewer();
  const [result, reexecute] = useQuery({
    query: ResolutionQueueQuery,
    variables: { before: yesterday() },
  });
  return (
    <article className="queue-page">
      <h1>Resolution queue</h1>
      <p className="lede">
        Predictions whose deadline has passed and that are still open, the longest overdue first.
        Resolve each with evidence: a source and the date the outcome was known.
      </p>
      <SignIn viewer={viewer} token={token} purpose="resolve predictions" />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="the overdue predictions"
        isEmpty={(data) => data.predictions.totalCount === 0}
        empty={<p>No open prediction is past its deadline.</p>}
      >
        {(data) => (
          <>
            <p role="status" data-testid="queue-count">
              {data.predictions.totalCount} overdue prediction
              {data.predictions.totalCount === 1 ? '' : 's'}
            </p>
            <ol className="queue" data-testid="queue">
              {data.predictions.edges.map((e) => (
                <QueueItem
                  key={e.node.id}
                  prediction={e.node}
                  canResolve={viewer?.canResolve === true}
                  onResolved={() => reexecute({ requestPolicy: 'network-only' })}
                />
              ))}
            </ol>
          </>
        )}
      </Loadable>
    </article>
  );
}
