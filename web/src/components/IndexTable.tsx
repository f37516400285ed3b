import type { ReactNode } from 'react';

import type { useIndexParams } from './IndexControls';
import { Pages } from './Pages';

/** One column of an index table: its header, and what a row shows under it. */
export interface IndexColumn<Node> {
  header: string;
  cell: (node: Node) => ReactNode;
}

/** A page of a connection, as the index queries select it. */
export interface IndexPageOf<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

/**
 * The body of an index page (people, episodes, entities): the count, one row per node, and the
 * pages under it, which move the address's ?after= cursor.
 */
export function IndexTable<Node extends { id: string }>(props: {
  page: IndexPageOf<Node>;
  noun: { one: string; many: string };
  columns: IndexColumn<Node>[];
  index: ReturnType<typeof useIndexParams>;
}) {
  const { page, noun, columns, index } = props;
  return (
    <>
      <p className="count" role="status" data-testid="index-count">
        {page.totalCount} {page.totalCount === 1 ? noun.one : noun.many}
      </p>
      <table className="index" data-testid="index-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.edges.map(({ node }) => (
            <tr key={node.id}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(node)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Pages
        label={`Pages of ${noun.many}`}
        atFirst={!index.params.get('after')}
        hasNext={page.pageInfo.hasNextPage}
        onFirst={() => index.page(null)}
        onNext={() => index.page(page.pageInfo.endCursor ?? null)}
      />
    </>
  );
}
