import { describe, expect, it } from 'vitest';
import { readTextRows } from '../text/read-text.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';
import { isOperatorCell, placeCells } from './evaluation-cells.ts';
import { composeTarget } from './evaluation-table.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const COLUMNS: IndicatorColumn[] = [
  'level1',
  'level2',
  'name',
  'op',
  'target',
  'unit',
  'actual',
  'weight',
  'score',
  'reason',
];

describe('placing a 自评表 row by what its cells hold', () => {
  it('gives the number after a 指标性质 to the target, also in a row cut off before its weight', () => {
    expect(placeCells(['产出指标', '质量指标', '资金支付率', '=', '100'], COLUMNS)).toEqual([
      '产出指标',
      '质量指标',
      '资金支付率',
      '=',
      '100',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('gives a figure written with its comparator to the 指标值 where the 实际完成值 before it was left blank', () => {
    const columns: IndicatorColumn[] = ['level1', 'level2', 'name', 'actual', 'target', 'reason'];
    for (const target of ['=100', '≥95%', '不低于90%'])
      expect(placeCells(['产出指标', '成本指标', '完成产品购买', target], columns)).toEqual([
        '产出指标',
        '成本指标',
        '完成产品购买',
        '',
        target,
        '',
      ]);
    // A bare figure tells nothing: it stays in the first column it fits.
    expect(placeCells(['产出指标', '成本指标', '完成产品购买', '100'], columns)[3]).toBe('100');
    // Both printed: each keeps its place, the comparator or not.
    expect(placeCells(['产出指标', '成本指标', '完成产品购买', '≥95%', '≥95%'], columns).slice(3, 5)).toEqual(
      ['≥95%', '≥95%'],
    );
  });

  it('reads the small-form comparators (﹦ ﹤ ﹥) of a 指标性质 column as operators', () => {
    // source: wide/122_selfeval.txt (丽江市古城区, 云南) prints ﹦ | 100 | %
    expect(['﹦', '﹥', '﹤'].map(isOperatorCell)).toEqual([true, true, true]);
    expect(isOperatorCell('﹦100')).toBe(false);
    expect(
      placeCells(['质量指标', '项目验收合格率', '﹦', '100', '%', '100', '20', '19'], COLUMNS).slice(3, 9),
    ).toEqual(['﹦', '100', '%', '100', '20', '19']);
    const cells: Partial<Record<IndicatorColumn, string>> = { op: '﹦', targetValue: '100', unit: '%' };
    composeTarget(cells);
    expect(cells.target).toBe('﹦100%');
  });

  it('gives the actual and the 分值 of a row cut before its 得分 where the two figures differ in printed places', () => {
    // Made for this test after wide/122 (云南 丽江) copied without borders: its last row stops after 分值 10.00.
    expect(
      placeCells(
        ['满意度指标', '服务对象满意度指标', '满意度', '≥', '95', '%', '95', '10.00'],
        COLUMNS,
      ).slice(6, 9),
    ).toEqual(['95', '10.00', '']);
    // Figures printed alike still fill 分值 and 得分.
    expect(
      placeCells(['质量指标', '验收合格率', '≥', '95', '%', '20.00', '19.00'], COLUMNS).slice(6, 9),
    ).toEqual(['', '20.00', '19.00']);
  });

  it('gives the 度量单位 of a row whose 指标性质 is blank to the unit, not the actual', () => {
    // Issue 12's variants of docs/020 (湖南 衡山县): 指标性质 left blank, units 起 (a counter) and full-width ％.
    const cols: IndicatorColumn[] = ['level1', 'level2', 'name', 'op', 'target', 'unit', 'actual', 'reason'];
    expect(
      placeCells(['产出指标', '数量指标', '安全事件发生数', '０', '起', '０起'], cols).slice(4, 7),
    ).toEqual(['０', '起', '０起']);
    expect(placeCells(['质量指标', '储备到位率', '１００', '％', '１００％'], cols).slice(4, 7)).toEqual([
      '１００',
      '％',
      '１００％',
    ]);
    // A counter no list knows, between the target's figure and the actual's, is the unit too.
    expect(placeCells(['数量指标', '办结案件', '100', '件次', '98件次'], cols).slice(4, 7)).toEqual([
      '100',
      '件次',
      '98件次',
    ]);
    // A one-word actual after a target without unit stays the actual.
    expect(placeCells(['社会效益指标', '补贴保障率', '100', '无'], cols).slice(4, 8)).toEqual([
      '100',
      '',
      '无',
      '',
    ]);
    expect(
      placeCells(['社会效益指标', '补贴保障率', '100', '好', '按计划完成了全部任务'], cols).slice(4, 8),
    ).toEqual(['100', '', '好', '按计划完成了全部任务']);
  });

  it('still gives bare numbers without an operator before them to 分值 and 得分', () => {
    expect(placeCells(['产出指标', '质量指标', '资金支付率', '10', '9'], COLUMNS).slice(7, 9)).toEqual([
      '10',
      '9',
    ]);
  });
});

describe('template rows left empty', () => {
  const table = (extra: string) =>
    [
      '项目支出绩效自评表',
      '项目名称\t乡村道路养护项目',
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '年度资金总额\t50\t50\t50\t10\t100%\t10',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t养护道路里程\t≥12公里\t12公里\t50\t50\t',
      extra,
    ].join('\n');

  it('drops a row that keeps the template’s own name (指标2, ……) and no score', () => {
    const doc = recognizeSelfEvaluationDocument(
      readTextRows(table('\t\t指标2\t\t\t\t\t')),
      '项目支出绩效自评表',
    );
    expect(doc?.indicators.map((i) => i.name)).toEqual(['养护道路里程']);
  });

  it('keeps a filled row whatever its name', () => {
    const doc = recognizeSelfEvaluationDocument(
      readTextRows(table('\t质量指标\t验收合格率\t100%\t100%\t40\t40\t')),
      '项目支出绩效自评表',
    );
    expect(doc?.indicators.map((i) => i.name)).toEqual(['养护道路里程', '验收合格率']);
  });
});

describe('a row whose empty cells were lost, with a text between its name and its target', () => {
  // Issue 12's copied layouts: a 监控表 copied as text aligned with spaces dropped the empty 偏差原因.
  const columns: IndicatorColumn[] = ['level1', 'level2', 'name', 'actualToDate', 'reason', 'target'];

  it('reads the text as the actual, not as a reason that would explain a blank actual', () => {
    const cells = ['产出指标', '成本指标', '成本', '按进度执行，已使用约40％', '年度预算220万元'];
    expect(placeCells(cells, columns).slice(3)).toEqual(['按进度执行，已使用约40％', '', '年度预算220万元']);
  });

  it('keeps a reason beside an actual', () => {
    const cells = ['产出指标', '成本指标', '成本', '已使用约40％', '资金拨付晚于计划进度', '年度预算220万元'];
    expect(placeCells(cells, columns).slice(3)).toEqual([
      '已使用约40％',
      '资金拨付晚于计划进度',
      '年度预算220万元',
    ]);
  });
});
