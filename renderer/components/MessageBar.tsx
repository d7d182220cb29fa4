import type { Message } from '../hooks/useMessage';

const TONE_LABEL = { error: '未保存', success: '完成', info: '提示' } as const;

/** The view's message line; an error is announced as an alert, a confirmation politely. */
export function MessageBar({ message, onClose }: { message: Message | null; onClose(): void }) {
  if (message === null) return null;
  return (
    <div key={message.serial} className={`message-bar message-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
      <span className="message-tag">{TONE_LABEL[message.tone]}</span>
      <span className="message-text">{message.text}</span>
      <button type="button" className="message-close" aria-label="关闭提示" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
