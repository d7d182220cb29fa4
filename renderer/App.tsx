/**
 * The desktop layout: top bar (product, county/town), left navigation of the ledger's views, the
 * active view, and a status bar naming the open ledger file. Nothing is shown until the ledger
 * answers, so a wrong token or a stopped service reads as one clear Chinese message.
 *
 * A view may ask to open one household in 户信息 (a warning names it): that request is the
 * `focus`, handed to the households view; choosing a view in the navigation drops it.
 */
import { useState } from 'react';
import { HouseholdsView } from './features/households/HouseholdsView';
import { ImportsView } from './features/imports/ImportsView';
import { IncomeView } from './features/income/IncomeView';
import { MembersView } from './features/members/MembersView';
import { PolicyView } from './features/policy/PolicyView';
import { SideNav } from './features/shell/SideNav';
import { StatusBar } from './features/shell/StatusBar';
import { TopBar } from './features/shell/TopBar';
import { useLedgerInfo, type LedgerInfo } from './features/shell/useLedgerInfo';
import type { HouseholdFocus, ViewId } from './features/shell/views';
import { WarningsView } from './features/warnings/WarningsView';

let focusSerial = 0;

export function App() {
  const [view, setView] = useState<ViewId>('households');
  const [focus, setFocus] = useState<HouseholdFocus | null>(null);
  const ledger = useLedgerInfo();
  const info = ledger.data;

  const choose = (next: ViewId) => {
    setFocus(null);
    setView(next);
  };
  const openHousehold = (householdId: number, householdNo: string) => {
    setFocus({ householdId, householdNo, serial: ++focusSerial });
    setView('households');
  };

  const renderView = (ready: LedgerInfo) => {
    switch (view) {
      case 'households':
        return <HouseholdsView key={focus?.serial ?? 0} info={ready} focus={focus} onLedgerChanged={ledger.refresh} />;
      case 'members':
        return <MembersView onLedgerChanged={ledger.refresh} />;
      case 'income':
        return <IncomeView />;
      case 'warnings':
        return <WarningsView onOpenHousehold={openHousehold} onOpenPolicy={() => choose('policy')} />;
      case 'policy':
        return <PolicyView />;
      case 'imports':
        return <ImportsView onLedgerChanged={ledger.refresh} onOpenHouseholds={() => choose('households')} />;
    }
  };

  return (
    <div className="app">
      <TopBar info={info} />
      <SideNav active={view} onChange={choose} />
      <main className="app-main">
        {ledger.error !== null ? (
          <div className="app-error" role="alert">
            <h1>无法打开台账</h1>
            <p>{ledger.error}</p>
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
