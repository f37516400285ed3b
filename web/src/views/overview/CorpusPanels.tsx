import { Link } from 'react-router-dom';

import type { OverviewQuery } from '../../gql/graphql';
import type { Dashboard } from './overview-data';

/** The entities named most often across the corpus. */
export function MostCitedPanel({ mostCited }: { mostCited: Dashboard['mostCited'] }) {
  return (
    <section aria-labelledby="h-cited" className="panel">
      <h2 id="h-cited">Most cited</h2>
      <ol className="figures">
        {mostCited.map((c) => (
          <li key={c.entity.id}>
            <Link to={`/entities/${encodeURIComponent(c.entity.id)}`}>
              {c.entity.name}: {c.count} mention{c.count === 1 ? '' : 's'}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Every episode, with its air date. */
export function EpisodesPanel({ episodes }: { episodes: OverviewQuery['episodes'] }) {
  return (
    <section aria-labelledby="h-episodes" className="panel">
      <h2 id="h-episodes">Episodes</h2>
      <ul className="figures">
        {episodes.map((e) => (
          <li key={e.id}>
            <Link to={`/episodes/${encodeURIComponent(e.id)}`}>{e.title}</Link>{' '}
            <span className="muted">{e.airDate}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
