import { useEffect } from 'react';
import { useQuery } from 'urql';

import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';
import { useToken } from '../../token';

const Viewer = graphql(`
  query Viewer {
    viewer {
      name
      role
      canAnnotate
      canReview
      canResolve
    }
  }
`);

export type ViewerData = ViewerQuery['viewer'];

/** Who the token kept in this tab says the person is; asked again whenever it changes. */
export function useViewer(): { viewer: ViewerData | null; fetching: boolean; token: string } {
  const token = useToken();
  const [result, reexecute] = useQuery({ query: Viewer, requestPolicy: 'network-only' });
  useEffect(() => reexecute({ requestPolicy: 'network-only' }), [token, reexecute]);
  // Until the answer for this token arrives, nobody may write: the form stays closed.
  return { viewer: result.data?.viewer ?? null, fetching: result.fetching, token };
}
