import type { ChartOption } from '../../components/Chart';
import { Chart } from '../../components/Chart';
import type { PersonDetailQuery } from '../../gql/graphql';

const OUTCOME: Record<string, number> = { CORRECT: 1, INCORRECT: 0, PARTIALLY_CORRECT: 0.5 };

/** Stated probability (by confidence bucket) against the share that came true. */
function calibration(resolved: PersonDetailQuery['resolved']): {
  option: ChartOption;
  points: string;
} {
  const groups = new Map<number, number[]>();
  for (const { node } of resolved.edges) {
    const outcome = OUTCOME[node.status];
    if (outcome === undefined) continue;
    groups.set(node.confidence.probability, [
      ...(groups.get(node.confidence.probability) ?? []),
      outcome,
    ]);
  }
  const data = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([p, outcomes]) => [
      p,
      outcomes.reduce((s, o) => s + o, 0) / outcomes.length,
      outcomes.length,
    ]);
  return {
    points: data
      .map(([p, o, n]) => `stated ${p}, observed ${(o ?? 0).toFixed(2)} over ${n}`)
      .join('; '),
    option: {
      grid: { left: 50, right: 20, top: 20, bottom: 40 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', min: 0, max: 1, name: 'stated', nameLocation: 'middle', nameGap: 26 },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: 'came true',
        nameLocation: 'middle',
        nameGap: 34,
      },
      series: [
        {
          type: 'line',
          data: [
            [0, 0],
            [1, 1],
          ],
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#57606a' },
          silent: true,
        },
        {
          type: 'scatter',
          data,
          symbolSize: (v: number[]) => 10 + 4 * (v[2] ?? 1),
          itemStyle: { color: '#0b57d0' },
        },
      ],
    },
  };
}

export function Calibration({
  name,
  resolved,
}: {
  name: string;
  resolved: PersonDetailQuery['resolved'];
}) {
  const cal = calibration(resolved);
  return (
    <section className="panel" aria-labelledby="h-calibration">
      <h2 id="h-calibration">Calibration</h2>
      {resolved.totalCount === 0 ? (
        <p className="state empty" data-testid="calibration-empty">
          Once some of {name}’s predictions are resolved, this chart will plot the probability their
          words stated against how often those predictions came true.
        </p>
      ) : (
        <Chart label={`Calibration of ${name}: ${cal.points}`} option={cal.option} />
      )}
    </section>
  );
}
