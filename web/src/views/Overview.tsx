import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';

import { Chart, type ChartOption } from '../components/Chart';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { OverviewQuery } from '../gql/graphql';
import { words } from '../vocabulary';

const OverviewDoc = graphql(`
  query Overview {
    dashboard {
      asOf
      totals {
        episodes
        turns
        claims
        predictions
        entities
        mentions
      }
      predictionsByStatus {
        label
        count
      }
      claimsBySpeaker(first: 20) {
        person {
          id
          name
        }
        count
      }
      claimsByKind {
        label
        count
      }
      claimsByTopic(first: 15) {
        label
        count
      }
      mostCited(first: 10) {
        entity {
          id
          name
        }
        count
      }
    }
    episodes(first: 20) {
      id
      title
      airDate
    }
    predictions(filter: { dated: true }, orderBy: DEADLINE_ASC, first: 100) {
      totalCount
      edges {
        node {
          id
          quote
          dueDate
          window {
            from
            to
          }
          status
          speaker {
            name
          }
        }
      }
    }
  }
`);

export function Overview() {
  const [result, reexecute] = useQuery({ query: OverviewDoc });
  return (
    <>
      <h1>Overview</h1>
      <Loadable result={result} reexecute={reexecute} what="the overview">
        {(data) => <Figures data={data} />}
      </Loadable>
    </>
  );
}

function bars(labels: string[], values: number[], horizontal = false): ChartOption {
  const category = {
    type: 'category',
    data: labels,
    axisLabel: { color: '#1f2328', width: 140, overflow: 'truncate' },
  };
  const value = { type: 'value', minInterval: 1, axisLabel: { color: '#1f2328' } };
  return {
    grid: {
      left: horizontal ? 150 : 40,
      right: 16,
      top: 16,
      bottom: horizontal ? 24 : 60,
      containLabel: false,
    },
    tooltip: { trigger: 'item' },
    xAxis: horizontal ? value : { ...category, axisLabel: { ...category.axisLabel, rotate: 30 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values, itemStyle: { color: '#0b57d0' }, cursor: 'pointer' }],
  };
}

