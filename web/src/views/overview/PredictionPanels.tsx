import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { Chart } from '../../components/Chart';
import { words } from '../../labels';
import { bars, timelineOption } from './charts';
import type { Dashboard, Dated } from './overview-data';

/** Predictions by status; a bar or a link opens the board filtered to that status. */
export function StatusPanel({ byStatus }: { byStatus: Dashboard['predictionsByStatus'] }) {
  const navigate = useNavigate();
  return (
    <section aria-labelledby="h-status" className="panel">
      <h2 id="h-status">Predictions by status</h2>
      <Chart
        label={`Bar chart of predictions by status: ${byStatus.map((s) => `${words(s.label)} ${s.count}`).join(', ')}`}
        option={bars(
          byStatus.map((s) => words(s.label)),
          byStatus.map((s) => s.count),
        )}
        onSelect={(_name, i) => {
          const label = byStatus[i]?.label;
          if (label) navigate(`/predictions?status=${label}`);
        }}
      />
      <ul className="figures">
        {byStatus.map((s) => (
          <li key={s.label}>
            <Link to={`/predictions?status=${s.label}`}>
              {words(s.label)}: {s.count}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The dated predictions on a time axis against today; a row opens its prediction. */
export function TimelinePanel({
  dated,
  asOf,
  totalDated,
}: {
  dated: Dated[];
  asOf: string;
  totalDated: number;
}) {
  const navigate = useNavigate();
  const timeline = useMemo(() => timelineOption(dated, asOf), [dated, asOf]);
  return (
    <section aria-labelledby="h-timeline" className="panel wide">
      <h2 id="h-timeline">Dated predictions against today ({asOf})</h2>
      {dated.length === 0 ? (
        <p className="state empty">No prediction has a due date or window yet.</p>
      ) : (
        <>
          <Chart
            label={`Timeline of ${dated.length} dated predictions with a line at today, ${asOf}; dots are due dates, bars are windows`}
            option={timeline}
            height={Math.max(160, 40 + dated.length * 28)}
            onSelect={(_name, i) => {
              const p = dated[i];
              if (p) navigate(`/predictions/${encodeURIComponent(p.id)}`);
            }}
          />
          <p>
            <Link to="/predictions?dated=yes&sort=DEADLINE_ASC">
              All dated predictions, soonest first
            </Link>
            {totalDated > dated.length ? ` (the chart shows the first ${dated.length})` : ''}
          </p>
        </>
      )}
    </section>
  );
}
