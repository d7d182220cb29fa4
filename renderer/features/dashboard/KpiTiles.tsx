/** The headline figures of the town: households, people, monitoring objects, warnings, returns. */
import type { DashboardSummary, DashboardWarnings } from '../../../shared/api/dashboard-contract';
import { formatPeriod } from '../../../shared/domain/periods';
import type { ApiQueryState } from '../../hooks/useApiQuery';

export interface KpiTilesProps {
  summary: DashboardSummary;
  warnings: ApiQueryState<DashboardWarnings>;
  onOpenWarnings(): void;
}

export function KpiTiles({ summary, warnings, onOpenWarnings }: KpiTilesProps) {
  const { totals, board } = summary;
  const submitted = board.onTime + board.late;
  return (
    <div className="kpi-row" role="list" aria-label="总体情况">
      <Tile label="在册户" value={totals.households} unit="户" />
      <Tile label="在户人口" value={totals.members} unit="人" />
      <Tile label="监测对象" value={totals.monitoredHouseholds} unit="户" note={`${totals.monitoredMembers} 人`} />
      <div className="kpi" role="listitem">
        <span className="kpi-label">本期预警（{formatPeriod(summary.warningPeriod)}）</span>
        <WarningsValue warnings={warnings} onOpenWarnings={onOpenWarnings} />
      </div>
      <Tile label={`${formatPeriod(board.month)}村报送`} value={submitted} unit={`/ ${board.villages.length} 村`} note={board.villages.length === 0 ? '台账中还没有村' : board.missing > 0 ? `${board.missing} 村未报` : '已全部报送'} />
    </div>
  );
}

function WarningsValue({ warnings, onOpenWarnings }: Pick<KpiTilesProps, 'warnings' | 'onOpenWarnings'>) {
  const { data, error } = warnings;
  if (error !== null) return <span className="kpi-note kpi-unavailable">{error}</span>;
  if (data === null) return <span className="kpi-note">正在计算…</span>;
  if (data.unavailable !== null) return <span className="kpi-note kpi-unavailable">{data.unavailable}</span>;
  if (data.counting !== null) {
    const percent = data.counting.total === 0 ? 0 : Math.min(99, Math.floor((data.counting.done / data.counting.total) * 100));
    return <span className="kpi-note">正在计算… 已完成 {percent}%</span>;
  }
  return (
    <button type="button" className="kpi-value kpi-link" onClick={onOpenWarnings} aria-label={`本期预警 ${data.count} 条，查看预警`}>
      {data.count}
      <span className="kpi-unit">条</span>
    </button>
  );
}

function Tile({ label, value, unit, note }: { label: string; value: number; unit: string; note?: string }) {
  return (
    <div className="kpi" role="listitem" aria-label={`${label} ${value} ${unit}`}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">
        {value}
        <span className="kpi-unit">{unit}</span>
      </span>
      {note !== undefined && <span className="kpi-note">{note}</span>}
    </div>
  );
}
