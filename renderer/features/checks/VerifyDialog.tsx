/**
 * 标记已核实: the clerk checked the record and the data is right as it is (e.g. a 21-year-old
 * really is in 小学 special education). A note is required; the mark holds until the data the rule
 * read changes.
 */
import { useState } from 'react';
import type { FindingRow } from '../../../shared/api/checks-contract';
import { api, ApiCallError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormError } from '../../components/FormError';

export function VerifyDialog({ finding, onClose, onVerified }: { finding: FindingRow; onClose(): void; onVerified(): void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (note.trim() === '') {
      setError('请填写核实说明：核实了什么、为什么数据无误');
      return;
    }
    setBusy(true);
    api
      .call('checks.verify', { key: finding.key, note: note.trim() })
      .then(onVerified)
      .catch((e: unknown) => {
        setError(e instanceof ApiCallError ? e.message : '保存失败，请重试');
        setBusy(false);
      });
  };

  return (
    <Dialog title="标记已核实" onSubmit={submit} onClose={onClose} actions={<DialogActions onCancel={onClose} busy={busy} label="标记已核实" />}>
      <p className="confirm-text">{finding.message}</p>
      <div className="form-field">
        <label htmlFor="verify-note">核实说明</label>
        <textarea id="verify-note" className="verify-note" rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <p className="confirm-note">标记后这条疑点不再显示；相关数据再有改动时会重新筛查。</p>
      <FormError text={error} />
    </Dialog>
  );
}
