/** This month's village returns: who reported on time, late, or not yet (from the import board). */
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { formatPeriod } from '../../../shared/domain/periods';

const STATUS = { 'on-time': '按时报送', late: '逾期报送', missing: '未报送' } as const;

export function BoardPanel({ board }: { board: DashboardSummary['board'] }) {
  return (
    <section className="dash-panel" aria-label="本月报送情况">
      <header className="dash-panel-head">
        <h2>{formatPeriod(board.month)}报送情况</h2>
        <span className="dash-hint">截止 {board.deadline}</span>
      </header>
      {board.villages.length === 0 ? (
        <p className="dash-empty">暂无数据</p>
      ) : (
        <table className="dash-table">
          <thead>
            <tr>
              <th>村</th>
              <th>状态</th>
              <th>报送时间</th>
            </tr>
          </thead>
          <tbody>
            {board.villages.map((v) => (
              <tr key={v.village}>
                <td>{v.village}</td>
                <td className={`board-${v.status}`}>{STATUS[v.status]}</td>
                <td>{v.submittedAt === null ? '—' : new Date(v.submittedAt).toLocaleString('zh-CN', { hour12: false })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
