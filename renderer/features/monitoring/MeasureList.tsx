/** 帮扶措施 of one household, by year (newest first): the measure, its start month and note. */
import { measuresByYear, type Measure } from './monitor-format';

export function MeasureList({ measures }: { measures: readonly Measure[] }) {
  if (measures.length === 0) return <p className="section-empty">还没有登记帮扶措施。</p>;
  return (
    <div className="measure-years">
      {measuresByYear(measures).map(({ year, measures: list }) => (
        <table key={year} className="mini-table measure-table" aria-label={`${year} 年帮扶措施`}>
          <caption>
            {year} 年 <span className="caption-count">{list.length} 项</span>
          </caption>
          <thead>
            <tr>
              <th>措施</th>
              <th>开始月份</th>
              <th>说明</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id}>
                <td className="strong">{m.measure}</td>
                <td className="mono">{m.startMonth ?? '—'}</td>
                <td className="measure-detail">{m.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
