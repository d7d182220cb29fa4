import { useEffect, useRef } from 'react';

/**
 * Covers the whole app after idle time. A modal <dialog>, so it lies above any dialog that was
 * open and the page behind it takes no input; Esc does not close it. No password: there are no
 * user accounts yet, so this only keeps names, IDs and phones off an unattended screen.
 */
export function LockScreen({ onUnlock }: { onUnlock(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="lock-screen" aria-labelledby="lock-title" onCancel={(event) => event.preventDefault()}>
      <div className="lock-card">
        <span className="brand-mark" aria-hidden="true">
          守
        </span>
        <h1 id="lock-title">台账已锁定</h1>
        <p>长时间无操作，台账已自动遮盖，以免他人看到群众的个人信息。</p>
        <button type="button" className="btn btn-primary" autoFocus onClick={onUnlock}>
          继续使用
        </button>
      </div>
    </dialog>
  );
}
