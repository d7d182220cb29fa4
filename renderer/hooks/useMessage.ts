/**
 * The one message line of a view: a refused cell value, a failed save, a confirmation. Errors stay
 * until the clerk closes them or something new happens (they must be read); confirmations fade.
 * A notice of the app-wide ledger signal (the result of 撤销/重做 in the top bar) shows here too.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import { LedgerSignalContext } from './useLedgerSignal';

export type MessageTone = 'error' | 'success' | 'info';

export interface Message {
  tone: MessageTone;
  text: string;
  /** Distinguishes two equal texts shown one after the other. */
  serial: number;
}

/** Stable functions: safe to capture in grid callbacks built once. */
export interface MessageActions {
  error(text: string): void;
  success(text: string): void;
  info(text: string): void;
  clear(): void;
}

export interface MessageApi extends MessageActions {
  current: Message | null;
}

const FADE_AFTER_MS = 4000;

let serial = 0;
/** Serial of the last ledger notice a view has shown (module-wide: one notice, one showing). */
let shownNotice = 0;

export function useMessage(): MessageApi {
  const [current, setCurrent] = useState<Message | null>(null);

  useEffect(() => {
    if (current === null || current.tone === 'error') return undefined;
    const timer = window.setTimeout(() => setCurrent((m) => (m === current ? null : m)), FADE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [current]);

  // The actions never change identity, so grid callbacks built once can hold them.
  const actions = useMemo(() => {
    const show = (tone: MessageTone, text: string) => setCurrent({ tone, text, serial: ++serial });
    return {
      error: (text: string) => show('error', text),
      success: (text: string) => show('success', text),
      info: (text: string) => show('info', text),
      clear: () => setCurrent(null),
    };
  }, []);

  // A notice is shown once, by the first view that sees it: a view mounted just after the notice
  // was raised (the wizard's 写入演示数据 opens 户信息) still shows it; an old one is not repeated.
  const { notice } = useContext(LedgerSignalContext);
  useEffect(() => {
    if (notice === null || notice.serial <= shownNotice) return;
    shownNotice = notice.serial;
    setCurrent({ tone: notice.tone, text: notice.text, serial: ++serial });
  }, [notice]);

  return useMemo(() => ({ current, ...actions }), [current, actions]);
}
