import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Downloads } from '../../components/Downloads';
import { IndexControls, useIndexParams } from '../../components/IndexControls';
import { Pages } from '../../components/Pages';
import { Loadable } from '../../components/States';
import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { EpisodeOrder } from '../../gql/graphql';

const EpisodesIndexPage = graphql(`
  query EpisodesIndex($filter: EpisodeFilter, $orderBy: EpisodeOrder, $after: String) {
    episodeList(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          title
          airDate
          speakers {
            person {
              id
              name
            }
          }
          turnCount
          claimCount
          predictionCount
          timedTurnCount
          hasMedia
        }
      }
    }
  }
`);

const SORTS = [
  { value: EpisodeOrder.AirDateDesc, label: 'Newest first' },
  { value: EpisodeOrder.AirDateAsc, label: 'Oldest first' },
  { value: EpisodeOrder.TitleAsc, label: 'Title' },
  { value: EpisodeOrder.ClaimsDesc, label: 'Most claims' },
];

/** Every episode: who spoke, how much was annotated, and whether its times and media are known. */
export function EpisodesIndex() {
  const index = useIndexParams();
  const text = index.params.get('q') || undefined;
  const sort = index.params.get('sort') ?? '';
  const orderBy = isEnumValue(EpisodeOrder, sort) ? sort : EpisodeOrder.AirDateDesc;
  const after = index.params.get('after');
  const [result, reexecute] = useQuery({
    query: EpisodesIndexPage,
    variables: { filter: text ? { text } : {}, orderBy, after },
  });
  return (
    <>
      <h1>Episodes</h1>
      <p className="lede">Every transcript in the graph, with what was annotated in it.</p>
      <IndexControls searchLabel="Title" sorts={SORTS} index={index} />
      <Downloads list="episodes" params={{ text, orderBy }} />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="episodes"
        isEmpty={(data) => data.episodeList.totalCount === 0}
        empty={<p>No episode matches. Clear the search to see them all.</p>}
      >
        {(data) => (
          <>
            <p className="count" role="status" data-testid="index-count">
              {data.episodeList.totalCount} episode{data.episodeList.totalCount === 1 ? '' : 's'}
            </p>
            <table className="index" data-testid="index-table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Aired</th>
                  <th scope="col">Speakers</th>
                  <th scope="col">Turns</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Predictions</th>
                  <th scope="col">Times</th>
                  <th scope="col">Media</th>
                </tr>
              </thead>
              <tbody>
                {data.episodeList.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <Link to={`/episodes/${encodeURIComponent(node.key)}`}>{node.title}</Link>
                    </td>
                    <td>
                      <time dateTime={node.airDate}>{node.airDate}</time>
                    </td>
                    <td>{node.speakers.map((s) => s.person.name).join(', ')}</td>
                    <td>{node.turnCount}</td>
                    <td>{node.claimCount}</td>
                    <td>{node.predictionCount}</td>
                    <td>
                      {node.timedTurnCount === 0
                        ? 'none'
                        : node.timedTurnCount === node.turnCount
                          ? 'every turn'
                          : `${node.timedTurnCount} of ${node.turnCount} turns`}
                    </td>
                    <td>{node.hasMedia ? 'yes' : 'no'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pages
              label="Pages of episodes"
              atFirst={!after}
              hasNext={data.episodeList.pageInfo.hasNextPage}
              onFirst={() => index.page(null)}
              onNext={() => index.page(data.episodeList.pageInfo.endCursor ?? null)}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
