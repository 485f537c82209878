import { describe, expect, it } from 'vitest';
import { atomsOf, looseAnswers } from './evaluation-atoms.ts';
import { isOperatorCell } from './evaluation-cells.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';

// Invented rows in the shape of a 重庆 部门整体绩效自评表 run together (a library's preview of a .docx): 指标名称 |
// 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标.
const HEAD = ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)'];
const TAIL = ['指标权重(分)', '指标得分(分)', '是否核心指标'];
const columns = [...HEAD, ...TAIL].map((h) => indicatorColumnOf(h)) as IndicatorColumn[];
const rowsOf = (text: string) =>
  readFusedRows(atomsOf([text]), columns, { maxWeight: null }).map((r) => [r.name, r.cells]);

describe('the columns of the 重庆 部门整体 自评表', () => {
  it('knows 得分系数 as a column of its own and the adjustment and core mark as remarks', () => {
    expect(columns).toEqual([
      'name',
      'unit',
      'op',
      'target',
      'remark',
      'actual',
      'coefficient',
      'weight',
      'score',
      'remark',
    ]);
  });

  it('reads 定量指标 / 定性指标 as what a 指标性质 column holds', () => {
    expect(isOperatorCell('定量指标')).toBe(true);
    expect(isOperatorCell('定性指标')).toBe(true);
    expect(isOperatorCell('定量')).toBe(true);
  });
});

describe('rows run together under that header', () => {
  it('takes the figure after an empty 调整指标值 as the actual, the 100% after it as the coefficient', () => {
    expect(rowsOf('办公用房面积控制率%定量指标100%92%100%22否')).toEqual([
      [
        '办公用房面积控制率',
        {
          unit: '%',
          op: '定量指标',
          target: '100%',
          actual: '92%',
          coefficient: '100%',
          weight: '2',
          score: '2',
          remark: '否',
        },
      ],
    ]);
  });

  it('gives a 是 / 否 glued to the next name to the row before', () => {
    const rows = rowsOf('会议费控制率%100%90%100%22否公务接待费下降率%5%6%100%33是');
    expect(rows.map(([name]) => name)).toEqual(['会议费控制率', '公务接待费下降率']);
    expect(rows[0]![1]).toMatchObject({ actual: '90%', weight: '2', score: '2', remark: '否' });
    expect(rows[1]![1]).toMatchObject({ target: '5%', actual: '6%', remark: '是' });
  });

  it('cuts a 指标性质 word the OCR scrambled off a name run into its repeated value', () => {
    const rows = rowsOf('档案管理规范性性标定指优优100%44否');
    expect(rows.map(([name]) => name)).toEqual(['档案管理规范性']);
    expect(rows[0]![1]).toMatchObject({
      op: '定性指标',
      target: '优',
      actual: '优',
      weight: '4',
      score: '4',
    });
  });
});

describe('a 是 / 否 answer glued to the next words', () => {
  const texts = (text: string) => looseAnswers(atomsOf([text])).map((a) => a.text);

  it('is a piece of its own after a row’s last figures', () => {
    expect(texts('100%22否基础信息完善')).toEqual(['100%', '22', '否', '基础信息完善']);
  });

  it('leaves a name opening with 是否 whole', () => {
    expect(texts('100%22是否按时完成')).toEqual(['100%', '22', '是否按时完成']);
  });

  it('leaves words that follow no figure whole', () => {
    expect(texts('否决事项办理率')).toEqual(['否决事项办理率']);
  });

  it('leaves a value opening with 是 after a lone figure whole (8是基本达到: 分值, then the target)', () => {
    expect(texts('种薯推广面积8是基本达到')).toEqual(['种薯推广面积', '8', '是基本达到']);
  });
});
