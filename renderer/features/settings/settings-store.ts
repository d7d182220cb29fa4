/**
 * The clerk's own settings on this computer (kept in localStorage, not in the ledger: they belong to
 * the screen, not to the data): whether ID and phone numbers show in full, and after how many idle
 * minutes the ledger locks. Components read them through `useSettings`, which re-renders on change.
 */
import { useSyncExternalStore } from 'react';

export interface AppSettings {
  /** 显示完整证件号码和电话: off by default (domain.md §10). */
  showFullNumbers: boolean;
  /** 无操作自动锁定（分钟）; 0 = never. */
  idleLockMinutes: number;
}

export const DEFAULT_SETTINGS: AppSettings = { showFullNumbers: false, idleLockMinutes: 15 };
export const MAX_IDLE_LOCK_MINUTES = 240;

const STORAGE_KEY = 'shoudi.settings';
/** Test and demo override: lock after this many seconds instead of the minutes setting. */
const IDLE_SECONDS_OVERRIDE_KEY = 'shoudi.idleLockSeconds';

/** Whatever localStorage holds, as valid settings (a hand-edited or old value falls back). */
export function parseSettings(text: string | null): AppSettings {
  if (text === null) return DEFAULT_SETTINGS;
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof AppSettings, unknown>>;
    const minutes = typeof raw.idleLockMinutes === 'number' && Number.isInteger(raw.idleLockMinutes) ? raw.idleLockMinutes : DEFAULT_SETTINGS.idleLockMinutes;
    return {
      showFullNumbers: raw.showFullNumbers === true,
      idleLockMinutes: Math.min(Math.max(minutes, 0), MAX_IDLE_LOCK_MINUTES),
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

let current: AppSettings | null = null;
const listeners = new Set<() => void>();

export function getSettings(): AppSettings {
  current ??= parseSettings(localStorage.getItem(STORAGE_KEY));
  return current;
}

export function updateSettings(patch: Partial<AppSettings>): void {
  current = parseSettings(JSON.stringify({ ...getSettings(), ...patch }));
  localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

export function subscribeSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): AppSettings {
  return useSyncExternalStore(subscribeSettings, getSettings);
}

/** Idle time before the lock, in ms; null = never locks. */
export function idleLockDelayMs(settings: AppSettings): number | null {
  const override = Number(localStorage.getItem(IDLE_SECONDS_OVERRIDE_KEY));
  if (Number.isFinite(override) && override > 0) return override * 1000;
  return settings.idleLockMinutes > 0 ? settings.idleLockMinutes * 60_000 : null;
}
