/**
 * 数据导入: the village returns coming into the ledger. Three tabs: 导入文件 (drop or choose a file,
 * preview, map, commit), 导入记录 (batches, undo) and 报送情况 (which villages sent the month's
 * return). The staged import lives in this view, so moving between its tabs keeps the preview;
 * a file dropped anywhere on the window while the view is open is taken as the file to import.
 */
import { useState } from 'react';
import { MessageBar } from '../../components/MessageBar';
import { Tabs, type TabItem } from '../../components/Tabs';
import { useMessage } from '../../hooks/useMessage';
import { fileProblem } from './file-kinds';
import { ImportFilePanel } from './ImportFilePanel';
import { ImportHistory } from './ImportHistory';
import { SubmissionBoard } from './SubmissionBoard';
import { useImportSession } from './useImportSession';
import { useWindowFileDrop } from './useWindowFileDrop';

type ImportTab = 'file' | 'history' | 'board';

const TABS: TabItem<ImportTab>[] = [
  { key: 'file', label: '导入文件' },
  { key: 'history', label: '导入记录' },
  { key: 'board', label: '报送情况' },
];

export function ImportsView({ onLedgerChanged, onOpenHouseholds }: { onLedgerChanged(): void; onOpenHouseholds(): void }) {
  const [tab, setTab] = useState<ImportTab>('file');
  const message = useMessage();
  const session = useImportSession(message, onLedgerChanged);

  const takeFiles = (files: File[]) => {
    const [file] = files;
    if (file === undefined) return;
    if (session.step.kind === 'reading') {
      message.info('正在读取上一个文件，请稍候，或先点“取消”');
      return;
    }
    setTab('file');
    session.start(file);
    if (files.length > 1 && fileProblem(file) === null) message.info(`一次导入一个文件：正在读取“${file.name}”，其余 ${files.length - 1} 个请逐个导入`);
  };
  const { dragging } = useWindowFileDrop(takeFiles);

  return (
    <section className="view import-view" aria-label="数据导入">
      <div className="view-toolbar import-toolbar">
        <h1 className="view-title">数据导入</h1>
        <div className="import-view-tabs">
          <Tabs<ImportTab> items={TABS} active={tab} onChange={setTab} label="数据导入" />
        </div>
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <div className="import-tab-panel" role="tabpanel" aria-label={TABS.find((t) => t.key === tab)?.label}>
        {tab === 'file' && (
          <ImportFilePanel session={session} dragging={dragging} onFile={(file) => takeFiles([file])} onOpenHouseholds={onOpenHouseholds} onOpenHistory={() => setTab('history')} />
        )}
        {tab === 'history' && <ImportHistory message={message} onLedgerChanged={onLedgerChanged} />}
        {tab === 'board' && <SubmissionBoard />}
      </div>
    </section>
  );
}
