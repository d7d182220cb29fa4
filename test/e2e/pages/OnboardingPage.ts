/** The 首次使用 wizard and 设置 › 台账信息. */
import type { Locator, Page } from 'playwright-core';

export class OnboardingPage {
  constructor(readonly page: Page) {}

  wizard(): Locator {
    return this.page.getByRole('dialog', { name: /首次使用/ });
  }

  async waitStep(step: number): Promise<void> {
    await this.page.getByRole('dialog', { name: new RegExp(`第 ${step} 步`) }).waitFor();
  }

  field(label: string): Locator {
    return this.wizard().getByLabel(label, { exact: true });
  }

  async fillPlace(county: string, town: string): Promise<void> {
    await this.field('县*').fill(county);
    await this.field('镇(乡)*').fill(town);
    await this.wizard().getByRole('button', { name: '下一步' }).click();
    await this.waitStep(2);
  }

  async fillSigners(values: { filledBy: string; reviewedBy?: string; phone: string }): Promise<void> {
    await this.field('填表人*').fill(values.filledBy);
    if (values.reviewedBy) await this.field('审核人').fill(values.reviewedBy);
    await this.field('联系电话*').fill(values.phone);
    await this.wizard().getByRole('button', { name: '保存并继续' }).click();
  }

  settingsSection(): Locator {
    return this.page.getByRole('region', { name: '台账信息' });
  }
}
