/**
 * 下载空白模板: one button per template villages fill in; the file comes from the ledger
 * (templates.blank) with the town's name in its title.
 */
import { useState } from 'react';
import { BLANK_TEMPLATE_IDS, BLANK_TEMPLATE_USE, type BlankTemplateId } from '../../../shared/templates/blank-templates';
import { templateById } from '../../../shared/templates';
import { api, ApiCallError } from '../../api/client';
import { MessageBar } from '../../components/MessageBar';
import { useMessage } from '../../hooks/useMessage';
import { downloadBase64File } from '../imports/download-file';

export function TemplateDownloads() {
  const [busy, setBusy] = useState<BlankTemplateId | null>(null);
  const message = useMessage();

  const download = (kind: BlankTemplateId) => {
    setBusy(kind);
    api
      .call('templates.blank', { kind })
      .then((file) => {
        downloadBase64File(file.fileName, file.contentBase64);
        message.success(`已下载“${file.fileName}”`);
      })
      .catch((error: unknown) => message.error(error instanceof ApiCallError ? error.message : '生成空白模板失败，请重试'))
      .finally(() => setBusy(null));
  };

  return (
    <section className="help-templates" aria-label="下载空白模板">
      <h2>下载空白模板</h2>
      <MessageBar message={message.current} onClose={message.clear} />
      <ul>
        {BLANK_TEMPLATE_IDS.map((kind) => {
          const name = templateById(kind)?.name ?? kind;
          return (
            <li key={kind}>
              <button type="button" className="btn" disabled={busy !== null} onClick={() => download(kind)}>
                {busy === kind ? '正在生成…' : `下载《${name}》`}
              </button>
              <span className="help-template-use">{BLANK_TEMPLATE_USE[kind]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
