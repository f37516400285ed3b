import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Downloads } from '../../components/Downloads';
import { IndexControls, useIndexParams } from '../../components/IndexControls';
import { IndexTable, type IndexColumn } from '../../components/IndexTable';
import { Loadable } from '../../components/States';
import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { SpeakerOrder, type PeopleIndexQuery } from '../../gql/graphql';

const PeopleIndexPage = graphql(`
  query PeopleIndex($filter: SpeakerFilter, $orderBy: SpeakerOrder, $after: String) {
    speakers(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          name
          appearances {
            episode {
              id
            }
          }
          predictions(first: 0) {
            totalCount
          }
          trackRecord {
            resolved
            brierScore
          }
        }
      }
    }
  }
`);

const SORTS = [
  { value: SpeakerOrder.NameAsc, label: 'Name' },
  { value: SpeakerOrder.PredictionsDesc, label: 'Most predictions' },
  { value: SpeakerOrder.EpisodesDesc, label: 'Most episodes' },
  { value: SpeakerOrder.BrierAsc, label: 'Best Brier score' },
];

type Person = PeopleIndexQuery['speakers']['edges'][number]['node'];

const COLUMNS: IndexColumn<Person>[] = [
  {
    header: 'Name',
    cell: (node) => <Link to={`/people/${encodeURIComponent(node.key)}`}>{node.name}</Link>,
  },
  { header: 'Episodes', cell: (node) => node.appearances.length },
  { header: 'Predictions', cell: (node) => node.predictions.totalCount },
  {
    header: 'Brier score',
    cell: ({ trackRecord }) =>
      trackRecord.brierScore === null ? (
        <span className="muted">none scored yet</span>
      ) : (
        `${trackRecord.brierScore.toFixed(3)} (${trackRecord.resolved} resolved)`
      ),
  },
];

/** Everyone who spoke: how often, how many forecasts, and how they turned out. */
export function PeopleIndex() {
  const index = useIndexParams();
  const name = index.params.get('q') || undefined;
  const sort = index.params.get('sort') ?? '';
  const orderBy = isEnumValue(SpeakerOrder, sort) ? sort : SpeakerOrder.NameAsc;
  const after = index.params.get('after');
  const filter = name ? { name } : {};
  const [result, reexecute] = useQuery({
    query: PeopleIndexPage,
    variables: { filter, orderBy, after },
  });
  return (
    <>
      <h1>People</h1>
      <p className="lede">Everyone who spoke in an episode, with their forecasts&apos; record.</p>
      <IndexControls searchLabel="Name" sorts={SORTS} index={index} />
      <Downloads list="people" params={{ name, orderBy }} />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="people"
        isEmpty={(data) => data.speakers.totalCount === 0}
        empty={<p>Nobody matches. Clear the search to see everyone.</p>}
      >
        {(data) => (
          <IndexTable
            page={data.speakers}
            noun={{ one: 'person', many: 'people' }}
            columns={COLUMNS}
            index={index}
          />
        )}
      </Loadable>
    </>
  );
}
