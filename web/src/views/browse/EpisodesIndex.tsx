import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Downloads } from '../../components/Downloads';
import { IndexControls, useIndexParams } from '../../components/IndexControls';
import { IndexTable, type IndexColumn } from '../../components/IndexTable';
import { Loadable } from '../../components/States';
import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { EpisodeOrder, type EpisodesIndexQuery } from '../../gql/graphql';

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

type EpisodeRow = EpisodesIndexQuery['episodeList']['edges'][number]['node'];

/** How many of an episode's turns carry times. */
function timesOf(node: EpisodeRow): string {
  if (node.timedTurnCount === 0) return 'none';
  if (node.timedTurnCount === node.turnCount) return 'every turn';
  return `${node.timedTurnCount} of ${node.turnCount} turns`;
}

const COLUMNS: IndexColumn<EpisodeRow>[] = [
  {
    header: 'Title',
    cell: (node) => <Link to={`/episodes/${encodeURIComponent(node.key)}`}>{node.title}</Link>,
  },
  { header: 'Aired', cell: (node) => <time dateTime={node.airDate}>{node.airDate}</time> },
  { header: 'Speakers', cell: (node) => node.speakers.map((s) => s.person.name).join(', ') },
  { header: 'Turns', cell: (node) => node.turnCount },
  { header: 'Claims', cell: (node) => node.claimCount },
  { header: 'Predictions', cell: (node) => node.predictionCount },
  { header: 'Times', cell: timesOf },
  { header: 'Media', cell: (node) => (node.hasMedia ? 'yes' : 'no') },
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
          <IndexTable
            page={data.episodeList}
            noun={{ one: 'episode', many: 'episodes' }}
            columns={COLUMNS}
            index={index}
          />
        )}
      </Loadable>
    </>
  );
}
