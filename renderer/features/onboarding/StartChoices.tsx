/**
 * Last step of the first run wizard: import the first platform export, or write the demo town into
 * this (still empty) ledger to look around. The demo is confirmed against a warning that says what
 * it is and how to take it back (撤销 removes it in one step).
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/FormError';
import { useSubmitAction } from '../../hooks/useSubmitAction';

export function StartChoices({ town, onImport, onDemoDone }: { town: string; onImport(): void; onDemoDone(): void }) {
  const [confirming, setConfirming] = useState(false);
  const seed = useSubmitAction();

  if (confirming) {
    return (
      <div className="onboarding-demo-warning" role="alert">
        <h3>写入演示数据？</h3>
        <p>
          演示数据是<strong>虚构的</strong> 300 户人家（姓名、证件号码都是编造的），会写入<strong>当前这份台账</strong>，让您看看户信息、预警、导入等功能用起来是什么样子。
        </p>
        <p>看完后，点顶部的“撤销”即可把演示数据整批删掉，再开始导入真实数据。不要在演示数据上录入真实的户。</p>
        <FormError text={seed.error} />
        <div className="onboarding-demo-actions">
          <button type="button" className="btn" onClick={() => setConfirming(false)} disabled={seed.busy}>
            返回
          </button>
          <button type="button" className="btn btn-primary" disabled={seed.busy} onClick={() => seed.run(() => api.call('demo.seed', { households: 300 }), onDemoDone)}>
            {seed.busy ? '正在写入演示数据…' : '写入演示数据'}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="onboarding-choices">
      <p className="onboarding-lead">台账信息已保存{town ? `（${town}）` : ''}。接下来：</p>
      <button type="button" className="onboarding-choice primary" onClick={onImport}>
        <strong>导入第一份平台导出表</strong>
        <span>把防返贫监测信息系统导出的《家庭成员信息表》（或村里报送的表）拖进“数据导入”，预览后一次导入。</span>
      </button>
      <button type="button" className="onboarding-choice" onClick={() => setConfirming(true)}>
        <strong>先用演示数据看看</strong>
        <span>写入一个虚构的镇（300 户）来熟悉功能，看完可一键撤销。</span>
      </button>
    </div>
  );
}
