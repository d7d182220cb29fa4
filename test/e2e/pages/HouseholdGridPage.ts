import type { Page } from 'playwright-core';
import { LedgerGridPage } from './LedgerGridPage';

/** 户信息 grid. */
export class HouseholdGridPage extends LedgerGridPage {
  constructor(page: Page) {
    super(page, '户信息列表', '户');
  }
}
