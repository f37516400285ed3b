import { EntityLink } from '../../components/Bits';
import { words } from '../../labels';
import type { Episode } from './episode-data';

/** The episode's verification notes, each with the discrepancies it explains. */
export function EpisodeNotes({ episode }: { episode: Episode }) {
  return (
    <section aria-labelledby="h-notes">
      <h2 id="h-notes">Verification notes</h2>
      {episode.notes.length === 0 ? <p className="state empty">No verification notes.</p> : null}
      <ol className="list">
        {episode.notes.map((n) => (
          <li key={n.id} id={n.id}>
            <strong>{n.term}:</strong> {n.text}{' '}
            {n.explains.map((e) => (
              <span key={e.id}>
                → <EntityLink entity={e} />{' '}
              </span>
            ))}
            {episode.discrepancies
              .filter((d) => d.note?.id === n.id)
              .map((d) => (
                <p key={d.id} className="discrepancy-note">
                  Discrepancy ({words(d.kind)}): “{d.text}” should read “{d.correct}”.{' '}
                  {d.explanation}
                </p>
              ))}
          </li>
        ))}
      </ol>
      {episode.editorialNote ? <p className="muted">{episode.editorialNote}</p> : null}
    </section>
  );
}
