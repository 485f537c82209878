// The budget block of a 自评表 whose amounts were left blank and whose points (分值 | 得分) were printed: the
// points are read as points, not as amounts (得分 ÷ 分值 equals the 执行率, as 执行数 ÷ 预算数 would).
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { readTextRows } from '../text/read-text.ts';
import { normalizeRows } from '../rows/normalize-rows.ts';
import { recognizeDocument } from './recognize-forms.ts';
import { scoreAgrees } from './evaluation-budget.ts';

function read(lines: string[]): SelfEvaluationDocument {
  const doc = recognizeDocument(normalizeRows(readTextRows(lines.join('\n')))).evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const TABLE = [
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |',
  '| 产出指标 | 数量指标 | 管护面积 | ≥28万亩 | 28 | 10 | 10 |',
  '| 产出指标 | 质量指标 | 森林火灾受害率 | ≤0.9% | 0 | 10 | 10 |',
];

describe('a 自评表 budget block with blank amounts', () => {
  it('agrees on points when 得分 = 分值 × 执行率', () => {
    expect(scoreAgrees({ weight: '10', score: '7.93', rate: '79.27' })).toBe(true);
    expect(scoreAgrees({ weight: '10', score: '10', rate: '120' })).toBe(true);
    expect(scoreAgrees({ weight: '10', score: '9', rate: '79.27' })).toBe(false);
    // 100% cut into 1 | 0 | 0 agrees with nothing.
    expect(scoreAgrees({ weight: '1', score: '0', rate: '0' })).toBe(false);
  });

  it('reads 分值 and 得分 under their labels, not as the blank 预算数 and 执行数', () => {
    const doc = read([
      '项目支出绩效自评表',
      '| 项目名称 | 林业资源管护 | | | | | |',
      '| 项目资金(万元) | | 全年预算数(A) | 执行数(B) | 分值 | 得分 | 执行率(B/A) |',
      '| | 年度资金总额 | | | 10 | 7.93 | 79.27% |',
      ...TABLE,
    ]);
    expect(doc.budget).toMatchObject({
      annual: null,
      executed: null,
      weight: '10',
      score: '7.93',
      rate: '79.27',
    });
  });

  it('reads a full-width 执行率 whole beside blank points, not cut into 分值 | 执行率 | 得分', () => {
    const doc = read([
      '项目支出绩效自评表',
      '| 项目名称 | 县级储备粮 | | | | | |',
      '| 项目资金(万元) | | 全年预算数(A) | 全年执行数(B) | 权重 | 执行率(B/A) | 得分 |',
      '| | 资金总额 | 194.9 | 194.9 | | 100％ | |',
      ...TABLE,
    ]);
    expect(doc.budget).toMatchObject({
      annual: '194.9',
      executed: '194.9',
      rate: '100',
      weight: null,
      score: null,
    });
  });

  it('still reads amounts whose 执行率 agrees where the points are blank', () => {
    const doc = read([
      '项目支出绩效自评表',
      '| 项目名称 | 林业资源管护 | | | | | |',
      '| 项目资金(万元) | | 全年预算数(A) | 执行数(B) | 分值 | 得分 | 执行率(B/A) |',
      '| | 年度资金总额 | 10 | 7.93 | | | 79.27% |',
      ...TABLE,
    ]);
    expect(doc.budget).toMatchObject({ annual: '10', executed: '7.93', weight: null, score: null });
  });

  it('reads points alone one row each under amount labels left blank', () => {
    const rows = (points: string[]) => [
      '项目支出绩效自评表',
      '| 项目名称 | 林业资源管护 | |',
      '| 项目资金(万元) | 年初预算数 | |',
      '| 项目资金(万元) | 全年执行数 | |',
      ...points,
      ...TABLE,
    ];
    const points = read(rows(['| 项目资金(万元) | 分值 | 10 |', '| 项目资金(万元) | 得分 | 0 |']));
    expect(points.budget).toMatchObject({ weight: '10', score: '0' });
    // The table's header right under the block (… | 分值 | 得分) is the table's, not labels the block left blank.
    expect(points.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['管护面积', '10', '10'],
      ['森林火灾受害率', '10', '10'],
    ]);
    // A 执行率 left blank between them is still the block's.
    expect(
      read(
        rows([
          '| 项目资金(万元) | 得分 | 0 |',
          '| 项目资金(万元) | 执行率 | |',
          '| 项目资金(万元) | 分值 | 10 |',
        ]),
      ).budget,
    ).toMatchObject({ weight: '10', score: '0', rate: null });
    // A 分值 alone is no block's points.
    expect(read(rows(['| 项目资金(万元) | 分值 | 10 |'])).budget.weight).toBeNull();
  });

  it("keeps a blank label at the block's end out of the two-row header under it", () => {
    const doc = read(
      [
        ['项目支出绩效自评表'],
        ['项目名称', '县级储备粮'],
        ['项目资金(万元)', '调整后预算数', '194.9'],
        ['项目资金(万元)', '执行数(B)', '194.9'],
        ['项目资金(万元)', '得分'],
        ['项目资金(万元)', '执行率', '100%'],
        ['项目资金(万元)', '分值'],
        ['一级', '二级', '三级', '未完', '完成值', '年初'],
        ['指标', '指标', '指标', '成原因及改进措施', '', '目标值'],
        ['产出指标', '数量指标', '粮食变质比例', '', '0', '0'],
        ['产出指标', '数量指标', '安全事件发生数', '', '0起', '0起'],
      ].map((cells) => cells.join('\t')),
    );
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight])).toEqual([
      ['粮食变质比例', '0', '0', null],
      ['安全事件发生数', '0起', '0起', null],
    ]);
  });

  it('leaves the table its header when the block ends in a blank label the header names too', () => {
    const doc = read([
      '项目支出绩效自评表',
      '| 项目名称 | 马铃薯种薯繁育 | | | | | | |',
      '| 项目资金(元) | 全年预算数 | 3000000.00 | | | | | |',
      '| 项目资金(元) | 全年执行数(B) | 2594500.00 | | | | | |',
      '| 项目资金(元) | 得分 | | | | | | |',
      '| 项目资金(元) | 预算执行率 | 86.5% | | | | | |',
      '| 项目资金(元) | 权重 | | | | | | |',
      '| 一级指标 | 二级指标 | 三级指标名称 | 实际完成情况 | 权重 | 未完成原因及改进措施 | 指标值 | 指标得分(分) |',
      '| 产出指标 | 数量指标 | 免费发放原原种 | 550万粒 | 8 | | 550万粒 | 8 |',
      '| 产出指标 | 数量指标 | 企业自行采购 | 200万粒 | 8 | | 200万粒 | 8 |',
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.weight, i.score])).toEqual([
      ['免费发放原原种', '550万粒', '8', '8'],
      ['企业自行采购', '200万粒', '8', '8'],
    ]);
  });
});
