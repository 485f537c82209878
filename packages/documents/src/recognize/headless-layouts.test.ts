import { describe, expect, it } from 'vitest';
import { printsOperatorCells } from './headless-evaluation.ts';

describe('a table that prints its comparators in cells of their own', () => {
  it('is told by two such cells or more (wide/346: 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5)', () => {
    expect(
      printsOperatorCells([
        '安全隐患排查成本预算',
        '=',
        '6',
        '万元',
        '6',
        '5',
        '环境治理亮化美化率',
        '≥',
        '90',
      ]),
    ).toBe(true);
  });

  it('is not one whose comparators ran into the values, or that prints one alone', () => {
    expect(printsOperatorCells(['足额保障率=100% 22.5', '科目调整次数≤10次 22.5'])).toBe(false);
    expect(printsOperatorCells(['群众满意度', '≥', '95%'])).toBe(false);
  });
});
