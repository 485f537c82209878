import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { mentionedTargetTitle } from './mentioned-title.ts';
import type { Row } from '../rows/row.ts';

// An evaluation report copied from a library's preview runs its 项目绩效目标表 into the cover's last value
// (wide/535's shape). Made for these tests in that shape; names and figures invented.
const REPORT = [
  '1、财政支出项目绩效评价报告 评价类型:完成结果评价 项目名称: 某某调研项目 项目单位: 某某研究中心 上报时间:2013年4月 25 日10项目绩效目标表项目名称:某某调研项目指标类型绩效指标年初绩效目标',
].join('\n');

const row = (cells: string[]): Row => ({ cells }) as Row;

describe('a target form’s title inside running text', () => {
  it('is found inside a longer cell, not where the title stands alone', () => {
    expect(mentionedTargetTitle([row(['上报时间:2013年4月25日10项目绩效目标表项目名称:某某'])])).toBe(
      '项目绩效目标表',
    );
    expect(mentionedTargetTitle([row(['项目绩效目标表'])])).toBeNull();
    expect(mentionedTargetTitle([row(['某某中心2023年部门整体支出绩效目标表的说明如下'])])).toBe(
      '部门整体支出绩效目标表',
    );
  });

  it('names the form in the reason when nothing is read', async () => {
    const out = await importBuffer(new TextEncoder().encode(REPORT), 'report.txt');
    if (out.ok) throw new Error('a form was read');
    expect(out.error.code).toBe('no-form-found');
    expect(out.error.message).toContain('“项目绩效目标表”');
  });
});
