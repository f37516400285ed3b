import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Downloads } from '../../components/Downloads';
import { IndexControls, useIndexParams } from '../../components/IndexControls';
import { IndexTable, type IndexColumn } from '../../components/IndexTable';
import { Loadable } from '../../components/States';
import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import {
  EntityOrder,
  EntityType,
  type EntitiesIndexQuery,
  type EntityFilter,
} from '../../gql/graphql';
import { words } from '../../labels';

const EntitiesIndexPage = graphql(`
  query EntitiesIndex($filter: EntityFilter, $orderBy: EntityOrder, $after: String) {
    entities(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
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
          type
          mentionCount
          citedBy(first: 3) {
            person {
              id
              key
              name
            }
            count
          }
          claims(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

const SORTS = [
  { value: EntityOrder.CitationsDesc, label: 'Most cited' },
  { value: EntityOrder.NameAsc, label: 'Name' },
  { value: EntityOrder.ClaimsDesc, label: 'Most claims' },
];

type EntityRow = EntitiesIndexQuery['entities']['edges'][number]['node'];

const COLUMNS: IndexColumn<EntityRow>[] = [
  {
    header: 'Name',
    cell: (node) => <Link to={`/entities/${encodeURIComponent(node.key)}`}>{node.name}</Link>,
  },
  { header: 'Type', cell: (node) => words(node.type) },
  { header: 'Cited', cell: (node) => node.mentionCount },
  {
    header: 'By whom',
    cell: (node) =>
      node.citedBy.map((c, i) => (
        <span key={c.person.id}>
          {i > 0 ? ', ' : ''}
          <Link to={`/people/${encodeURIComponent(c.person.key)}`}>{c.person.name}</Link> ({c.count}
          )
        </span>
      )),
  },
  { header: 'Claims about it', cell: (node) => node.claims.totalCount },
];

/** Works, people, organisations and ideas cited: by type, how often, and by whom. */
export function EntitiesIndex() {
  const index = useIndexParams();
  const name = index.params.get('q') || undefined;
  const type = index.params.get('type') ?? '';
  const sort = index.params.get('sort') ?? '';
  const orderBy = isEnumValue(EntityOrder, sort) ? sort : EntityOrder.CitationsDesc;
  const after = index.params.get('after');
  const filter: EntityFilter = {};
  if (name) filter.name = name;
  if (isEnumValue(EntityType, type)) filter.types = [type];
  const [result, reexecute] = useQuery({
    query: EntitiesIndexPage,
    variables: { filter, orderBy, after },
  });
  return (
    <>
      <h1>Cited works, people and ideas</h1>
      <p className="lede">Everything named in the transcripts, how often, and by whom.</p>
      <IndexControls searchLabel="Name" sorts={SORTS} index={index}>
        {' '}
        <label>
          Type{' '}
          <select name="type" value={type} onChange={(e) => index.set('type', e.target.value)}>
            <option value="">All types</option>
            {Object.values(EntityType).map((value) => (
              <option key={value} value={value}>
                {words(value)}
              </option>
            ))}
          </select>
        </label>
      </IndexControls>
      <Downloads list="entities" params={{ name, types: filter.types, orderBy }} />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="entities"
        isEmpty={(data) => data.entities.totalCount === 0}
        empty={<p>Nothing matches. Clear the search or the type to see more.</p>}
      >
        {(data) => (
          <IndexTable
            page={data.entities}
            noun={{ one: 'entity', many: 'entities' }}
            columns={COLUMNS}
            index={index}
          />
        )}
      </Loadable>
    </>
  );
}
