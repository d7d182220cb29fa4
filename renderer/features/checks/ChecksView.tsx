/**
 * 数据筛查: the findings of the monthly data check over the whole ledger, grouped by rule, with
 * the counts per rule (chips) and per village (side table). A finding opens its record at the cell
 * to fix (the app switches to 户信息 or 家庭成员); back here the list is re-read, and the server
 * re-checks the households that changed, so a fixed finding is gone. 标记已核实 hides a finding
 * the clerk confirmed; 重新筛查 runs everything again; 导出疑点清单 writes the per-village workbook.
 */
import { useState } from 'react';
import type { FindingRow } from '../../../shared/api/checks-contract';
import { api, ApiCallError } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';
import { ChecksToolbar, type ChecksFilter } from './ChecksToolbar';
import { FindingCard } from './FindingCard';
import { FindingRuleChips } from './FindingRuleChips';
import { useFindings } from './useFindings';
import { CheckingNotice } from './CheckingNotice';
import { useCheckingProgress } from './useCheckingProgress';
import { VerifyDialog } from './VerifyDialog';

const MAX_CARDS = 300;

function groupByRule(findings: readonly FindingRow[]): { ruleId: string; ruleName: string; items: FindingRow[] }[] {
  const groups: { ruleId: string; ruleName: string; items: FindingRow[] }[] = [];
  for (const f of findings) {
    const last = groups[groups.length - 1];
    if (last?.ruleId === f.ruleId) last.items.push(f);
    else groups.push({ ruleId: f.ruleId, ruleName: f.ruleName, items: [f] });
  }
  return groups;
}

export function ChecksView({ onOpenFinding }: { onOpenFinding(finding: FindingRow): void }) {
  const [filter, setFilter] = useState<ChecksFilter>({ village: null, ruleId: null, includeVerified: false });
  const [verifying, setVerifying] = useState<FindingRow | null>(null);
  const findings = useFindings(filter.includeVerified);
  const message = useMessage();
  const data = findings.data;
  const checking = useCheckingProgress(data?.checking ?? null, findings.reload);
  const pick = (next: Partial<ChecksFilter>) => setFilter((f) => ({ ...f, ...next }));

  const villageOf = (f: FindingRow) => f.village ?? '（未填村）';
  const ofRule = (data?.findings ?? []).filter((f) => filter.ruleId === null || f.ruleId === filter.ruleId);
  const shown = ofRule.filter((f) => filter.village === null || villageOf(f) === filter.village);
  // The village table counts the chosen rule's findings, so a village click narrows what it says.
  const villageCounts = new Map<string, number>();
  for (const f of ofRule) villageCounts.set(villageOf(f), (villageCounts.get(villageOf(f)) ?? 0) + 1);
  const villageRows = [...villageCounts].map(([village, count]) => ({ village, count })).sort((a, b) => b.count - a.count || a.village.localeCompare(b.village, 'zh-Hans-CN'));
  const unverify = (f: FindingRow) => {
    api
      .call('checks.unverify', { key: f.key })
      .then(() => {
        message.info('已取消核实，这条疑点重新列出');
        findings.reload();
      })
      .catch((e: unknown) => message.error(e instanceof ApiCallError ? e.message : '操作失败，请重试'));
  };

  return (
    <section className="view warnings-view checks-view" aria-label="数据筛查">
      <ChecksToolbar data={data} filter={filter} shown={shown.length} message={message} onFilter={pick} onRerun={findings.reload} checking={checking !== null} />
      <MessageBar message={message.current} onClose={message.clear} />
      {checking !== null && (
        <CheckingNotice
          checking={checking}
          detail={`户数较多，需要一些时间；其间可以照常使用其他功能，完成后这里自动更新。${data !== null && data.errors + data.reminders + data.verified > 0 ? '下面是上次筛查的结果。' : ''}`}
        />
      )}
      {findings.error !== null ? (
        <p className="pane-error">{findings.error}</p>
      ) : data === null ? (
        <p className="pane-empty">正在筛查台账数据…</p>
      ) : (
        <div className={`warnings-body${findings.loading ? ' is-loading' : ''}`}>
          <div className="warnings-main">
            <div className="warnings-summary">
              <span className={`checks-total${data.errors > 0 ? ' has-errors' : ''}`}>
                {checking !== null && data.errors + data.reminders + data.verified === 0
                  ? '筛查尚未完成'
                  : `错误 ${data.errors} 条 · 提醒 ${data.reminders} 条${data.verified > 0 ? ` · 已核实 ${data.verified} 条` : ''}`}
              </span>
              <FindingRuleChips rules={data.byRule} active={filter.ruleId} onPick={(ruleId) => pick({ ruleId })} />
            </div>
            <div className="warnings-scroll">
              {shown.length === 0 ? (
                <p className="warnings-empty">{checking !== null && data.errors + data.reminders === 0 ? '筛查完成后在这里列出疑点。' : data.errors + data.reminders === 0 ? '台账数据未发现逻辑问题。' : '所选村或规则下没有疑点。'}</p>
              ) : (
                <ul className="warning-list" aria-label="疑点列表">
                  {groupByRule(shown.slice(0, MAX_CARDS)).map((group) => (
                    <li key={group.ruleId} className="finding-group">
                      <h2 className="finding-group-title">
                        {group.ruleName}
                        <span className="finding-group-count">{shown.filter((f) => f.ruleId === group.ruleId).length} 条</span>
                      </h2>
                      <ul className="finding-group-list">
                        {group.items.map((f) => (
                          <FindingCard key={f.key} finding={f} onOpen={onOpenFinding} onVerify={setVerifying} onUnverify={unverify} />
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
              {shown.length > MAX_CARDS && <p className="warnings-empty">只列出前 {MAX_CARDS} 条，请按村或规则筛选查看其余的，或导出疑点清单。</p>}
            </div>
          </div>
          <aside className="warnings-side" aria-label="各村疑点">
            <h2 className="side-title">各村疑点</h2>
            <table className="mini-table village-counts" aria-label="各村疑点条数">
              <thead>
                <tr>
                  <th>村</th>
                  <th className="num">条数</th>
                </tr>
              </thead>
              <tbody>
                {[{ village: null as string | null, count: ofRule.length }, ...villageRows].map((v) => (
                  <tr key={v.village ?? ''} className={filter.village === v.village ? 'active' : undefined} aria-selected={filter.village === v.village}>
                    <td>
                      <button type="button" className="village-pick" onClick={() => pick({ village: v.village })}>
                        {v.village ?? '全部村'}
                      </button>
                    </td>
                    <td className="num">{v.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </aside>
        </div>
      )}
      {verifying !== null && (
        <VerifyDialog
          finding={verifying}
          onClose={() => setVerifying(null)}
          onVerified={() => {
            setVerifying(null);
            message.success('已标记为已核实');
            findings.reload();
          }}
        />
      )}
    </section>
  );
}
