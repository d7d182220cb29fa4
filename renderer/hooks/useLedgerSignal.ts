/**
 * The app-wide "ledger changed" signal. Undo, redo, 恢复到此版本, a restored backup or an import
 * change records that the open views did not make themselves: `changed()` bumps `revision`, and
 * every view listening through `useOnLedgerChanged` reloads what it shows (grid cache, detail
 * pane). A view's own saved edit only calls `edited()`: it has already updated its row, but the
 * 撤销/重做 buttons must re-read what they would do now (`editRevision`).
 *
 * A `notice` travels with the signal (e.g. "已撤销：修改 张三 的 劳动技能"); every view's message
 * line (useMessage) shows it, so the result of a toolbar action reads where the clerk looks.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { MessageTone } from './useMessage';

export interface LedgerNotice {
  tone: MessageTone;
  text: string;
  serial: number;
}

export interface LedgerSignal {
  /** Bumped when the ledger changed under the views: they reload. */
  revision: number;
  /** Bumped after every saved change, the views' own included: the undo state is re-read. */
  editRevision: number;
  notice: LedgerNotice | null;
  changed(notice?: Omit<LedgerNotice, 'serial'>): void;
  edited(): void;
  notify(notice: Omit<LedgerNotice, 'serial'>): void;
}

const NOOP_SIGNAL: LedgerSignal = {
  revision: 0,
  editRevision: 0,
  notice: null,
  changed: () => undefined,
  edited: () => undefined,
  notify: () => undefined,
};

export const LedgerSignalContext = createContext<LedgerSignal>(NOOP_SIGNAL);

let noticeSerial = 0;

/** The signal's owner (the app shell); `onChange` also runs on every `changed()` (e.g. re-count). */
export function useLedgerSignalSource(onChange: () => void): LedgerSignal {
  const [revision, setRevision] = useState(0);
  const [editRevision, setEditRevision] = useState(0);
  const [notice, setNotice] = useState<LedgerNotice | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  const notify = useCallback((next: Omit<LedgerNotice, 'serial'>) => setNotice({ ...next, serial: ++noticeSerial }), []);
  const edited = useCallback(() => setEditRevision((r) => r + 1), []);
  const changed = useCallback(
    (next?: Omit<LedgerNotice, 'serial'>) => {
      setRevision((r) => r + 1);
      edited();
      latest.current();
      if (next) notify(next);
    },
    [edited, notify],
  );
  return useMemo(() => ({ revision, editRevision, notice, changed, edited, notify }), [revision, editRevision, notice, changed, edited, notify]);
}

export function useLedgerSignal(): LedgerSignal {
  return useContext(LedgerSignalContext);
}

/** Runs `reload` after each ledger change made elsewhere (not on mount: the view just loaded). */
export function useOnLedgerChanged(reload: () => void): void {
  const { revision } = useLedgerSignal();
  const seen = useRef(revision);
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(() => {
    if (revision === seen.current) return;
    seen.current = revision;
    latest.current();
  }, [revision]);
}
