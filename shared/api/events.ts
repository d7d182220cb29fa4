/**
 * Push events from main to the renderer (`window.shoudi.onEvent`). Browser mode has no push
 * channel yet; events are advisory (the renderer re-reads what it needs after a call returns).
 */

export interface ApiEvents {
  /** The ledger changed outside the caller's own request (another window, an import). */
  'ledger.changed': { tables: ('households' | 'members')[] };
  /** A backup (立即备份, 备份到…, before an import or a restore) is being written: 0…1. */
  'backup.progress': { fraction: number };
}

export type ApiEventName = keyof ApiEvents;
