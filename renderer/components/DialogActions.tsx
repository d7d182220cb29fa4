/**
 * The 取消 / confirm buttons every form dialog ends with; the confirm button shows its busy text,
 * and is red (`danger`) for steps that take something away or back.
 */
export function DialogActions({
  onCancel,
  busy,
  label,
  busyLabel = '正在保存…',
  danger = false,
}: {
  onCancel(): void;
  busy: boolean;
  label: string;
  busyLabel?: string;
  danger?: boolean;
}) {
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        取消
      </button>
      <button type="submit" className={danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}
