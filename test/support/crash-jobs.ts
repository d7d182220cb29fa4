/** What the crash-safety parent asks of crash-child.ts, shared by both sides. */
export type CrashJob =
  | { kind: 'import'; ledger: string; workbookJson: string }
  | { kind: 'edits'; ledger: string; count: number }
  | { kind: 'backup'; ledger: string; dest: string; pagesPerStep: number }
  | { kind: 'app-backup'; ledger: string; dir: string };

/** The values edit i writes: unique, so every edit really changes both fields. */
export function editValues(i: number): { name: string; phone: string } {
  return { name: `压测${i}`, phone: `139${String(i).padStart(8, '0')}` };
}
