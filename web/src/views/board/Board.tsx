import { useMemo } from 'react';
import { useQuery } from 'urql';

import { Loadable } from '../../components/States';
import { graphql } from '../../gql';
import type { BoardPageQuery } from '../../gql/graphql';
import { readParams, useBoardParams, type BoardParams } from './board-params';
import { BoardFilters } from './BoardFilters';
import { BoardTable } from './BoardTable';

const PAGE_SIZE = 20;

const BoardOptions = graphql(`
  query BoardOptions {
    people(first: 100) {
      id
      key
      name
    }
    dashboard {
      claimsByTopic(first: 100) {
        label
      }
    }
  }
`);

const BoardPage = graphql(`
  query BoardPage($filter: PredictionFilter, $orderBy: PredictionOrder, $after: String) {
    predictions(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...BoardRow
        }
      }
    }
  }
`);

/** Every prediction, filtered and sorted from the address, a page at a time. */
export function Board() {
  const board = useBoardParams();
  const { filter, orderBy } = useMemo(() => readParams(board.params), [board.params]);
  const after = board.params.get('after');
  const [options] = useQuery({ query: BoardOptions, requestPolicy: 'cache-first' });
  const [result, reexecute] = useQuery({
    query: BoardPage,
    variables: { filter, orderBy, after },
  });

  return (
    <>
      <h1>Predictions</h1>
      <p className="lede">
        Who predicted what, and by when. Filters and sort are kept in the address.
      </p>
      <BoardFilters board={board} orderBy={orderBy} options={options.data} />
      <Loadable
        result={result}
        reexecute={reexecute}
        what="predictions"
        isEmpty={(data) => data.predictions.totalCount === 0}
        empty={<p>No prediction matches these filters. Clear a filter to see more.</p>}
      >
        {(data) => <BoardResults predictions={data.predictions} board={board} atFirst={!after} />}
      </Loadable>
    </>
  );
}

function BoardResults({
  predictions,
  board,
  atFirst,
}: {
  predictions: BoardPageQuery['predictions'];
  board: BoardParams;
  atFirst: boolean;
}) {
  const { totalCount, pageInfo, edges } = predictions;
  return (
    <>
      <p className="count" role="status" data-testid="board-count">
        {totalCount} prediction{totalCount === 1 ? '' : 's'}
        {atFirst ? '' : ' (a later page)'}
      </p>
      <BoardTable rows={edges} />
      <nav className="pager" aria-label="Pages of predictions">
        <button type="button" disabled={atFirst} onClick={() => board.page(null)}>
          First page
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage}
          onClick={() => board.page(pageInfo.endCursor ?? '')}
        >
          Next page
        </button>
        <span className="muted">{PAGE_SIZE} per page</span>
      </nav>
    </>
  );
}
