/**
 * 设置: the ledger profile (in the ledger), this computer's privacy and lock settings (they live in
 * the browser's storage, not in the ledger), and the ledger's own password (in the ledger file:
 * PasswordSettings). The idle lock has no password: it hides the screen from a passer-by; the
 * ledger password keeps the file closed.
 */
import { useId } from 'react';
import { PasswordSettings } from './PasswordSettings';
import { ProfileSection } from './ProfileSection';
import { MAX_IDLE_LOCK_MINUTES, updateSettings, useSettings } from './settings-store';

export function SettingsView({ onOpenWizard }: { onOpenWizard(): void }) {
  const settings = useSettings();
  const minutesId = useId();
  return (
    <section className="view" aria-label="设置">
      <div className="view-toolbar">
        <h1 className="view-title">设置</h1>
      </div>
      <div className="settings-body">
        <ProfileSection onOpenWizard={onOpenWizard} />
        <section className="settings-section" aria-label="个人信息保护">
          <h2>个人信息保护</h2>
          <label className="settings-row">
            <input type="checkbox" checked={settings.showFullNumbers} onChange={(event) => updateSettings({ showFullNumbers: event.target.checked })} />
            显示完整证件号码和电话
          </label>
          <p className="settings-hint">
            默认不勾选：表格中证件号码显示为 440229********123X，电话显示为 138****5678。需要核对某一户时，点号码旁的眼睛图标可显示这一行的完整号码 30 秒；双击修改时也会显示完整号码。
          </p>
        </section>
        <section className="settings-section" aria-label="自动锁定">
          <h2>自动锁定</h2>
          <div className="settings-row">
            <label htmlFor={minutesId}>无操作</label>
            <input
              id={minutesId}
              type="number"
              min={0}
              max={MAX_IDLE_LOCK_MINUTES}
              step={1}
              value={settings.idleLockMinutes}
              onChange={(event) => {
                const minutes = Number(event.target.value);
                if (Number.isInteger(minutes)) updateSettings({ idleLockMinutes: minutes });
              }}
            />
            <span>分钟后锁定台账（0 表示不锁定）</span>
          </div>
          <p className="settings-hint">离开座位时台账会被遮住，回来后点“继续使用”即可。自动锁定不需要密码；要防止台账文件被拷走后被查看，请设置下面的台账密码。</p>
        </section>
        <PasswordSettings />
      </div>
    </section>
  );
}
