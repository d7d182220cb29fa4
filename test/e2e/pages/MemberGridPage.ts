import type { Page } from 'playwright-core';
import { LedgerGridPage } from './LedgerGridPage';

/** 家庭成员 grid. */
export class MemberGridPage extends LedgerGridPage {
  constructor(page: Page) {
    super(page, '家庭成员列表', '人');
  }
}
