import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTRIBUTE, fileProblem, MAX_FILE_BYTES } from '../../../../../renderer/features/imports/file-kinds';

describe('files the import takes', () => {
  it('takes .xlsx, .xls, .csv and .ods whatever the case of the extension', () => {
    for (const name of ['青云村7月.xlsx', '旧模板.XLS', '导出.csv', '报表.ods']) expect(fileProblem({ name, size: 1000 })).toBeNull();
    expect(ACCEPT_ATTRIBUTE).toBe('.xlsx,.xls,.csv,.ods');
  });

  it('refuses a document that is not a table, naming the file and what it takes', () => {
    const problem = fileProblem({ name: '通知.pdf', size: 1000 });
    expect(problem).toContain('通知.pdf');
    expect(problem).toContain('.xlsx、.xls、.csv、.ods');
  });

  it('refuses an empty file and one over 60 MB before reading it', () => {
    expect(fileProblem({ name: '空.xlsx', size: 0 })).toContain('空文件');
    expect(fileProblem({ name: '全县.xlsx', size: MAX_FILE_BYTES + 1 })).toContain('60 MB');
    expect(fileProblem({ name: '全镇.xlsx', size: MAX_FILE_BYTES })).toBeNull();
  });
});
