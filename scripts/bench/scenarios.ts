/**
 * The scenario list of `npm run bench`. A scenario names its input (a cached ledger of `size`
 * people or a return workbook of `size` member rows), the task that runs the real code and the
 * floor task it is compared to. Entries without a task are slots other branches fill after merge.
 */
export interface Scenario {
  name: string;
  input: 'ledger' | 'xlsx' | 'xls' | 'csv';
  size: number;
  task?: string;
  floor?: string;
  target?: string;
  note?: string;
  /**
   * Each run in a new process: a cold start is only cold once per process, and an import's peak RSS
   * is then that import's own (not three imports' garbage in one heap).
   */
  processPerRun?: boolean;
}

export const SCENARIOS: Scenario[] = [
  { name: 'import-xlsx', processPerRun: true, input: 'xlsx', size: 100_000, task: 'import', floor: 'floor-xlsx', target: '≤1.5x floor, ≤500 MB' },
  { name: 'reimport-xlsx', input: 'xlsx', size: 100_000, task: 'reimport', floor: 'floor-xlsx', target: '≤1.5x floor, ≤500 MB' },
  { name: 'import-xls', processPerRun: true, input: 'xls', size: 65_000, task: 'import', floor: 'floor-sheetjs', target: '≤1.5x floor, ≤500 MB' },
  { name: 'import-csv-gbk', processPerRun: true, input: 'csv', size: 100_000, task: 'import', floor: 'floor-sheetjs', target: '≤1.5x floor, ≤500 MB' },
  { name: 'warnings-1m', input: 'ledger', size: 1_000_000, task: 'warnings', floor: 'floor-warnings', target: '≤1.5x floor' },
  { name: 'grid-1m', input: 'ledger', size: 1_000_000, task: 'grid', target: 'first rows ≤1000 ms; sort/search ≤300 ms; server ≤400 MB' },
  { name: 'cold-start-1m', input: 'ledger', size: 1_000_000, task: 'cold-start', processPerRun: true, target: 'server ≤400 MB' },
  { name: 'logic-check-1m', input: 'ledger', size: 1_000_000, task: 'logic-check', floor: 'floor-checks', target: '≤1.5x floor' },
  { name: 'needs-sheet-100k', input: 'ledger', size: 100_000, task: 'needs-sheet', floor: 'floor-needs-sheet', target: '≤1.5x floor' },
];
