import { describe, expect, it } from 'vitest';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests in the shape of the template variants of wide/391 and wide/432 copied with single spaces
// between cells (test/corpus/variants.ts, narrow): an empty 未完成原因 cell leaves no trace, so a row's two
// texts stand for the columns either side of it.
const selfEvaluation = (lines: string[]) => selfEvaluationOfLines(lines, 'copy.txt');

const head = [
  '绩效目标自评表',
  '项目(专项)名称 某某文物保护专项经费',
  '主管部门及代码 某区文化和旅游局',
  '项目资金(元) 全年预算数(A) 290000.00',
  '项目资金(元) 全年执行数(B) 278000.00',
];

describe('a copy that dropped the empty reason cell between two text columns', () => {
  it('reads the two texts as the actual and the target, not the actual and a reason', async () => {
    const doc = await selfEvaluation([
      ...head,
      '一级指标 二级指标 三级指标名称 自评得分 权重分值 全年实际值 未完成原因分析 目标值',
      '产出指标 数量指标 修缮建筑数量 7 7 完成三处宗祠日常维护和石刻护栏制装 完成三处宗祠日常维护和石刻护栏制装',
      '效益指标 社会效益指标 文物价值展示 15 15 程度较高提升明显 加大文物保护展示文物价值',
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['修缮建筑数量', '完成三处宗祠日常维护和石刻护栏制装', '完成三处宗祠日常维护和石刻护栏制装'],
      ['文物价值展示', '加大文物保护展示文物价值', '程度较高提升明显'],
    ]);
  });
});

describe('a header band whose upper row prints the value headings its lower row prints again', () => {
  it('reads one set of value columns: the target and the actual of each row', async () => {
    const doc = await selfEvaluation([
      ...head,
      '绩效指标 未完成原因和改进措施 年度指标值 全年实际完成值',
      '一级指标 二级指标 三级指标名称 未完成原因和改进措施 年度指标值 全年实际完成值',
      '产出指标 数量指标 管理面积 =230亩 =230亩',
      '产出指标 质量指标 保护合格率 =100% =98%',
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['管理面积', '=230亩', '=230亩'],
      ['保护合格率', '=100%', '=98%'],
    ]);
  });
});
