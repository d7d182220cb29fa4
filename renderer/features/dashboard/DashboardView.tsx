/**
 * 首页: the town at a glance — households and people by 户类型, 监测对象类别 and village, monitoring
 * objects by risk and state, this period's warnings, this month's village returns and the next
 * deadlines, plus the sections other areas fill (暂无数据 until they do). Every chart opens the
 * households or members grid filtered to what was clicked. 打印 prints it on A4 landscape
 * (styles/dashboard.css); 季度末导出 downloads the county's workbook.
 */
import { useMemo } from 'react';
import type { DashboardSummary } from '../../../shared/api/dashboard-contract';
import { formatPeriod } from '../../../shared/domain/periods';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';
import { BoardPanel } from './BoardPanel';
import { ChartPanel, type ChartClick } from './ChartPanel';
import { barOption, horizontalBarOption, pieOption } from './chart-options';
import { byHouseholdType, byMonitorCategory, byMonitorStatus, byRisk, byVillage, type FilterOpen } from './dashboard-filters';
import { DeadlinesPanel } from './DeadlinesPanel';
import { KpiTiles } from './KpiTiles';
import { OptionalSection } from './OptionalSection';
import { QuarterExport } from './QuarterExport';
import { useDashboard } from './useDashboard';
import { CheckingNotice } from '../checks/CheckingNotice';
import { checkingPercent, useCheckingProgress } from '../checks/useCheckingProgress';

export interface DashboardViewProps {
  onOpenFiltered(request: FilterOpen): void;
  onOpenWarnings(): void;
  /** Opens 就业台账, 返乡回流 or 数据筛查 (those views take no filter from outside). */
  onOpenView(view: 'employment' | 'returnees' | 'checks'): void;
}

/**
 * A county ledger has a hundred villages and more: their labels would overlap into a grey band, so
 * the chart shows the villages with the most people (the text summary still lists every village).
 */
const MAX_VILLAGE_BARS = 30;

const listing = (items: { key: string; n: number }[], unit: string) => items.map((i) => `${i.key} ${i.n} ${unit}`).join('，');

function Charts({ summary, open }: { summary: DashboardSummary; open(request: FilterOpen): void }) {
  const villageBars = useMemo(
    () => (summary.byVillage.length <= MAX_VILLAGE_BARS ? summary.byVillage : [...summary.byVillage].sort((a, b) => b.members - a.members).slice(0, MAX_VILLAGE_BARS)),
    [summary],
  );
  const options = useMemo(
    () => ({
      types: barOption(
        summary.byHouseholdType.map((t) => t.key),
        [
          { name: '户数', values: summary.byHouseholdType.map((t) => t.households) },
          { name: '人数', values: summary.byHouseholdType.map((t) => t.members) },
        ],
      ),
      categories: barOption(
        summary.byMonitorCategory.map((c) => c.key),
        [
          { name: '户数', values: summary.byMonitorCategory.map((c) => c.households) },
          { name: '人数', values: summary.byMonitorCategory.map((c) => c.members) },
        ],
      ),
      status: pieOption(
        '监测对象状态',
        summary.monitorByStatus.map((s) => ({ name: s.status, value: s.households })),
      ),
      villages: barOption(
        villageBars.map((v) => v.village),
        [
          { name: '户数', values: villageBars.map((v) => v.households) },
          { name: '人数', values: villageBars.map((v) => v.members) },
          { name: '监测对象户数', values: villageBars.map((v) => v.monitoredHouseholds) },
        ],
        { rotateLabels: villageBars.length > 8 },
      ),
      risks: horizontalBarOption(
        summary.monitorByRisk.map((r) => r.risk),
        '户数',
        summary.monitorByRisk.map((r) => r.households),
      ),
    }),
    [summary, villageBars],
  );
  // The 人数 bars (series 1) of a village open 家庭成员, the others 户信息.
  const onVillage = ({ name, seriesIndex }: ChartClick) => open(byVillage(name, seriesIndex === 1 ? 'members' : 'households'));
  return (
    <>
      <div className="dash-grid dash-grid-3">
        <ChartPanel
          title="按户类型"
          option={options.types}
          height={230}
          summary={listing(summary.byHouseholdType.map((t) => ({ key: t.key, n: t.households })), '户')}
          onClick={({ name }) => open(byHouseholdType(name))}
        />
        <ChartPanel
          title="按监测对象类别"
          option={options.categories}
          height={230}
          summary={listing(summary.byMonitorCategory.map((c) => ({ key: c.key, n: c.households })), '户')}
          onClick={({ name }) => open(byMonitorCategory(name))}
        />
        {summary.monitorByStatus.length === 0 ? (
          <EmptyPanel title="监测对象状态" />
        ) : (
          <ChartPanel
            title="监测对象状态"
            option={options.status}
            height={230}
            summary={listing(summary.monitorByStatus.map((s) => ({ key: s.status, n: s.households })), '户')}
            onClick={({ name }) => open(byMonitorStatus(name))}
          />
        )}
      </div>
      <div className="dash-grid dash-grid-wide">
        {summary.byVillage.length === 0 ? (
          <EmptyPanel title="各村户数与人口" />
        ) : (
          <ChartPanel
            title={villageBars.length < summary.byVillage.length ? `各村户数与人口（${summary.byVillage.length} 个村有在册户，只画人数最多的 ${villageBars.length} 个）` : '各村户数与人口'}
            option={options.villages}
            height={260}
            summary={listing(summary.byVillage.map((v) => ({ key: v.village, n: v.households })), '户')}
            onClick={onVillage}
          />
        )}
        {summary.monitorByRisk.length === 0 ? (
          <EmptyPanel title="监测对象风险类型" />
        ) : (
          <ChartPanel
            title="监测对象风险类型"
            option={options.risks}
            height={260}
            summary={listing(summary.monitorByRisk.map((r) => ({ key: r.risk, n: r.households })), '户')}
            onClick={({ name }) => open(byRisk(name))}
          />
        )}
      </div>
    </>
  );
}

