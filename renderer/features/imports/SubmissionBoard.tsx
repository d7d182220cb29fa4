/**
 * 报送情况: for a month, which villages have sent their return (the first committed import that
 * carried the village's rows), on time or late against the deadline, and which have not. Villages
 * still missing come first: they are the ones the town office phones.
 */
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatTime } from '../history/history-format';
import { BOARD_STATUS_LABEL, BOARD_STATUS_ORDER, countByStatus, monthLabel, type BoardStatus } from './import-format';
import { MonthField } from './MonthField';
import { currentMonth } from './preview-rules';
import { StatusChip, type ChipTone } from './StatusChip';

function todayIso(): string {
  const now = new Date();
  return `${currentMonth(now)}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A village still missing before the deadline is not yet overdue: grey, not red. */
function chipTone(status: BoardStatus, overdue: boolean): ChipTone {
  if (status === 'on-time') return 'ok';
  if (status === 'late') return 'warn';
  return overdue ? 'danger' : 'muted';
}

export function SubmissionBoard() {
  const [month, setMonth] = useState(currentMonth);
  const board = useApiQuery(() => api.call('imports.board', { month }), month);
  const data = board.data;
  const villages = useMemo(
    () => [...(data?.villages ?? [])].sort((a, b) => BOARD_STATUS_ORDER[a.status] - BOARD_STATUS_ORDER[b.status] || a.village.localeCompare(b.village, 'zh-CN')),
    [data],
  );
  const counts = countByStatus(villages);
  const overdue = data !== null && todayIso() > data.deadline;

  return (
    <div className="import-panel">
      <div className="panel-toolbar">
        <span className="inline-field">
          <span aria-hidden="true">报送月份</span>
          <MonthField label="报送月份" value={month} onChange={setMonth} />
        </span>
        {data !== null && (
          <>
            <span className="board-deadline">截止 {data.deadline}</span>
            <span className="board-summary" aria-label="报送统计">
              共 {villages.length} 个村：
              <StatusChip tone="ok">按时 {counts['on-time']}</StatusChip>
              <StatusChip tone="warn">逾期 {counts.late}</StatusChip>
              <StatusChip tone={overdue ? 'danger' : 'muted'}>未报 {counts.missing}</StatusChip>
            </span>
          </>
        )}
        <div className="toolbar-spacer" />
        <span className="panel-hint">以导入台账的时间为准；同月多次报送取第一次</span>
      </div>
      {board.error !== null && <p className="pane-error">{board.error}</p>}
      <div className="import-scroll">
        <table className="data-table board-table" aria-label={`${monthLabel(month)}各村报送情况`}>
          <thead>
            <tr>
              <th className="num">序号</th>
              <th>村</th>
              <th>状态</th>
              <th>报送时间</th>
              <th>导入批次</th>
            </tr>
          </thead>
          <tbody>
            {villages.map((v, i) => (
              <tr key={v.village}>
                <td className="num">{i + 1}</td>
                <td className="strong">{v.village}</td>
                <td>
                  <StatusChip tone={chipTone(v.status, overdue)} title={v.status === 'missing' && !overdue ? '还没到截止日' : undefined}>
                    {BOARD_STATUS_LABEL[v.status]}
                  </StatusChip>
                </td>
                <td className="mono">{v.submittedAt === null ? '—' : formatTime(v.submittedAt)}</td>
                <td>{v.batchId === null ? '—' : `第 ${v.batchId} 批`}</td>
              </tr>
            ))}
            {data !== null && villages.length === 0 && (
              <tr>
                <td colSpan={5} className="table-empty">
                  台账中还没有村
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
