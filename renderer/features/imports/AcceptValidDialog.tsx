/** Confirms 只导入有效行: says how many rows stay out and where they go (the error receipt). */
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { Dialog } from '../../components/Dialog';

export function AcceptValidDialog({ preview, onConfirm, onClose }: { preview: ImportPreview; onConfirm(): void; onClose(): void }) {
  const { read, rejected, inserted, updated } = preview.counts;
  return (
    <Dialog
      title="只导入有效行"
      onSubmit={onConfirm}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus>
            返回
          </button>
          <button type="submit" className="btn btn-primary">
            导入 {read - rejected} 行有效数据
          </button>
        </>
      }
    >
      <p className="confirm-text">
        “{preview.fileName}”中有 <strong className="text-danger">{rejected} 行</strong>有错误，这些行<strong>不会导入</strong>；其余 {read - rejected} 行照常导入（新增{' '}
        {inserted} 行，更新 {updated} 行）。
      </p>
      <p className="confirm-note">没有导入的行请下载错误回执交村里更正；更正后重新导入这个文件即可，已经导入的行不会重复。</p>
    </Dialog>
  );
}
