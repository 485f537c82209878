import { describe, expect, it } from 'vitest';
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
