import { Link, useNavigate } from 'react-router-dom';

import { Chart } from '../../components/Chart';
import { words } from '../../labels';
import { bars } from './charts';
import type { Dashboard } from './overview-data';

/** Claims by speaker; a bar or a link opens the speaker's page. */
export function SpeakersPanel({ bySpeaker }: { bySpeaker: Dashboard['claimsBySpeaker'] }) {
  const navigate = useNavigate();
  return (
    <section aria-labelledby="h-speakers" className="panel">
      <h2 id="h-speakers">Claims by speaker</h2>
      <Chart
        label={`Bar chart of claims by speaker: ${bySpeaker.map((s) => `${s.person.name} ${s.count}`).join(', ')}`}
        option={bars(
          bySpeaker.map((s) => s.person.name),
          bySpeaker.map((s) => s.count),
          true,
        )}
        height={Math.max(140, 40 + bySpeaker.length * 30)}
        onSelect={(_name, i) => {
          const person = bySpeaker[i]?.person;
          if (person) navigate(`/people/${encodeURIComponent(person.id)}`);
        }}
      />
      <ul className="figures">
        {bySpeaker.map((s) => (
          <li key={s.person.id}>
            <Link to={`/people/${encodeURIComponent(s.person.id)}`}>
              {s.person.name}: {s.count}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Claims by kind; a bar or a link opens the list of claims of that kind. */
export function KindsPanel({ byKind }: { byKind: Dashboard['claimsByKind'] }) {
  const navigate = useNavigate();
  return (
    <section aria-labelledby="h-kinds" className="panel">
      <h2 id="h-kinds">Claims by kind</h2>
      <Chart
        label={`Bar chart of claims by kind: ${byKind.map((s) => `${words(s.label)} ${s.count}`).join(', ')}`}
        option={bars(
          byKind.map((s) => words(s.label)),
          byKind.map((s) => s.count),
          true,
        )}
        onSelect={(_name, i) => {
          const label = byKind[i]?.label;
          if (label) navigate(`/claims?kind=${label}`);
        }}
      />
      <ul className="figures">
        {byKind.map((s) => (
          <li key={s.label}>
            <Link to={`/claims?kind=${s.label}`}>
              <span className={`swatch kind-${s.label.toLowerCase()}`} aria-hidden="true" />{' '}
              {words(s.label)}: {s.count}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Claims by topic, as links to the list of claims on each. */
export function TopicsPanel({ byTopic }: { byTopic: Dashboard['claimsByTopic'] }) {
  return (
    <section aria-labelledby="h-topics" className="panel">
      <h2 id="h-topics">Claims by topic</h2>
      <ul className="figures">
        {byTopic.map((t) => (
          <li key={t.label}>
            <Link to={`/claims?topic=${encodeURIComponent(t.label)}`}>
              {t.label}: {t.count}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
