// A 自评表 whose indicator header prints 指标性质 | 指标方向 before the 年度指标值 and its 计量单位 after the
// 实际完成值 (a 内蒙古 决算公开 page): 指标性质 holds 正向, 指标方向 the comparison in words (大于等于 | 1 | 1 | 次).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isOperatorCell } from './evaluation-cells.ts';
import { composeTarget } from './evaluation-table.ts';
import { foldLowerHeaderRow } from './evaluation-two-row-band.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

describe('a 指标方向 column with the comparison in words', () => {
  it('reads a comparison word alone in its cell as an operator cell', () => {
    expect(isOperatorCell('大于等于')).toBe(true);
    expect(isOperatorCell('小于或等于')).toBe(true);
    expect(isOperatorCell('等于')).toBe(true);
    // A word that merely starts like one is a name or a value, not a comparator.
    expect(isOperatorCell('等于零的比例')).toBe(false);
    expect(isOperatorCell('大于')).toBe(true);
  });

  it('takes the comparator from whichever of two 指标性质 columns holds one', () => {
    const cells: Partial<Record<IndicatorColumn, string>> = { op: '正向；大于等于', target: '1', unit: '次' };
    composeTarget(cells);
    expect(cells.target).toBe('大于等于1次');
    const symbol: Partial<Record<IndicatorColumn, string>> = { op: '正向；≤', target: '5', unit: '%' };
    composeTarget(symbol);
    expect(symbol.target).toBe('≤5%');
    // 正向 alone says the kind of target, not how it compares.
    const kindOnly: Partial<Record<IndicatorColumn, string>> = { op: '正向', target: '100', unit: '%' };
    composeTarget(kindOnly);
    expect(kindOnly.target).toBe('100%');
  });

  it('keeps a one-row header whose 计量单位 follows the 实际完成值 as it is', () => {
    const labels: IndicatorColumn[] = [
      'level1',
      'level2',
      'name',
      'op',
      'op',
      'target',
      'actual',
      'unit',
      'weight',
      'score',
      'reason',
    ];
    expect(foldLowerHeaderRow(labels)).toEqual(labels);
  });

  it('reads target, actual, weight and score of such a table copied as pipe rows', async () => {
    // Made for this test after wide/433 (one cell per line, each closed by " |").
    const text = [
      '项目支出绩效自评表 (2024年度) |',
      '项目名称 |',
      '某某业务支出项目 |',
      '主管部门 |',
      '某市某局 |',
      '实施单位 |',
      '某市某局某分局 |',
      '||||||||',
      '绩效指标 |',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '指标性质 |',
      '指标方向 |',
      '年度指标值 |',
      '实际完成值 |',
      '计量单位 |',
      '分值 |',
      '得分 |',
      '偏差原因分析及改进措施 |',
      '|',
      '产出指标 |',
      '数量指标 |',
      '指标1:培训次数(次) |',
      '正向 |',
      '大于等于 |',
      '4 |',
      '5 |',
      '次 |',
      '20 |',
      '20 |',
      '|',
      '|',
      '|',
      '质量指标 |',
      '指标1:培训合格率 |',
      '正向 |',
      '等于 |',
      '100 |',
      '98 |',
      '% |',
      '20 |',
      '19 |',
      '|',
      '总分 |',
      '100 |',
      '99 |',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'direction.txt');
    expect(out.ok).toBe(true);
    const form = out.ok ? out.evaluations[0] : undefined;
    const rows = form?.kind === 'self-evaluation' ? form.indicators : [];
    expect(rows.map((r) => [r.name, r.target.raw, r.actual.raw, r.weight, r.score])).toEqual([
      ['培训次数(次)', '大于等于4次', '5', '20', '20'],
      ['培训合格率', '等于100%', '98', '20', '19'],
    ]);
  });
});
