/** A modal dialog (新增户, 新增成员, 成员移出, 注销户) addressed by its title and field labels. */
import type { Locator, Page } from 'playwright-core';

function labelPattern(label: string): RegExp {
  return new RegExp(`^${label}\\*?$`);
}

export class DialogPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    title: string | RegExp,
  ) {
    this.root = page.getByRole('dialog', { name: title });
  }

  /** A field by its label text without the required mark (“村*” is found as 村). */
  field(label: string): Locator {
    return this.root.getByLabel(labelPattern(label));
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  async choose(option: string): Promise<void> {
    await this.root.getByRole('radio', { name: option }).check();
  }

  async press(button: string): Promise<void> {
    await this.root.getByRole('button', { name: button, exact: true }).click();
  }

  /** The message shown under a field (validation by the shared parser). */
  fieldMessage(label: string): Locator {
    // `has` takes a locator relative to each candidate, hence one built from the page.
    return this.root.locator('.form-field').filter({ has: this.page.getByLabel(labelPattern(label)) }).locator('.field-error, .field-hint');
  }

  async waitClosed(): Promise<void> {
    await this.root.waitFor({ state: 'detached' });
  }
}
