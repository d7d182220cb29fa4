/**
 * 自动备份保留: how many automatic backups the rotation keeps (the newest of each of the last N
 * days, then of each of M weeks before them). Saved in the ledger; 立即备份 and 备份到… copies
 * are never deleted.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import { api, ApiCallError } from '../../api/client';

type Rotation = ApiOutput<'backup.settings'>;

const LIMITS = { keepDaily: [1, 90], keepWeekly: [0, 52] } as const;

export function RotationSettings({ onSaved, onError }: { onSaved(text: string): void; onError(text: string): void }) {
  const [saved, setSaved] = useState<Rotation | null>(null);
  const [daily, setDaily] = useState('');
  const [weekly, setWeekly] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { daily: useId(), weekly: useId() };

  useEffect(() => {
    api
      .call('backup.settings', {})
      .then((rotation) => {
        setSaved(rotation);
        setDaily(String(rotation.keepDaily));
        setWeekly(String(rotation.keepWeekly));
      })
      .catch((error: unknown) => onError(error instanceof ApiCallError ? error.message : '没有读到备份保留设置'));
  }, [onError]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const keepDaily = Number(daily);
    const keepWeekly = Number(weekly);
    const bad = (value: number, [min, max]: readonly [number, number]) => !Number.isInteger(value) || value < min || value > max;
    if (bad(keepDaily, LIMITS.keepDaily)) return onError(`每日备份应保留 ${LIMITS.keepDaily[0]} 到 ${LIMITS.keepDaily[1]} 天，现为“${daily}”`);
    if (bad(keepWeekly, LIMITS.keepWeekly)) return onError(`每周备份应保留 ${LIMITS.keepWeekly[0]} 到 ${LIMITS.keepWeekly[1]} 周，现为“${weekly}”`);
    setBusy(true);
    api
      .call('backup.updateSettings', { keepDaily, keepWeekly })
      .then((rotation) => {
        setSaved(rotation);
        onSaved(`已保存：自动备份保留最近 ${rotation.keepDaily} 天的每日备份，再往前 ${rotation.keepWeekly} 周每周一份`);
      })
      .catch((error: unknown) => onError(error instanceof ApiCallError ? error.message : '没有保存，请重试'))
      .finally(() => setBusy(false));
  };

  const changed = saved !== null && (daily !== String(saved.keepDaily) || weekly !== String(saved.keepWeekly));
  return (
    <form className="rotation-form" aria-label="自动备份保留" noValidate onSubmit={save}>
      <span>自动备份保留：最近</span>
      <input id={ids.daily} type="number" aria-label="保留每日备份的天数" min={LIMITS.keepDaily[0]} max={LIMITS.keepDaily[1]} step={1} value={daily} onChange={(e) => setDaily(e.target.value)} />
      <label htmlFor={ids.daily}>天每天一份，再往前</label>
      <input id={ids.weekly} type="number" aria-label="保留每周备份的周数" min={LIMITS.keepWeekly[0]} max={LIMITS.keepWeekly[1]} step={1} value={weekly} onChange={(e) => setWeekly(e.target.value)} />
      <label htmlFor={ids.weekly}>周每周一份</label>
      <button type="submit" className="btn" disabled={busy || !changed}>
        保存
      </button>
    </form>
  );
}
