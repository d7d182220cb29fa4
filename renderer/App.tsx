/**
 * The desktop layout: top bar (product, county/town, 撤销/重做), left navigation of the ledger's
 * views, the active view, and a status bar naming the open ledger file. Nothing is shown until the
 * ledger answers, so a wrong token or a stopped service reads as one clear Chinese message.
 *
 * A view may ask to open one household in 户信息 (a warning names it): that request is the
 * `focus`, handed to the households view; choosing a view in the navigation drops it.
 *
 * The app owns the "ledger changed" signal (hooks/useLedgerSignal): undo, redo, a restored version
 * or backup and imports fire it and the open view reloads; a view's own saves only tell it so the
 * undo buttons stay current. After idle time the lock screen covers everything.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { BackupView } from './features/backup/BackupView';
import { DueDatesPanel } from './features/calendar/DueDatesPanel';
import { EmploymentView } from './features/employment/EmploymentView';
import { ServicesView } from './features/employment/ServicesView';
import { ReturneesView } from './features/returnees/ReturneesView';
import { HouseholdsView } from './features/households/HouseholdsView';
import { ImportsView } from './features/imports/ImportsView';
import { IncomeView } from './features/income/IncomeView';
import { MembersView } from './features/members/MembersView';
import { PolicyView } from './features/policy/PolicyView';
import { LockScreen } from './features/safety/LockScreen';
import { useIdleLock } from './features/safety/useIdleLock';
import { SettingsView } from './features/settings/SettingsView';
import { SideNav } from './features/shell/SideNav';
import { StatusBar } from './features/shell/StatusBar';
import { TopBar } from './features/shell/TopBar';
import { useLedgerInfo, type LedgerInfo } from './features/shell/useLedgerInfo';
import { useUndoRedo } from './features/shell/useUndoRedo';
import type { HouseholdFocus, ViewId } from './features/shell/views';
import { WarningsView } from './features/warnings/WarningsView';
import { LedgerSignalContext, useLedgerSignalSource } from './hooks/useLedgerSignal';

let focusSerial = 0;

export function App() {
  const [view, setView] = useState<ViewId>('households');
  const [focus, setFocus] = useState<HouseholdFocus | null>(null);
  const ledger = useLedgerInfo();
  const info = ledger.data;
  const signal = useLedgerSignalSource(ledger.refresh);
  const lock = useIdleLock();

  const choose = (next: ViewId) => {
    setFocus(null);
    setView(next);
  };
  const openHousehold = (householdId: number, householdNo: string) => {
    setFocus({ householdId, householdNo, serial: ++focusSerial });
    setView('households');
  };
  // Records added or removed in a view: recount, and let 撤销 offer it (the view updated itself).
  const { edited, changed } = signal;
  const recordsChanged = useCallback(() => {
    ledger.refresh();
    edited();
  }, [ledger.refresh, edited]);
  const importChanged = useCallback(() => changed(), [changed]);

  const renderView = (ready: LedgerInfo) => {
    switch (view) {
      case 'households':
        return <HouseholdsView key={focus?.serial ?? 0} info={ready} focus={focus} onLedgerChanged={recordsChanged} />;
      case 'members':
        return <MembersView onLedgerChanged={recordsChanged} />;
      case 'income':
        return <IncomeView />;
      case 'warnings':
        return <WarningsView onOpenHousehold={openHousehold} onOpenPolicy={() => choose('policy')} />;
      case 'policy':
        return <PolicyView />;
      case 'imports':
        return <ImportsView onLedgerChanged={importChanged} onOpenHouseholds={() => choose('households')} />;
      case 'backup':
        return <BackupView />;
      case 'settings':
        return <SettingsView />;
      case 'employment':
        return <EmploymentView />;
      case 'returnees':
        return <ReturneesView />;
      case 'services':
        return <ServicesView />;
    }
  };

  return (
    <LedgerSignalContext.Provider value={signal}>
      <AppFrame info={info} error={ledger.error} view={view} locked={lock.locked} onChoose={choose} renderView={renderView} />
      {lock.locked && <LockScreen onUnlock={lock.unlock} />}
    </LedgerSignalContext.Provider>
  );
}

interface AppFrameProps {
  info: LedgerInfo | null;
  error: string | null;
  view: ViewId;
  locked: boolean;
  onChoose(view: ViewId): void;
  renderView(info: LedgerInfo): ReactNode;
}

/** Inside the signal's provider, so the undo buttons and their shortcuts hear every change. */
function AppFrame({ info, error, view, locked, onChoose, renderView }: AppFrameProps) {
  const undo = useUndoRedo(info !== null && !locked);
  return (
    <div className="app">
      <TopBar info={info} undo={undo} />
      <div className="nav-column">
        <SideNav active={view} onChange={onChoose} />
        {info !== null && <DueDatesPanel />}
      </div>
      <main className="app-main">
        {error !== null ? (
          <div className="app-error" role="alert">
            <h1>无法打开台账</h1>
            <p>{error}</p>
          </div>
        ) : info === null ? (
          <p className="app-loading">正在打开台账…</p>
        ) : (
          renderView(info)
        )}
      </main>
      <StatusBar info={info} />
    </div>
  );
}
