/**
 * One dashboard chart in a titled panel. A click on a bar or slice reports its category and
 * series, so the dashboard can open the matching grid filtered; the panel says so in its hint.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { echarts } from './echarts-core';

export interface ChartClick {
  name: string;
  seriesIndex: number;
}

export interface ChartPanelProps {
  title: string;
  option: EChartsCoreOption;
  height: number;
  /** Accessible summary of the figures, e.g. 脱贫户 120 户 … */
  summary: string;
  onClick?: (click: ChartClick) => void;
  className?: string;
}

export function ChartPanel({ title, option, height, summary, onClick, className }: ChartPanelProps) {
  const events = useMemo((): Record<string, (params: { name: string; seriesIndex?: number }) => void> | undefined => {
    if (!onClick) return undefined;
    return { click: (params) => onClick({ name: params.name, seriesIndex: params.seriesIndex ?? 0 }) };
  }, [onClick]);
  return (
    <section className={`dash-panel${className ? ` ${className}` : ''}`} aria-label={title}>
      <header className="dash-panel-head">
        <h2>{title}</h2>
        {onClick && <span className="dash-hint">点击图形查看明细</span>}
      </header>
      <div className="dash-chart" role="img" aria-label={`${title}：${summary}`} data-chart={title}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height, width: '100%' }} onEvents={events} opts={{ renderer: 'canvas' }} />
      </div>
    </section>
  );
}
