import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { isAttachmentMark, opensInsideBracket } from './attachment-mark-cell.ts';
import { titleKind } from './titles.ts';

describe('an attachment’s number in a cell of its own', () => {
  it('is no part of the title the row holds', async () => {
    // Made for this test: a notice's attachment copied with its number and title run into one row.
    const f = await readProjectText(
      [
        '请按绩效目标做好绩效监控。',
        '附件2 | 某某区2024年老旧小区改造项目绩效目标表 |',
        '项目名称 | 老旧小区改造 |',
        '主管部门 | 某某区住建局 |',
        '年度资金总额 | 300 |',
        '一级指标 | 二级指标 | 三级指标 | 指标值 |',
        '产出指标 | 数量指标 | 改造小区数 | 6个 |',
      ].join('\n'),
    );
    expect(f.title).toBe('某某区2024年老旧小区改造项目绩效目标表');
    expect(f.name).toBe('老旧小区改造');
  });

  it('knows the mark from a cell that says more', () => {
    expect(isAttachmentMark('附件2')).toBe(true);
    expect(isAttachmentMark('附表一：')).toBe(true);
    expect(isAttachmentMark('附件1-2')).toBe(true);
    expect(isAttachmentMark('附件2:某某表')).toBe(false);
    expect(isAttachmentMark('附件')).toBe(false);
  });
});

describe('a line opening inside a bracket', () => {
  it('is the tail of a broken line, no title', () => {
    expect(opensInsideBracket('应急救助)资金绩效目标表')).toBe(true);
    expect(titleKind('应急救助）资金绩效目标表')).toBeNull();
    // A title whose brackets open before they close is one.
    expect(opensInsideBracket('某某补助(第二批应急救助)资金绩效目标表')).toBe(false);
    expect(titleKind('2025年某某补助（第二批应急救助）资金绩效目标表')).toBe('project');
  });
});
