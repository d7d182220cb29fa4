import { UndoButtons } from './UndoButtons';
import type { LedgerInfo } from './useLedgerInfo';
import type { UndoRedo } from './useUndoRedo';

function placeName(info: LedgerInfo | null): string {
  if (info === null) return '';
  if (info.county !== null && info.town !== null) return `${info.county} · ${info.town}`;
  if (info.county !== null) return `${info.county}（${info.counts.towns} 个镇）`;
  return '尚未建立村镇';
}

/** Product name, the ledger's county and town, 撤销/重做, and the transport (desktop or browser mode). */
export function TopBar({ info, undo }: { info: LedgerInfo | null; undo: UndoRedo }) {
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          守
        </span>
        <span className="brand-name">守底台账</span>
      </div>
      <div className="top-place" aria-label="台账所属">
        {placeName(info)}
      </div>
      <div className="top-subtitle">防止返贫动态监测和帮扶</div>
      <div className="top-spacer" />
      {info !== null && <UndoButtons undo={undo} />}
      {window.shoudi === undefined && <span className="top-mode">浏览器模式</span>}
    </header>
  );
}
