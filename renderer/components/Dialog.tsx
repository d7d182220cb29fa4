/**
 * A modal dialog on the native <dialog> element (focus trapping and Esc come with it). The body is
 * a form so Enter submits; the caller keeps the dialog open while a call runs and closes it itself.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons; the submit button triggers onSubmit. */
  actions: ReactNode;
  onSubmit(): void;
  onClose(): void;
  /** Narrow confirmations, wider forms. */
  size?: 'narrow' | 'wide';
}

export function Dialog({ title, children, actions, onSubmit, onClose, size = 'narrow' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="dialog-close" aria-label="关闭" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        <footer className="dialog-footer">{actions}</footer>
      </form>
    </dialog>
  );
}
