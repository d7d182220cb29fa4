import { useId, useState, type FormEvent } from 'react';
import { api, ApiCallError } from '../../api/client';

/**
 * The start screen of a ledger that has a password (the lock screen's look): nothing of the
 * ledger is shown or even read until the password is right. A wrong password keeps the screen,
 * with the server's Chinese message; the file is not touched.
 */
export function UnlockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setError('请输入台账密码');
      return;
    }
    setBusy(true);
    setError(null);
    api
      .call('ledger.unlock', { password })
      .then(onUnlocked)
      .catch((caught: unknown) => {
        setBusy(false);
        setPassword('');
        setError(caught instanceof ApiCallError ? caught.message : '没有打开台账，请重试');
      });
  };

  return (
    <main className="unlock-screen" aria-labelledby="unlock-title">
      <form className="lock-card unlock-card" onSubmit={submit}>
        <span className="brand-mark" aria-hidden="true">
          守
        </span>
        <h1 id="unlock-title">台账已加密</h1>
        <p>这个台账设置了密码，请输入密码后打开。</p>
        <label htmlFor={inputId} className="unlock-label">
          台账密码
        </label>
        <input
          id={inputId}
          type="password"
          className="unlock-input"
          autoFocus
          autoComplete="current-password"
          maxLength={128}
          value={password}
          disabled={busy}
          onChange={(event) => setPassword(event.target.value)}
        />
        {error !== null && (
          <p className="unlock-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在打开…' : '打开台账'}
        </button>
        <p className="unlock-hint">忘记密码将无法打开台账，也无法用加密的备份恢复；请向设置密码的同事询问。</p>
      </form>
    </main>
  );
}
