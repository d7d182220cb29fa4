/**
 * Pure helpers of the 监测帮扶 tab: which lifecycle step a household can take next (the same
 * conditions the server enforces, so a button is only offered when the step can succeed), the
 * wording of its state, the income snapshot an elimination recorded, and measures by year.
 */
import type { ApiOutput, HouseholdRow } from '../../../shared/api/contract';
import { formatFen } from '../../../shared/domain/money';
import { formatPeriod } from '../../../shared/domain/periods';

export type MonitorTimeline = ApiOutput<'monitor.timeline'>;
export type MonitorEvent = MonitorTimeline['events'][number];
export type Measure = MonitorTimeline['measures'][number];

type HouseholdState = Pick<HouseholdRow, 'status' | 'monitorCategory' | 'riskEliminated'>;

export interface MonitorActions {
  identify: boolean;
  eliminate: boolean;
  revert: boolean;
}

/** A monitoring object whose risk is not yet eliminated. */
export function isMonitoringOpen(h: HouseholdState): boolean {
  return h.monitorCategory !== null && h.riskEliminated !== '是';
}

/**
 * 识别纳入 when not an open monitoring object (never, or eliminated before); 风险消除 while open;
 * 回退 only right after an elimination. A 已注销 household takes no step.
 */
export function monitorActions(h: HouseholdState, events: readonly MonitorEvent[]): MonitorActions {
  if (h.status !== '在册') return { identify: false, eliminate: false, revert: false };
  const open = isMonitoringOpen(h);
  return {
    identify: !open,
    eliminate: open,
    revert: h.riskEliminated === '是' && events.at(-1)?.kind === '风险消除',
  };
}

export function monitorStateText(h: HouseholdState): string {
  if (h.monitorCategory === null) return '非监测对象';
  return h.riskEliminated === '是' ? `${h.monitorCategory} · 风险已消除` : `${h.monitorCategory} · 监测帮扶中`;
}

export interface SnapshotFigure {
  label: string;
  value: string;
  /** The per-capita income is below this line. */
  below?: boolean;
}

function fenOf(snapshot: Record<string, string | number | null>, key: string): number | null {
  const value = snapshot[key];
  return typeof value === 'number' ? value : null;
}

const yuanText = (fen: number) => `${formatFen(fen)} 元`;

/** The income picture an elimination was judged by: 人均 against 监测线 and 预警线, in 元. */
export function snapshotFigures(snapshot: MonitorEvent['snapshot']): SnapshotFigure[] {
  if (snapshot === null) return [];
  const perCapita = fenOf(snapshot, 'perCapitaFen');
  const monitoring = fenOf(snapshot, 'monitoringLineFen');
  const warning = fenOf(snapshot, 'warningLineFen');
  const recordPeriod = snapshot.recordPeriod;
  const figures: SnapshotFigure[] = [
    { label: '收入数据', value: typeof recordPeriod === 'string' ? `统计期 ${recordPeriod}` : '无' },
    { label: '人均纯收入', value: perCapita === null ? '—' : yuanText(perCapita) },
  ];
  if (monitoring !== null) figures.push({ label: '监测线', value: yuanText(monitoring), below: perCapita !== null && perCapita < monitoring });
  if (warning !== null) figures.push({ label: '预警线', value: yuanText(warning), below: perCapita !== null && perCapita < warning });
  return figures;
}

/** The month the snapshot is about, "2023年8月", or null. */
export function snapshotPeriod(snapshot: MonitorEvent['snapshot']): string | null {
  const period = snapshot?.period;
  return typeof period === 'string' ? formatPeriod(period) : null;
}

export interface MeasureYear {
  year: number;
  measures: Measure[];
}

/** Measures grouped by year, newest year first, in recorded order within a year. */
export function measuresByYear(measures: readonly Measure[]): MeasureYear[] {
  const years = new Map<number, Measure[]>();
  for (const m of measures) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, measures: list }));
}

/** Today as YYYY-MM-DD on the clerk's calendar (local time). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
