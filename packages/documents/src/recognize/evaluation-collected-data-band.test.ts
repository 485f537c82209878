import { describe, expect, it } from 'vitest';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';
import { collectedDataLabels } from './evaluation-collected-data-band.ts';
import { titleKind } from './titles.ts';

// Made for these tests after fresh/603 (吉林, a 专项经费绩效评价表 as its web page shows it, copied from the browser):
// 计量单位 before 目标值(标准), a 权重 or 分值 after each level, 采集数据项 over 数据项1 | 数据项2, then 指标值; the
// header printed again over empty blocks, 目标值 / (标准) broken over two lines.
const tab = (...cells: string[]) => cells.join('\t');
const lines = [
  '某某发展战略专项经费绩效评价表',
  tab(
    '一级指标',
    '权重',
    '二级指标',
    '分值',
    '三级指标',
    '计量单位',
    '目标值(标准)',
    '分值',
    '采集数据项',
    '指标值',
  ),
  tab('数据项1', '数据项2'),
  tab('预算绩效', '100', '预算管理', '60', '预算执行进度(6月)', '%', '45%', '30', '', '', ''),
  tab('预算调整次数', '次', '0', '30', '', '/', ''),
  tab('财务管理', '40', '是否存在违规行为', '是/否', '否', '40', '', '/', ''),
  tab('一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值'),
  tab('(标准)', '分值', '采集数据项'),
  tab('数据项1', '理由'),
  tab('项目效果', '0', '经济效益', ' ', ' ', ' ', ' ', ' ', ' '),
  tab('环境效益', ' ', ' ', ' ', ' ', ' ', ' '),
  tab('总分', '100', '得分', '', ' '),
];

describe('an evaluation sheet titled after its fund (…专项经费绩效评价表)', () => {
  it('is a 自评表, as a …项目绩效评价表 or …资金绩效评价表 is', () => {
    expect(titleKind('某某发展战略专项经费绩效评价表')).toBe('self-evaluation');
    expect(titleKind('某某项目绩效评价表')).toBe('self-evaluation');
  });
});

describe('an evaluation sheet whose 采集数据项 stands over 数据项1 | 数据项2, then 指标值', () => {
  it('reads each row’s target after its 计量单位 and its points, not the headings as rows', async () => {
    const doc = await selfEvaluation(lines);
    expect(doc.name).toBe('某某发展战略专项经费');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.weight])).toEqual([
      ['预算执行进度(6月)', '45%', '30'],
      ['预算调整次数', '0次', '30'],
      ['是否存在违规行为', '否', '40'],
    ]);
  });

  it('files the rows under the sheet’s own levels (预算绩效 / 预算管理, 财务管理)', async () => {
    const doc = await selfEvaluation(lines);
    expect(doc.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['预算绩效', '预算管理'],
      ['预算绩效', '预算管理'],
      ['预算绩效', '财务管理'],
    ]);
  });

  it('takes a 指标值 after the gathered figures for the value they give, and the heading over them as no column', () => {
    const labels = ['name', 'unit', 'target', 'weight', 'actual', 'targetValue', 'actual', 'actual'] as const;
    const rows = [0, 0, 0, 0, 0, 0, 1, 1];
    expect(collectedDataLabels(labels, rows)).toEqual([
      'name',
      'unit',
      'target',
      'weight',
      'actual',
      'actual',
      'actual',
    ]);
    // 年度指标值 over 指标性质 | 指标值 | 度量单位: no gathered figures after the target, the labels as they were.
    const grouped = ['name', 'target', 'op', 'targetValue', 'unit', 'actual'] as const;
    expect(collectedDataLabels(grouped, [0, 0, 1, 1, 1, 0])).toEqual([...grouped]);
    // 年度指标值 | 实际完成值 … 指标性质 | 指标值 | 度量单位 flattened into one row (docs/023): the target's value.
    const banded = ['target', 'actual', 'weight', 'name', 'op', 'targetValue', 'unit'] as const;
    expect(collectedDataLabels(banded, [0, 0, 0, 0, 0, 0, 0])).toEqual([...banded]);
  });
});
