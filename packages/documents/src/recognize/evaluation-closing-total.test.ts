// 自评表 copied one cell per line (issue 12's `lines` layout): the budget block's total line (合计 | 10 | 10 | 20 …) comes
// before the table and the form's own 合计 | 99.6 closes it; an actual of 0 beside a target counted in a measure word.
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { readTextRows } from '../text/read-text.ts';
import { normalizeRows } from '../rows/normalize-rows.ts';
import { recognizeDocument } from './recognize-forms.ts';

function read(lines: string[]): SelfEvaluationDocument {
  const doc = recognizeDocument(normalizeRows(readTextRows(lines.join('\n')))).evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const head = [
  '绩效目标自评表',
  '项目名称',
  '水土保持监测',
  '部门名称',
  '水土保持科研所',
  '项目资金(万元)',
  '年初预算数',
  '调整后预算数',
  '执行数(B)',
  '权重',
  '预算执行率',
  '得分',
  '合计',
  '10',
  '10',
  '20',
  '100%',
  '20',
];
const table = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标目标值',
  '指标得分(分)',
  '全年实际完成值',
  '产出指标',
  '数量指标',
  '整编资料审核',
  '98%',
  '19.6',
  '98%',
  '质量指标',
  '监测数据必须合格',
  '100%',
  '10',
  '100%',
];

describe('the form’s total in a copy one cell per line', () => {
  it('is the 合计 closing the table, not the budget block’s total line', () => {
    const doc = read([...head, ...table, '合计', '99.6']);
    expect(doc.total).toBe('99.6');
  });

  it('is the 总分 line after the table as before, its 分值 and 得分', () => {
    const doc = read([...head, ...table, '总分', '100', '99.6']);
    expect(doc).toMatchObject({ totalWeight: '100', total: '99.6' });
  });
});

describe('an actual of 0 beside a target counted in a measure word', () => {
  const form = (actual: string) =>
    read([
      '项目绩效自评表',
      '项目名称',
      '大气污染防治资金',
      '主管单位',
      '大气环境科',
      '一级指标',
      '二级指标',
      '指标名称',
      '年初目标值',
      '全年实际完成值',
      '偏差原因',
      '效益指标',
      '生态效益指标',
      '建设环境空气质量自动监测子站',
      '11个',
      actual,
    ]);

  it('is the actual (nothing done), not a deviation reason', () => {
    const doc = form('0');
    expect(doc.indicators[0]).toMatchObject({ deviationReason: null });
    expect(doc.indicators[0]!.actual.raw).toBe('0');
  });

  it('keeps another bare figure the actual as before', () => {
    expect(form('9个').indicators[0]!.actual.raw).toBe('9个');
  });
});
