/**
 * 台账密码: set, change or remove the ledger's password. The new one is typed twice; changing or
 * removing asks for the current one (the server checks it). The ledger file and every backup
 * taken afterwards are encrypted with it; forgetting it loses the ledger, which the hint says.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, ApiCallError } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';

export function PasswordSettings() {
  const [encrypted, setEncrypted] = useState<boolean | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const message = useMessage();
  const ids = { form: useId(), current: useId(), next: useId(), again: useId() };

  useEffect(() => {
    api
      .call('ledger.passwordState', {})
      .then((state) => setEncrypted(state.encrypted))
      .catch(() => setEncrypted(null));
  }, []);

  const send = (password: string | null) => {
    setBusy(true);
    api
      .call('ledger.setPassword', { ...(encrypted ? { current } : {}), password })
      .then((state) => {
        setEncrypted(state.encrypted);
        setCurrent('');
        setNext('');
        setAgain('');
        message.success(password === null ? '已取消台账密码，台账文件不再加密' : encrypted ? '台账密码已修改' : '台账密码已设置，台账文件已加密');
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : '密码没有修改，请重试'))
      .finally(() => setBusy(false));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (encrypted && current === '') return message.error('请输入当前密码');
    if (next === '') return message.error('请输入新密码');
    if (next !== again) return message.error('两次输入的新密码不一致，请重新输入');
    send(next);
  };

  const remove = () => {
    if (current === '') return message.error('取消密码前，请先输入当前密码');
    send(null);
  };

  return (
    <section className="settings-section" aria-label="台账密码">
      <h2>台账密码</h2>
      <p className="password-state">{encrypted === null ? '正在读取…' : encrypted ? '当前状态：已设置密码，台账文件和之后的备份都已加密。' : '当前状态：未设置密码。'}</p>
      <form id={ids.form} className="password-form" onSubmit={save}>
        {encrypted && (
          <>
            <label htmlFor={ids.current}>当前密码</label>
            <input id={ids.current} type="password" autoComplete="current-password" maxLength={128} value={current} onChange={(e) => setCurrent(e.target.value)} />
          </>
        )}
        <label htmlFor={ids.next}>{encrypted ? '新密码' : '设置密码'}</label>
        <input id={ids.next} type="password" autoComplete="new-password" maxLength={128} value={next} onChange={(e) => setNext(e.target.value)} />
        <label htmlFor={ids.again}>再次输入</label>
        <input id={ids.again} type="password" autoComplete="new-password" maxLength={128} value={again} onChange={(e) => setAgain(e.target.value)} />
      </form>
      <div className="password-actions">
        <button type="submit" form={ids.form} className="btn btn-primary" disabled={busy || encrypted === null}>
          {encrypted ? '修改密码' : '设置密码'}
        </button>
        {encrypted && (
          <button type="button" className="btn" disabled={busy} onClick={remove}>
            取消密码
          </button>
        )}
      </div>
      <MessageBar message={message.current} onClose={message.clear} />
      <p className="settings-hint">
        设置密码后，每次打开守底台账都要先输入密码；台账文件和之后的备份都会加密，U 盘丢失也看不到群众信息。请牢记密码：忘记密码将无法打开台账，也无法用加密的备份恢复，没有任何找回办法。
      </p>
    </section>
  );
}
