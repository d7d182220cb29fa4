/**
 * ECharts, with only what the dashboard draws: bar and pie charts, the grid, tooltip and legend,
 * on the canvas renderer. Importing through `echarts/core` keeps the rest of ECharts out of the
 * bundle. Canvas drawing needs no eval and no inline script, so the page's strict CSP holds.
 */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
