import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { titleKind } from './titles.ts';

describe('a title written as a file name', () => {
  it('opens a target form when a download page titles it with its file name', () => {
    expect(titleKind('鄂州市2022年市直部门预算项目支出绩效目标表.docx')).toBe('project');
    expect(titleKind('某某局部门整体支出绩效目标申报表.xls')).toBe('department');
  });

  it('opens nothing for a file name that is no target form (a 自评表 is read from its whole text)', () => {
    expect(titleKind('部门整体支出绩效自评表(4).docx')).toBeNull();
    expect(titleKind('会议纪要.docx')).toBeNull();
  });
});

describe('a 部门决算公开', () => {
  it('is a disclosure like the 部门预算公开 it follows, its department and year read from its title', async () => {
    // Made for this test after a 上海 街道 page: the package title, then its table of contents.
    expect(titleKind('某某街道办事处2017年度部门决算公开')).toBe('disclosure');
    const text = [
      '某市某区某某街道办事处2017年度部门决算公开',
      '目录',
      '一、收入支出决算总表',
      '二、收入决算表',
      '三、支出决算表',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
    expect(d && d.kind === 'disclosure' ? [d.department, d.year] : null).toEqual([
      '某市某区某某街道办事处',
      2017,
    ]);
  });
});