function EmptyPanel({ title }: { title: string }) {
  return (
    <section className="dash-panel" aria-label={title}>
      <header className="dash-panel-head">
        <h2>{title}</h2>
      </header>
      <p className="dash-empty">暂无数据</p>
    </section>
  );
}

/** The findings panel of a ledger never checked before, while its first check runs. */
function CheckingPanel({ checking }: { checking: NonNullable<DashboardSummary['checking']> }) {
  return (
    <section className="dash-panel dash-optional" aria-label="数据筛查问题">
      <header className="dash-panel-head">
        <h2>数据筛查问题</h2>
      </header>
      <p className="dash-empty">正在筛查台账数据… 已完成 {checkingPercent(checking)}%</p>
    </section>
  );
}

export function DashboardView({ onOpenFiltered, onOpenWarnings, onOpenView }: DashboardViewProps) {
  const dashboard = useDashboard();
  const { data: summary, error, loading } = dashboard.summary;
  const message = useMessage();
  const checking = useCheckingProgress(summary?.checking ?? null, dashboard.reload);
  return (
    <section className="view dashboard" aria-label="首页">
      <div className="view-toolbar">
        <h1 className="view-title">首页</h1>
        {summary !== null && (
          <span className="view-count">
            {summary.town ?? ''} · 统计时间 {new Date(summary.generatedAt).toLocaleString('zh-CN', { hour12: false })}
          </span>
        )}
        <div className="toolbar-spacer" />
        <QuarterExport message={message} />
        <button type="button" className="btn" onClick={() => window.print()} disabled={summary === null}>
          打印
        </button>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className={`dash-body${loading ? ' is-loading' : ''}`}>
        {error !== null && <p className="app-error" role="alert">{error}</p>}
        {summary === null && error === null && <p className="app-loading">正在统计…</p>}
        {checking !== null && <CheckingNotice checking={checking} detail="“数据筛查问题”完成后自动更新；其他统计数字已是最新的。" />}
        {summary !== null && (
          <>
            <h2 className="dash-print-title">
              {summary.town ?? ''}防止返贫动态监测和帮扶情况（{formatPeriod(summary.warningPeriod)}）
            </h2>
            <KpiTiles summary={summary} warnings={dashboard.warnings} onOpenWarnings={onOpenWarnings} />
            <Charts summary={summary} open={onOpenFiltered} />
            <div className="dash-grid dash-grid-3">
              <OptionalSection title="脱贫劳动力就业" unit="人" chart="pie" section={summary.employment} openLabel="打开就业台账" onOpen={() => onOpenView('employment')} />
              <OptionalSection title="返乡回流" unit="人" chart="pie" section={summary.returnees} openLabel="打开返乡回流" onOpen={() => onOpenView('returnees')} />
              {checking !== null && summary.findings === null ? (
                <CheckingPanel checking={checking} />
              ) : (
                <OptionalSection title="数据筛查问题" unit="条" chart="bars" section={summary.findings} openLabel="打开数据筛查" onOpen={() => onOpenView('checks')} />
              )}
            </div>
            <div className="dash-grid dash-grid-wide">
              <BoardPanel board={summary.board} />
              <DeadlinesPanel deadlines={summary.deadlines} />
            </div>
          </>
        )}
      </div>
    </section>
  );
}
