import type { ChartOption } from '../../components/Chart';
import { words } from '../../labels';
import type { Dated } from './overview-data';

/** A bar per label; horizontal bars leave room for long labels (names) on the left. */
export function bars(labels: string[], values: number[], horizontal = false): ChartOption {
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

const STATUS_COLOURS: Record<string, string> = {
  OPEN: '#0b57d0',
  CORRECT: '#1e7a46',
  INCORRECT: '#b3261e',
  PARTIALLY_CORRECT: '#8a4b00',
  UNRESOLVABLE: '#57606a',
};

/** What ECharts' custom series hands renderItem. */
interface RenderApi {
  value: (dim: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (value: [number, number]) => [number, number];
  visual: (key: string) => string;
}

/** A due date as a dot; a window as a bar from its start to its end. */
function renderDue(_params: unknown, api: RenderApi) {
  const row = api.value(0);
  const [x1, y] = api.coord([api.value(1), row]);
  const [x2] = api.coord([api.value(2), row]);
  const height = api.size([0, 1])[1] * 0.5;
  const fill = api.visual('color');
  if (x2 - x1 < 6) {
    return { type: 'circle', shape: { cx: x1, cy: y, r: 7 }, style: { fill } };
  }
  return {
    type: 'rect',
    shape: { x: x1, y: y - height / 2, width: x2 - x1, height },
    style: { fill },
  };
}

/** Due dates as points and windows as bars on a time axis, one row per prediction. */
export function timelineOption(dated: Dated[], asOf: string): ChartOption {
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
        renderItem: renderDue,
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
