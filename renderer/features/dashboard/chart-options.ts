/**
 * ECharts options of the dashboard's charts, built from the summary (pure functions, no React).
 * Fixed grid margins in pixels: the e2e test and the print stylesheet rely on a stable layout.
 * Labels are Chinese and drawn with the UI's CJK fonts.
 */
import type { EChartsCoreOption } from 'echarts/core';

export const CHART_FONT = "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', sans-serif";
export const CHART_GRID = { left: 48, right: 16, top: 36, bottom: 44 } as const;
const BLUE = '#1f5fbf';
const LIGHT_BLUE = '#6aa0e8';
const ORANGE = '#d8823a';
const GREEN = '#1d7345';
const RED = '#c0392b';
const PURPLE = '#8e6cc0';
const COLORS = [BLUE, LIGHT_BLUE, ORANGE, GREEN, RED, PURPLE];

interface Series {
  name: string;
  values: number[];
}

/** Vertical bars, one group per category (e.g. 户数 and 人数 per 户类型). */
export function barOption(categories: string[], series: Series[], options: { rotateLabels?: boolean } = {}): EChartsCoreOption {
  return {
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: series.length > 1 ? { top: 4, right: 8, itemWidth: 12, itemHeight: 10 } : undefined,
    grid: { ...CHART_GRID, bottom: options.rotateLabels ? 64 : CHART_GRID.bottom },
    xAxis: {
      type: 'category',
      data: categories,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, rotate: options.rotateLabels ? 30 : 0, fontFamily: CHART_FONT },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: CHART_FONT } },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: s.values,
      barMaxWidth: 36,
      label: { show: categories.length <= 6, position: 'top', fontSize: 11 },
    })),
  };
}

/** Horizontal bars, for long category names (风险类型). */
export function horizontalBarOption(categories: string[], name: string, values: number[], options: { labelWidth?: number } = {}): EChartsCoreOption {
  const labelWidth = options.labelWidth ?? 100;
  return {
    animation: false,
    color: [ORANGE],
    textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: labelWidth + 12, right: 36, top: 12, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    // Long names (a check rule) are cut with … at the label width; the tooltip shows them whole.
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0, fontFamily: CHART_FONT, width: labelWidth, overflow: 'truncate' } },
    series: [{ name, type: 'bar', data: values, barMaxWidth: 18, label: { show: true, position: 'right', fontSize: 11 } }],
  };
}

export function pieOption(name: string, items: { name: string; value: number }[], unit = '户'): EChartsCoreOption {
  return {
    animation: false,
    color: [RED, GREEN, LIGHT_BLUE, PURPLE],
    textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
    tooltip: { trigger: 'item', formatter: `{b}：{c} ${unit}（{d}%）` },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10 },
    series: [
      {
        name,
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '45%'],
        data: items,
        // Names are in the legend; the slice says its count, which stays short in a narrow panel.
        label: { formatter: `{c} ${unit}`, fontSize: 11 },
      },
    ],
  };
}
