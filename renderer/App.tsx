/**
 * The desktop layout: top bar (product, county/town), left navigation of the ledger's views, the
 * active view, and a status bar naming the open ledger file. Nothing is shown until the ledger
 * answers, so a wrong token or a stopped service reads as one clear Chinese message.
 */
import { useState } from 'react';
import { HouseholdsView } from './features/households/HouseholdsView';
import { ImportsView } from './features/imports/ImportsView';
import { MembersView } from './features/members/MembersView';
import { SideNav } from './features/shell/SideNav';
import { StatusBar } from './features/shell/StatusBar';
import { TopBar } from './features/shell/TopBar';
import { useLedgerInfo } from './features/shell/useLedgerInfo';
import type { ViewId } from './features/shell/views';

export function App() {
  const [view, setView] = useState<ViewId>('households');
  const ledger = useLedgerInfo();
  const info = ledger.data;

  return (
    <div className="app">
      <TopBar info={info} />
      <SideNav active={view} onChange={setView} />
      <main className="app-main">
        {ledger.error !== null ? (
          <div className="app-error" role="alert">
            <h1>无法打开台账</h1>
            <p>{ledger.error}</p>
          </div>
        ) : info === null ? (
          <p className="app-loading">正在打开台账…</p>
        ) : view === 'households' ? (
          <HouseholdsView info={info} onLedgerChanged={ledger.refresh} />
        ) : view === 'members' ? (
          <MembersView onLedgerChanged={ledger.refresh} />
        ) : (
          <ImportsView onLedgerChanged={ledger.refresh} onOpenHouseholds={() => setView('households')} />
        )}
      </main>
      <StatusBar info={info} />
    </div>
  );
}
