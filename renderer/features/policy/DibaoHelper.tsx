/**
 * Entering a warning line as "倍数 × 低保标准" (the 2023-11 line is 1.5 × 7200 元): the clerk types
 * the factor and the 低保 standard, sees the result, and 填入 puts the yuan value and the basis
 * text into the row.
 */
import { useId, useState } from 'react';
import { formatFen } from '../../../shared/domain/money';
import { dibaoLine } from './policy-form';

export function DibaoHelper({ onApply, onClose }: { onApply(lineYuan: string, basis: string): void; onClose(): void }) {
  const [factor, setFactor] = useState('1.5');
  const [dibao, setDibao] = useState('');
  const ids = { factor: useId(), dibao: useId() };
  const result = dibao.trim() === '' ? null : dibaoLine(factor, dibao);

  return (
    <div className="dibao-helper" role="group" aria-label="按低保标准计算">
      <label htmlFor={ids.factor}>倍数</label>
      <input id={ids.factor} className="is-tiny" type="text" inputMode="decimal" value={factor} onChange={(event) => setFactor(event.target.value)} />
      <span aria-hidden="true">×</span>
      <label htmlFor={ids.dibao}>低保标准</label>
      <input id={ids.dibao} className="is-short" type="text" inputMode="decimal" value={dibao} placeholder="如 7200" onChange={(event) => setDibao(event.target.value)} />
      <span>元/人/年</span>
      <span className={`dibao-result${result !== null && !result.ok ? ' is-error' : ''}`}>
        {result === null ? '' : result.ok ? `= ${formatFen(result.lineFen)} 元` : result.message}
      </span>
      <button type="button" className="btn btn-small btn-primary" disabled={result === null || !result.ok} onClick={() => result?.ok && onApply(formatFen(result.lineFen), result.basis)}>
        填入
      </button>
      <button type="button" className="btn btn-small" onClick={onClose}>
        取消
      </button>
    </div>
  );
}
