import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../../../renderer/features/help/markdown-blocks';

describe('the help text reader', () => {
  it('reads headings, joined Chinese paragraphs, lists, notes, images and tables', () => {
    const blocks = parseMarkdown(
      [
        '# 守底台账使用说明',
        '',
        '第一行',
        '第二行',
        '',
        '## 每月例行工作',
        '1. 导入**村里**的表',
        '2. 点`确认导入`',
        '- 一项',
        '> 演示数据是编造的。',
        '![导入预览](images/import-preview.png)',
        '| 模板 | 谁填 |',
        '| --- | --- |',
        '| 家庭成员信息表 | 村 |',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: '守底台账使用说明' },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '第一行第二行' }] },
      { kind: 'heading', level: 2, text: '每月例行工作' },
      {
        kind: 'list',
        ordered: true,
        items: [
          [
            { kind: 'text', text: '导入' },
            { kind: 'strong', text: '村里' },
            { kind: 'text', text: '的表' },
          ],
          [
            { kind: 'text', text: '点' },
            { kind: 'code', text: '确认导入' },
          ],
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '一项' }]] },
      { kind: 'note', inlines: [{ kind: 'text', text: '演示数据是编造的。' }] },
      { kind: 'image', alt: '导入预览', src: 'images/import-preview.png' },
      { kind: 'table', header: [[{ kind: 'text', text: '模板' }], [{ kind: 'text', text: '谁填' }]], rows: [[[{ kind: 'text', text: '家庭成员信息表' }], [{ kind: 'text', text: '村' }]]] },
    ]);
  });

  it('keeps HTML and unmatched markers as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> **未闭合')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> **未闭合' }]);
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script>' }] }]);
  });
});
