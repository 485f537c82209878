// Issue 12, fresh templates: a 自评表 preview copied with one space between its cells (苏州's 市级财政支出项目绩效
// 自评表) — the spaces between words part cells there, and only the one beside a lone character is a wrap.
import { describe, expect, it } from 'vitest';
import { cleanCell } from './clean-cell.ts';

describe('cleanCell and spaces between Han characters', () => {
  it('keeps the space parting a name from its word target in a run of cells parted by spaces', () => {
    expect(cleanCell('招标过程规范性 规范 2.8 好 2.8项目日常进度管理情况 完整 2.8 好 2.8')).toBe(
      '招标过程规范性 规范 2.8 好 2.8项目日常进度管理情况 完整 2.8 好 2.8',
    );
  });

  it('drops the space beside a lone character in such a run: a word wrapped inside its cell', () => {
    expect(cleanCell('保洁 及时,整 洁 5.6 及时,整 洁 5.6植物状况 健康 5.6 健康 5.6')).toBe(
      '保洁 及时,整洁 5.6 及时,整洁 5.6植物状况 健康 5.6 健康 5.6',
    );
  });

  it('still joins words a PDF letter-spaced or parted, outside a run of figures', () => {
    expect(cleanCell('项 目 名 称')).toBe('项目名称');
    expect(cleanCell('年度 指标值')).toBe('年度指标值');
    expect(cleanCell('完成 培训 500人次')).toBe('完成培训 500人次');
  });
});
