/** The 取消 / confirm buttons every form dialog ends with; the confirm button shows its busy text. */
export function DialogActions({ onCancel, busy, label, busyLabel = '正在保存…' }: { onCancel(): void; busy: boolean; label: string; busyLabel?: string }) {
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        取消
      </button>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}
