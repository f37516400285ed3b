import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * An ECharts chart. `label` names it for screen readers; ECharts' aria component adds a spoken
 * description of the data, and every chart on a page also has its figures as links beside it.
 */
export function Chart({
  option,
  label,
  height = 260,
  onSelect,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  /** Called with the data item's name (or value) when a bar or point is clicked. */
  onSelect?: (name: string, dataIndex: number) => void;
}) {
  const node = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (node.current === null) return undefined;
    const instance = echarts.init(node.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => select.current?.(String(params.name), params.dataIndex));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(node.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        aria: { enabled: true, label: { description: label } },
        textStyle: { fontFamily: 'inherit', color: '#1f2328' },
        animation: false,
        ...option,
      },
      true,
    );
  }, [option, label]);

  return (
    <div
      className="chart"
      ref={node}
      role="img"
      aria-label={label}
      style={{ height }}
      data-testid="chart"
    />
  );
}
