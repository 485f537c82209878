import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { isScoringNote, withoutStrayNotes } from './evaluation-notes.ts';

describe('the notes a copy prints between a 自评表’s rows', () => {
  it('knows the 得分计算方法 column’s text', () => {
    expect(
      isScoringNote('定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。'),
    ).toBe(true);
    expect(isScoringNote('定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)来记分。')).toBe(true);
    expect(isScoringNote('免费开放管理制度健全、执行有效性 100% 100% 12.5 12.5')).toBe(false);
  });

  it('drops a lone (30分) that follows no 一级 name, and keeps one that closes it', () => {
    const texts = (rows: string[]) => withoutStrayNotes(rows.map((t) => paragraph(t))).map((r) => r.cells[0]);
    expect(texts(['成本指标 成本 45万 45万 12.5 12.5', '(30分)', '经济效益'])).toEqual([
      '成本指标 成本 45万 45万 12.5 12.5',
      '经济效益',
    ]);
    expect(texts(['产出', '指标', '(50分)'])).toEqual(['产出', '指标', '(50分)']);
  });
});

describe('a 自评表 copied as space-separated lines, one row a line (济南 历城 template)', () => {
  // Made for this test after wide/256 (山东): 年初预算数(A) without 全年预算数, 预期指标值(A) | 实际完成指标值(B)
  // | 分值 | 得分 | 未完成原因 | 得分计算方法, the 一级 names lost and the method's text on lines of its own.
  const text = [
    '区级部门预算项目支出绩效自评表',
    '项目名称 某某服务经费 主管部门 某某区文化和旅游局',
    '项目实施单位 某某区文化馆 项目负责人 张三 联系电话 88880000',
    '项目预算',
    '执行情况',
    '(10分)',
    '  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法',
    '年度资金总额 60 48 10 80% 8 执行率*该指标分值,最高不得超过分值上限。',
    '一级',
    '指标',
    '二级',
    '指标',
    '三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法',
    '(50分)',
    '数量指标 开放天数 300天 300天 25 25  ',
    '定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。',
    '定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。',
    '-          ',
    '质量指标 开放率 100% 100% 25 25  ',
    '-          ',
    '(30分)',
    '社会效益',
    '指标',
    '服务群众人次 5000人次 5000人次 30 30  ',
  ].join('\n');

  it('reads every indicator row and the budget the year ran on', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['开放天数', '300天', '300天', '25', '25'],
      ['开放率', '100%', '100%', '25', '25'],
      ['服务群众人次', '5000人次', '5000人次', '30', '30'],
    ]);
    expect([doc?.budget.initial, doc?.budget.annual, doc?.budget.executed]).toEqual(['60', '60', '48']);
  });
});
