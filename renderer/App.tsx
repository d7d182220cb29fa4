/**
 * The desktop layout: top bar (product, county/town, 撤销/重做), left navigation of the ledger's
 * views, the active view, and a status bar naming the open ledger file. Nothing is shown until the
 * ledger answers, so a wrong token or a stopped service reads as one clear Chinese message.
 *
 * The app opens on 首页 (the dashboard). A view may ask to open one household in 户信息 (a warning
 * names it): that request is the `focus`, handed to the households view; a dashboard chart may ask
 * to open 户信息 or 家庭成员 filtered (the `filter`). Choosing a view in the navigation drops both.
 *
 * The app owns the "ledger changed" signal (hooks/useLedgerSignal): undo, redo, a restored version
 * or backup and imports fire it and the open view reloads; a view's own saves only tell it so the
 * undo buttons stay current. After idle time the lock screen covers everything.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { FindingRow } from '../shared/api/checks-contract';
import { BackupView } from './features/backup/BackupView';
import { HelpView } from './features/help/HelpView';
import { ChecksView } from './features/checks/ChecksView';
import { DashboardView } from './features/dashboard/DashboardView';
import { DueDatesPanel } from './features/calendar/DueDatesPanel';
import { EmploymentView } from './features/employment/EmploymentView';
import { ServicesView } from './features/employment/ServicesView';
import { ReturneesView } from './features/returnees/ReturneesView';
import { HouseholdsView } from './features/households/HouseholdsView';
import { ImportsView } from './features/imports/ImportsView';
import { IncomeView } from './features/income/IncomeView';
import { MembersView } from './features/members/MembersView';
import { PolicyView } from './features/policy/PolicyView';
import { OnboardingWizard } from './features/onboarding/OnboardingWizard';
import { useOnboarding } from './features/onboarding/useOnboarding';
import { LockScreen } from './features/safety/LockScreen';
import { useIdleLock } from './features/safety/useIdleLock';
import { SettingsView } from './features/settings/SettingsView';
import { SideNav } from './features/shell/SideNav';
import { StatusBar } from './features/shell/StatusBar';
import { TopBar } from './features/shell/TopBar';
import { useLedgerInfo, type LedgerInfo } from './features/shell/useLedgerInfo';
import { useUndoRedo } from './features/shell/useUndoRedo';
import type { GridFilterRequest, HouseholdFocus, MemberFocus, ViewId } from './features/shell/views';
import { WarningsView } from './features/warnings/WarningsView';
import { OpenViewContext } from './features/shell/OpenViewContext';
import { LedgerSignalContext, useLedgerSignalSource } from './hooks/useLedgerSignal';

let focusSerial = 0;
let filterSerial = 0;

export function App() {
  const [view, setView] = useState<ViewId>('dashboard');
  const [focus, setFocus] = useState<HouseholdFocus | null>(null);
  const [memberFocus, setMemberFocus] = useState<MemberFocus | null>(null);
  const [filter, setFilter] = useState<GridFilterRequest | null>(null);
  const ledger = useLedgerInfo();
  const info = ledger.data;
  const signal = useLedgerSignalSource(ledger.refresh);
  const lock = useIdleLock();
  const onboarding = useOnboarding(info?.path ?? null);

  const choose = (next: ViewId) => {
    setFocus(null);
    setMemberFocus(null);
    setFilter(null);
    setView(next);
  };
  const openHousehold = (householdId: number, householdNo: string) => {
    setFilter(null);
    setFocus({ householdId, householdNo, serial: ++focusSerial });
    setView('households');
  };
  // A finding opens its record at the cell to fix: a member in 家庭成员, anything else in 户信息.
  const openFinding = (f: FindingRow) => {
    setFilter(null);
    if (f.recordKind === 'member') {
      setMemberFocus({ memberId: f.recordId, householdNo: f.householdNo, field: f.field, serial: ++focusSerial });
      setView('members');
    } else {
      setFocus({ householdId: f.householdId, householdNo: f.householdNo, serial: ++focusSerial, ...(f.recordKind === 'household' ? { field: f.field } : {}) });
      setView('households');
    }
  };
  const openFiltered = (request: Omit<GridFilterRequest, 'serial'>) => {
    setFocus(null);
    setMemberFocus(null);
    setFilter({ ...request, serial: ++filterSerial });
    setView(request.view);
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
      case 'dashboard':
        return <DashboardView onOpenFiltered={openFiltered} onOpenWarnings={() => choose('warnings')} onOpenView={choose} />;
      case 'households':
        return <HouseholdsView key={`${focus?.serial ?? 0}-${filter?.serial ?? 0}`} info={ready} focus={focus} filter={filter} onLedgerChanged={recordsChanged} />;
      case 'members':
        return <MembersView key={`${memberFocus?.serial ?? 0}-${filter?.serial ?? 0}`} focus={memberFocus} filter={filter} onLedgerChanged={recordsChanged} />;
      case 'income':
        return <IncomeView />;
      case 'warnings':
        return <WarningsView onOpenHousehold={openHousehold} onOpenPolicy={() => choose('policy')} />;
      case 'checks':
        return <ChecksView onOpenFinding={openFinding} />;
      case 'policy':
        return <PolicyView />;
      case 'imports':
        return <ImportsView onLedgerChanged={importChanged} onOpenHouseholds={() => choose('households')} />;
      case 'backup':
        return <BackupView />;
      case 'settings':
        return <SettingsView onOpenWizard={onboarding.reopen} />;
      case 'help':
        return <HelpView />;
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
      <OpenViewContext.Provider value={choose}>
        <AppFrame info={info} error={ledger.error} view={view} locked={lock.locked} onChoose={choose} renderView={renderView} />
      </OpenViewContext.Provider>
      {onboarding.profile !== null && !lock.locked && (
        <OnboardingWizard
          profile={onboarding.profile}
          onSaved={ledger.refresh}
          onExit={(exit) => {
            onboarding.close(exit === 'skip');
            changed(exit === 'demo' ? { tone: 'info', text: '已写入演示数据（虚构的 300 户）。看完后点顶部“撤销”即可整批删除，再导入真实数据。' } : undefined);
            if (exit !== 'skip') choose(exit === 'demo' ? 'households' : exit);
          }}
        />
      )}
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
