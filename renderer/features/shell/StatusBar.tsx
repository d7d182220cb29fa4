import type { LedgerInfo } from './useLedgerInfo';

/** Bottom line: which file is open and how much it holds — what a clerk checks before a report. */
export function StatusBar({ info }: { info: LedgerInfo | null }) {
  if (info === null) return <footer className="status-bar" />;
  return (
    <footer className="status-bar">
      <span>
        台账文件：<span className="status-path">{info.path}</span>
      </span>
      <span className="status-sep" />
      <span>
        {info.counts.villages} 个村 · 在册 {info.counts.households} 户 · 在户 {info.counts.members} 人
      </span>
      <span className="status-spacer" />
      <span>数据结构版本 {info.schemaVersion}</span>
    </footer>
  );
}
