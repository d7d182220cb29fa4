/**
 * Locks the screen after a stretch without keyboard, mouse or touch input. The delay comes from
 * the 设置 view (minutes; 0 = never) or, for tests and demos, the `shoudi.idleLockSeconds`
 * localStorage override. While locked, input does not restart the timer; 继续使用 does.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { idleLockDelayMs, useSettings } from '../settings/settings-store';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(): { locked: boolean; unlock(): void } {
  const settings = useSettings();
  const delay = idleLockDelayMs(settings);
  const [locked, setLocked] = useState(false);
  const lockedRef = useRef(false);
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    if (delay === null) return undefined;
    let timer = window.setTimeout(() => setLockedBoth(true), delay);
    function setLockedBoth(value: boolean) {
      lockedRef.current = value;
      setLocked(value);
    }
    const onActivity = () => {
      if (lockedRef.current) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setLockedBoth(true), delay);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [delay, serial]);

  const unlock = useCallback(() => {
    lockedRef.current = false;
    setLocked(false);
    setSerial((s) => s + 1);
  }, []);

  return { locked: locked && delay !== null, unlock };
}
