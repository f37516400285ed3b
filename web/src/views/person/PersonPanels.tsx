import { Link } from 'react-router-dom';

import { EntityLink } from '../../components/Bits';
import type { PersonDetailQuery } from '../../gql/graphql';
import { words } from '../../labels';
import type { PersonData } from './person-data';

/** How the person's own predictions stand, and their Brier score once some are scored. */
export function TrackRecord({ record }: { record: PersonData['trackRecord'] }) {
  return (
    <section className="panel" aria-labelledby="h-record">
      <h2 id="h-record">Track record</h2>
      <dl className="facts compact" data-testid="track-record">
        <dt>Predictions</dt>
        <dd>{record.total}</dd>
        <dt>Open</dt>
        <dd>{record.open}</dd>
        <dt>Correct</dt>
        <dd>{record.correct}</dd>
        <dt>Partially correct</dt>
        <dd>{record.partiallyCorrect}</dd>
        <dt>Incorrect</dt>
        <dd>{record.incorrect}</dd>
        <dt>Unresolvable</dt>
        <dd>{record.unresolvable}</dd>
        <dt>Brier score</dt>
        <dd>
          {record.brierScore === null || record.brierScore === undefined
            ? 'not yet: nothing scored'
            : `${record.brierScore.toFixed(3)} (lower is better; always 50% scores 0.250)`}
        </dd>
      </dl>
    </section>
  );
}

/** The ten entities the person names most, by how often they name each. */
export function CitesMost({
  person,
  cited,
}: {
  person: PersonData;
  cited: PersonDetailQuery['cited'];
}) {
  const top = cited.edges
    .map(({ node }) => ({
      ...node,
      count: node.citedBy.find((c) => c.person.id === person.id)?.count ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 10);
  return (
    <section className="panel" aria-labelledby="h-cited">
      <h2 id="h-cited">Cites most</h2>
      {top.length === 0 ? (
        <p className="state empty">{person.name} names no annotated entity.</p>
      ) : (
        <ol className="figures">
          {top.map((e) => (
            <li key={e.id}>
              <EntityLink entity={e} />: {e.count}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The episodes the person speaks in, with their role. */
export function Episodes({ appearances }: { appearances: PersonData['appearances'] }) {
  return (
    <section className="panel" aria-labelledby="h-episodes">
      <h2 id="h-episodes">Episodes</h2>
      <ul className="figures">
        {appearances.map((a) => (
          <li key={a.episode.id}>
            <Link to={`/episodes/${encodeURIComponent(a.episode.id)}`}>{a.episode.title}</Link>{' '}
            <span className="muted">
              {words(a.role)}, {a.episode.airDate}
              {a.affiliation ? `, ${a.affiliation}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {appearances.length === 0 ? <p className="state empty">Cited, never a speaker.</p> : null}
    </section>
  );
}
