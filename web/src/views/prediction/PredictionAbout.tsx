import { Link } from 'react-router-dom';

import { EntityLink } from '../../components/Bits';
import { words } from '../../labels';
import type { PredictionData } from './prediction-data';

/** The entities it is annotated as about, and its topics (each a filter of the board). */
export function PredictionAbout({
  about,
  topics,
}: {
  about: PredictionData['about'];
  topics: PredictionData['topics'];
}) {
  return (
    <section aria-labelledby="h-about">
      <h2 id="h-about">About</h2>
      {about.length === 0 ? (
        <p className="state empty">No entity is annotated for this prediction.</p>
      ) : (
        <ul className="chips">
          {about.map((e) => (
            <li key={e.id}>
              <EntityLink entity={e} /> <span className="muted">{words(e.type)}</span>
            </li>
          ))}
        </ul>
      )}
      {topics.length > 0 ? (
        <p>
          Topics:{' '}
          {topics.map((t, i) => (
            <span key={t}>
              {i > 0 ? ', ' : ''}
              <Link to={`/predictions?topic=${encodeURIComponent(t)}`}>{t}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
