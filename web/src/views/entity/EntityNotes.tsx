import { Link } from 'react-router-dom';

import { words } from '../../labels';
import type { EntityData } from './entity-data';

/** The verification notes that explain the entity, and the transcript's errors about it. */
export function EntityNotes({
  notes,
  discrepancies,
}: {
  notes: EntityData['notes'];
  discrepancies: EntityData['discrepancies'];
}) {
  return (
    <section className="panel" aria-labelledby="h-notes">
      <h2 id="h-notes">Verification notes and discrepancies</h2>
      {notes.length === 0 && discrepancies.length === 0 ? (
        <p className="state empty">No verification note or recorded discrepancy.</p>
      ) : null}
      <ul className="list">
        {notes.map((n) => (
          <li key={n.id}>
            <strong>
              Note {n.number}, {n.term}:
            </strong>{' '}
            {n.text}
          </li>
        ))}
        {discrepancies.map((d) => (
          <li key={d.id}>
            <strong>{words(d.kind)}:</strong> “{d.text}” should read “{d.correct}”. {d.explanation}
            {d.turn ? (
              <>
                {' '}
                <Link
                  to={`/episodes/${encodeURIComponent(d.turn.episode.id)}#${encodeURIComponent(d.turn.id)}`}
                >
                  turn {d.turn.position}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
