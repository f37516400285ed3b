import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { claimHref, KindBadge } from '../components/Bits';
import { Snippet } from '../components/Marked';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import { words } from '../labels';

const SearchDoc = graphql(`
  query Search($query: String!) {
    search(query: $query, first: 30) {
      type
      score
      snippet
      turn {
        id
        position
        speaker {
          name
        }
        episode {
          id
          title
        }
      }
      claim {
        id
        kind
        speaker {
          name
        }
        episode {
          id
        }
        prediction {
          id
        }
      }
      entity {
        id
        name
        type
      }
    }
  }
`);

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [result, reexecute] = useQuery({
    query: SearchDoc,
    variables: { query: q },
    pause: q === '',
  });
  return (
    <>
      <h1>Search{q ? `: “${q}”` : ''}</h1>
      {q === '' ? (
        <p className="state empty">
          Type words in the search box above: turns, claims and entities are searched.
        </p>
      ) : (
        <Loadable
          result={result}
          reexecute={reexecute}
          what="search results"
          isEmpty={(data) => data.search.length === 0}
          empty={<p>Nothing matches “{q}”. Try fewer or other words.</p>}
        >
          {(data) => (
            <ol className="hits" data-testid="hits">
              {data.search.map((hit, i) => {
                let title = null;
                if (hit.turn) {
                  title = (
                    <Link
                      to={`/episodes/${encodeURIComponent(hit.turn.episode.id)}#${encodeURIComponent(hit.turn.id)}`}
                    >
                      Turn {hit.turn.position} by {hit.turn.speaker.name}
                    </Link>
                  );
                } else if (hit.claim) {
                  title = (
                    <>
                      <KindBadge kind={hit.claim.kind} />{' '}
                      <Link to={claimHref(hit.claim)}>Claim by {hit.claim.speaker.name}</Link>
                    </>
                  );
                } else if (hit.entity) {
                  title = (
                    <Link to={`/entities/${encodeURIComponent(hit.entity.id)}`}>
                      {hit.entity.name} ({words(hit.entity.type)})
                    </Link>
                  );
                }
                return (
                  <li key={`${hit.type}-${i}`}>
                    <p className="hit-title">
                      <span className="muted">{words(hit.type)}</span> {title}
                    </p>
                    <p className="snippet">
                      <Snippet html={hit.snippet} />
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </Loadable>
      )}
    </>
  );
}
