import { Link } from 'react-router-dom';

import { Due, PersonLink, StatusBadge } from '../../components/Bits';
import { words } from '../../labels';
import type { PredictionData } from './prediction-data';

/** The crumbs, the quote as the page's title, and what was said about it. */
export function PredictionFacts({ p }: { p: PredictionData }) {
  return (
    <>
      <p className="crumbs">
        <Link to="/predictions">Predictions</Link> › <PersonLink person={p.speaker} />
      </p>
      <h1>
        <span className="visually-hidden">Prediction: </span>“{p.quote}”
      </h1>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          <PersonLink person={p.speaker} />
        </dd>
        <dt>Status</dt>
        <dd data-testid="prediction-status">
          <StatusBadge status={p.status} />
        </dd>
        <dt>Horizon as spoken</dt>
        <dd>{p.horizon ?? <span className="muted">none said</span>}</dd>
        <dt>Due</dt>
        <dd>
          <Due dueDate={p.dueDate} window={p.window} />
          {p.windowReason ? <span className="muted"> ({p.windowReason})</span> : null}
          {p.madeBeforeEpisode ? <span className="muted"> Made before the episode.</span> : null}
        </dd>
        {p.unresolvableAsStated ? (
          <>
            <dt>Cannot be judged as worded</dt>
            <dd data-testid="unresolvable-as-stated">{p.unresolvableAsStated}</dd>
          </>
        ) : null}
        <dt>Confidence</dt>
        <dd>
          {words(p.confidence.bucket)} ({Math.round(p.confidence.probability * 100)}%)
          {p.confidence.hedges.length > 0 ? ` from “${p.confidence.hedges.join('”, “')}”` : ''}
        </dd>
        <dt>Conditions</dt>
        <dd>{p.conditional ? p.conditions.join('; ') : <span className="muted">none</span>}</dd>
        {p.paraphrase ? (
          <>
            <dt>In other words</dt>
            <dd>{p.paraphrase}</dd>
          </>
        ) : null}
        <dt>Episode</dt>
        <dd>
          <Link to={`/episodes/${encodeURIComponent(p.episode.id)}`}>{p.episode.title}</Link> (
          {p.episode.airDate}), section “{p.turn.section.title}”
        </dd>
      </dl>
    </>
  );
}
