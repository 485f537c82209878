// The department of a 部门预算 page named only by its 综合预算 sentence (天津 河西务镇 fresh/636, 大竹 永胜镇 fresh/637).
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';
import { unitOfBudgetScope } from './disclosure-budget-scope.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));

describe('the department a 综合预算 sentence names', () => {
  it('is the subject whose income and spending all go into the budget', () => {
    expect(
      unitOfBudgetScope([
        '按照综合预算的原则,大竹县永胜镇人民政府所有收入和支出均纳入部门预算管理。收入包括:…',
      ]),
    ).toBe('大竹县永胜镇人民政府');
    expect(unitOfBudgetScope(['按照综合预算的原则，某某县教育局所有收入和支出都纳入部门预算管理。'])).toBe(
      '某某县教育局',
    );
  });

  it('is none where the sentence says 我单位 / 本部门 or is not there', () => {
    expect(unitOfBudgetScope(['按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。'])).toBeNull();
    expect(unitOfBudgetScope(['大竹县永胜镇人民政府2024年收支总预算1137.66万元。'])).toBeNull();
  });

  it('names the disclosure whose title and profile name none', () => {
    const rows = lines([
      '一、部门预算单位构成',
      '大竹县永胜镇人民政府属行政单位,下属事业单位4个。',
      '二、收支预算情况说明',
      '按照综合预算的原则,大竹县永胜镇人民政府所有收入和支出均纳入部门预算管理。2024年收支总预算11376591.44元。',
    ]);
    expect(readDisclosure(rows, null).disclosure.department).toBe('大竹县永胜镇人民政府');
  });
});