function Figures({ data }: { data: OverviewQuery }) {
  const navigate = useNavigate();
  const d = data.dashboard;
  const dated = data.predictions.edges.map((e) => e.node);
  const timeline = useMemo(() => timelineOption(dated, d.asOf), [dated, d.asOf]);
  const totals: [string, number, string | null][] = [
    [
      'Episodes',
      d.totals.episodes,
      data.episodes[0] ? `/episodes/${encodeURIComponent(data.episodes[0].id)}` : null,
    ],
    ['Turns', d.totals.turns, null],
    ['Claims', d.totals.claims, '/claims'],
    ['Predictions', d.totals.predictions, '/predictions'],
    ['Entities', d.totals.entities, null],
    ['Mentions', d.totals.mentions, null],
  ];
  return (
    <>
      <ul className="totals" aria-label="Totals">
        {totals.map(([label, count, href]) => (
          <li key={label}>
            {href ? (
              <Link to={href}>
                <strong>{count}</strong> {label.toLowerCase()}
              </Link>
            ) : (
              <span>
                <strong>{count}</strong> {label.toLowerCase()}
              </span>
            )}
          </li>
        ))}
      </ul>

      <div className="grid">
        <section aria-labelledby="h-status" className="panel">
          <h2 id="h-status">Predictions by status</h2>
          <Chart
            label={`Bar chart of predictions by status: ${d.predictionsByStatus.map((s) => `${words(s.label)} ${s.count}`).join(', ')}`}
            option={bars(
              d.predictionsByStatus.map((s) => words(s.label)),
              d.predictionsByStatus.map((s) => s.count),
            )}
            onSelect={(_name, i) => {
              const label = d.predictionsByStatus[i]?.label;
              if (label) navigate(`/predictions?status=${label}`);
            }}
          />
          <ul className="figures">
            {d.predictionsByStatus.map((s) => (
              <li key={s.label}>
                <Link to={`/predictions?status=${s.label}`}>
                  {words(s.label)}: {s.count}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="h-timeline" className="panel wide">
          <h2 id="h-timeline">Dated predictions against today ({d.asOf})</h2>
          {dated.length === 0 ? (
            <p className="state empty">No prediction has a due date or window yet.</p>
          ) : (
            <>
              <Chart
                label={`Timeline of ${dated.length} dated predictions with a line at today, ${d.asOf}; dots are due dates, bars are windows`}
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
                {data.predictions.totalCount > dated.length
                  ? ` (the chart shows the first ${dated.length})`
                  : ''}
              </p>
            </>
          )}
        </section>

        <section aria-labelledby="h-speakers" className="panel">
          <h2 id="h-speakers">Claims by speaker</h2>
          <Chart
            label={`Bar chart of claims by speaker: ${d.claimsBySpeaker.map((s) => `${s.person.name} ${s.count}`).join(', ')}`}
            option={bars(
              d.claimsBySpeaker.map((s) => s.person.name),
              d.claimsBySpeaker.map((s) => s.count),
              true,
            )}
            height={Math.max(140, 40 + d.claimsBySpeaker.length * 30)}
            onSelect={(_name, i) => {
              const person = d.claimsBySpeaker[i]?.person;
              if (person) navigate(`/people/${encodeURIComponent(person.id)}`);
            }}
          />
          <ul className="figures">
            {d.claimsBySpeaker.map((s) => (
              <li key={s.person.id}>
                <Link to={`/people/${encodeURIComponent(s.person.id)}`}>
                  {s.person.name}: {s.count}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="h-kinds" className="panel">
          <h2 id="h-kinds">Claims by kind</h2>
          <Chart
            label={`Bar chart of claims by kind: ${d.claimsByKind.map((s) => `${words(s.label)} ${s.count}`).join(', ')}`}
            option={bars(
              d.claimsByKind.map((s) => words(s.label)),
              d.claimsByKind.map((s) => s.count),
              true,
            )}
            onSelect={(_name, i) => {
              const label = d.claimsByKind[i]?.label;
              if (label) navigate(`/claims?kind=${label}`);
            }}
          />
          <ul className="figures">
            {d.claimsByKind.map((s) => (
              <li key={s.label}>
                <Link to={`/claims?kind=${s.label}`}>
                  <span className={`swatch kind-${s.label.toLowerCase()}`} aria-hidden="true" />{' '}
                  {words(s.label)}: {s.count}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="h-topics" className="panel">
          <h2 id="h-topics">Claims by topic</h2>
          <ul className="figures">
            {d.claimsByTopic.map((t) => (
              <li key={t.label}>
                <Link to={`/claims?topic=${encodeURIComponent(t.label)}`}>
                  {t.label}: {t.count}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="h-cited" className="panel">
          <h2 id="h-cited">Most cited</h2>
          <ol className="figures">
            {d.mostCited.map((c) => (
              <li key={c.entity.id}>
                <Link to={`/entities/${encodeURIComponent(c.entity.id)}`}>
                  {c.entity.name}: {c.count} mention{c.count === 1 ? '' : 's'}
                </Link>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="h-episodes" className="panel">
          <h2 id="h-episodes">Episodes</h2>
          <ul className="figures">
            {data.episodes.map((e) => (
              <li key={e.id}>
                <Link to={`/episodes/${encodeURIComponent(e.id)}`}>{e.title}</Link>{' '}
                <span className="muted">{e.airDate}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

type Dated = OverviewQuery['predictions']['edges'][number]['node'];

const STATUS_COLOURS: Record<string, string> = {
  OPEN: '#0b57d0',
  CORRECT: '#1e7a46',
  INCORRECT: '#b3261e',
  PARTIALLY_CORRECT: '#8a4b00',
  UNRESOLVABLE: '#57606a',
};

/** Due dates as points and windows as bars on a time axis, one row per prediction. */
function timelineOption(dated: Dated[], asOf: string): ChartOption {
  const labels = dated.map((p) => `${p.speaker.name}: ${p.quote.slice(0, 40)}…`);
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return {
    grid: { left: 236, right: 24, top: 24, bottom: 30 },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const p = dated[params.dataIndex];
        if (!p) return '';
        const due = p.dueDate ?? `${p.window?.from ?? ''} to ${p.window?.to ?? ''}`;
        return `${escapeHtml(p.speaker.name)} (${words(p.status)}), due ${due}`;
      },
    },
    xAxis: { type: 'time', axisLabel: { color: '#1f2328' } },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisLabel: { color: '#1f2328', width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        cursor: 'pointer',
        encode: { x: [1, 2], y: 0 },
        data: dated.map((p, i) => {
          const from = day(p.dueDate ?? p.window?.from ?? asOf);
          const to = day(p.dueDate ?? p.window?.to ?? asOf);
          return { value: [i, from, to], itemStyle: { color: STATUS_COLOURS[p.status] ?? '#555' } };
        }),
        renderItem: (
          params: unknown,
          api: {
            value: (dim: number) => number;
            coord: (point: [number, number]) => [number, number];
            size: (value: [number, number]) => [number, number];
            visual: (key: string) => string;
          },
        ) => {
          const row = api.value(0);
          const [x1, y] = api.coord([api.value(1), row]);
          const [x2] = api.coord([api.value(2), row]);
          const height = api.size([0, 1])[1] * 0.5;
          const fill = api.visual('color');
          void params;
          if (x2 - x1 < 6) {
            return { type: 'circle', shape: { cx: x1, cy: y, r: 7 }, style: { fill } };
          }
          return {
            type: 'rect',
            shape: { x: x1, y: y - height / 2, width: x2 - x1, height },
            style: { fill },
          };
        },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: 'today', color: '#b3261e' },
          lineStyle: { color: '#b3261e', type: 'dashed', width: 2 },
          data: [{ xAxis: day(asOf) }],
        },
      },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
