/**
 * A section another area fills (数据筛查 findings, 就业, 返乡回流): its total, its breakdown as a
 * chart, further labelled counts listed under it, and a link to the area's view (a click on the
 * chart opens it too). 暂无数据 while the ledger has none (the summary returns null).
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { DashboardSection } from '../../../shared/api/dashboard-contract';
import { ChartPanel } from './ChartPanel';
import { horizontalBarOption, pieOption } from './chart-options';

export interface OptionalSectionProps {
  title: string;
  unit: string;
  section: DashboardSection | null;
  chart: 'pie' | 'bars';
  /** Label of the link, e.g. 打开就业台账. */
  openLabel: string;
  onOpen(): void;
}

export function OptionalSection({ title, unit, section, chart, openLabel, onOpen }: OptionalSectionProps) {
  const option = useMemo((): EChartsCoreOption | null => {
    if (section === null || section.items.length === 0) return null;
    const labels = section.items.map((i) => i.label);
    const counts = section.items.map((i) => i.count);
    return chart === 'pie'
      ? pieOption(title, section.items.map((i) => ({ name: i.label, value: i.count })), unit)
      : horizontalBarOption(labels, `${unit}数`, counts, { labelWidth: 150 });
  }, [section, chart, title, unit]);
  if (section === null) {
    return (
      <section className="dash-panel dash-optional" aria-label={title}>
        <header className="dash-panel-head">
          <h2>{title}</h2>
        </header>
        <p className="dash-empty">暂无数据</p>
      </section>
    );
  }
  const summary = section.items.map((i) => `${i.label} ${i.count} ${unit}`).join('，') || '无';
  const height = chart === 'pie' ? 200 : Math.max(120, 26 * section.items.length + 36);
  return (
    <div className="dash-optional-wrap" data-section={title}>
      {option === null ? (
        <section className="dash-panel" aria-label={title}>
          <header className="dash-panel-head">
            <h2>{title}</h2>
          </header>
          <p className="dash-empty">无（0 {unit}）</p>
        </section>
      ) : (
        <ChartPanel title={title} option={option} height={height} summary={summary} onClick={onOpen} className="dash-optional-chart" />
      )}
      <div className="dash-optional-foot">
        <p className="dash-total">
          {section.total}
          <span className="kpi-unit">{unit}</span>
          <button type="button" className="btn dash-open" onClick={onOpen}>
            {openLabel}
          </button>
        </p>
        {section.groups.map((group) => (
          <div key={group.title} className="dash-group">
            <h3>{group.title}</h3>
            <ul className="dash-items">
              {group.items.map((item) => (
                <li key={item.label}>
                  <span>{item.label}</span>
                  <span>{item.count}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {section.note !== null && <p className="dash-note">{section.note}</p>}
      </div>
    </div>
  );
}
