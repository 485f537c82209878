import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { cutWordedValues } from './worded-value-cuts.ts';

const rowsOf = (columns: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), ['name', ...columns], { maxWeight: null }).map((r) => [r.name, r.cells]);

const BOTH = { beforeFigures: true, afterFigures: true };
const piecesOf = (text: string, places = BOTH) => cutWordedValues(atomsOf([text]), places).map((a) => a.text);

// Rows made for these tests after wide/474 (苏州, a 自评表 whose .doc text ran every cell together), in the
// header order 指标名称 | 实际完成值 | 偏差原因 | 得分 | 分值 | 计算符号 | 目标值 | 计量单位.
const WIDE: IndicatorColumn[] = ['actual', 'reason', 'score', 'weight', 'op', 'target', 'unit'];

describe('a 自评表 row whose name and worded values ran together', () => {
  it('ends a name where a judgement of the lexicon closes it before the figures', () => {
    expect(rowsOf(WIDE, '资金使用合规性好2.82.8定性合规配套资金到位率=100%2.82.8=100%')).toEqual([
      ['资金使用合规性', { actual: '好', score: '2.8', weight: '2.8', op: '定性', target: '合规' }],
      ['配套资金到位率', { actual: '=100%', score: '2.8', weight: '2.8', target: '=100%' }],
    ]);
  });

  it('cuts the words an actual and its target both print across the figures, lexicon or not', () => {
    expect(rowsOf(WIDE, '设施维护维护良好5.65.6定性维护良好安全防范绿地完整5.65.6定性绿地完整')).toEqual([
      ['设施维护', { actual: '维护良好', score: '5.6', weight: '5.6', op: '定性', target: '维护良好' }],
      ['安全防范', { actual: '绿地完整', score: '5.6', weight: '5.6', op: '定性', target: '绿地完整' }],
    ]);
  });

  it('parts a phrase written twice between two names (target and actual alike)', () => {
    expect(piecesOf('培训人员100人已完成已完成风险分级管理')).toEqual([
      '培训人员',
      '100人',
      '已完成',
      '已完成',
      '风险分级管理',
    ]);
    // A phrase written three times closes the name: the name's own words and its two cells.
    expect(piecesOf('保证财政建设补助专款专用专款专用专款专用10')).toEqual([
      '保证财政建设补助专款专用专款专用专款专用',
      '10',
    ]);
  });

  it('leaves a name whole where the header sets figures right after it', () => {
    // 指标名称 | 权重 | 实际完成值 …: no value stands between a name and its first figure.
    expect(rowsOf(['weight', 'actual', 'score', 'target'], '完成内容一致5一致5与申报内容一致')).toEqual([
      ['完成内容一致', { weight: '5', actual: '一致', score: '5', target: '与申报内容一致' }],
    ]);
  });

  it('keeps names that share words apart from values (a cell of 偏差原因 gains no cut)', () => {
    expect(
      rowsOf(
        ['reason', 'actual', 'score', 'target'],
        '全年免费开放100%12.5100%免费开放管理制度健全100%12.5100%',
      ),
    ).toEqual([
      ['全年免费开放', { actual: '100%', score: '12.5', target: '100%' }],
      ['免费开放管理制度健全', { actual: '100%', score: '12.5', target: '100%' }],
    ]);
  });

  it('takes no judgement alone for a name, and cuts nothing in prose or in a value written twice', () => {
    expect(
      rowsOf(['weight', 'target', 'actual', 'score'], '群众生活条件改善状况10显著提升显著提升10'),
    ).toEqual([
      ['群众生活条件改善状况', { weight: '10', target: '显著提升', actual: '显著提升', score: '10' }],
    ]);
    expect(piecesOf('352个。本年度已完成352个')).toEqual(['352个', '。本年度已完成', '352个']);
  });

  it('leaves a word of change with its figure, and a value whose date goes on, whole', () => {
    // Made after wide/251 (南昌): 签约率提高1% is one target, not a name 签约率 and a judgement 提高.
    expect(piecesOf('公卫签约完成率签约率提高1%')).toEqual(['公卫签约完成率签约率提高', '1%']);
    expect(piecesOf('资金使用合规性好2.8')).toEqual(['资金使用合规性', '好', '2.8']);
    // After wide/391 (六安): 完成时间为2022年12月30日 under 目标值 after the points is one value.
    expect(piecesOf('施工65完成时间为2022年12月30日')).toEqual([
      '施工',
      '65',
      '完成时间为',
      '2022年12月30日',
    ]);
    expect(piecesOf('施工65完成合规配套资金到位率')).toEqual([
      '施工',
      '65',
      '完成',
      '合规',
      '配套资金到位率',
    ]);
  });

  it('parts a target and an actual both worded before the figures, and two judgements alone', () => {
    // Made after wide/181 (a 村级补助 自评表): 指标名称 | 年度指标值 | 实际完成值 | 得分 | 分值 run together.
    expect(rowsOf(['target', 'actual', 'score', 'weight'], '补助资格合规性合规达成预期指标1010')).toEqual([
      ['补助资格合规性', { target: '合规', actual: '达成预期指标', score: '10', weight: '10' }],
    ]);
    expect(piecesOf('资格合规性10合规达成预期指标')).toEqual(['资格合规性', '10', '合规', '达成预期指标']);
    // The same word twice closes a name in it (完成内容一致 | 一致), and a single judgement is no pair.
    expect(piecesOf('完成内容一致一致55')).toEqual(['完成内容一致', '一致', '55']);
    expect(piecesOf('资格合规性10合规')).toEqual(['资格合规性', '10', '合规']);
  });

  it('cuts nothing where the cells were printed apart', () => {
    expect(cutWordedValues(atomsOf(['设施维护', '5.6', '维护良好']), BOTH).map((a) => a.text)).toEqual([
      '设施维护',
      '5.6',
      '维护良好',
    ]);
  });

  it('stays bounded on a hostile line (a text past the bound is left whole)', () => {
    const line = '好'.repeat(1000) + '1' + '合规'.repeat(1000) + '2' + '维护良好'.repeat(500);
    expect(cutWordedValues(atomsOf([line]), BOTH).map((a) => a.text)).toEqual(
      atomsOf([line]).map((a) => a.text),
    );
    const rows = readFusedRows(atomsOf([line.slice(0, 4000)]), ['name', ...WIDE], { maxWeight: null });
    expect(rows.length).toBeLessThan(10);
  });
});

// Rows made for these tests in the header order 指标名称 | 实际完成值 | 指标性质 | 指标值 | 计量单位 | 得分 (after
// wide/342 and wide/150): the 指标性质 word stands between a worded actual and its target.
const KIND_BETWEEN: IndicatorColumn[] = ['actual', 'op', 'target', 'unit', 'score'];

describe('a worded actual and its target run together around the 指标性质 word', () => {
  it('parts the actual, the kind word and the target however short the actual is', () => {
    expect(rowsOf(KIND_BETWEEN, '种薯采购价格不高于市场价 是定性是8')).toEqual([
      ['种薯采购价格不高于市场价', { actual: '是', op: '定性', target: '是', score: '8' }],
    ]);
    expect(rowsOf(KIND_BETWEEN, '整体完成时间 2021年12月31日定性2021年12月31日5')).toEqual([
      ['整体完成时间', { actual: '2021年12月31日', op: '定性', target: '2021年12月31日', score: '5' }],
    ]);
  });

  it('ends the name where the words the target prints close it (the actual saying the same)', () => {
    expect(rowsOf(KIND_BETWEEN, '费用结算及时性及时定性及时20')).toEqual([
      ['费用结算及时性', { actual: '及时', op: '定性', target: '及时', score: '20' }],
    ]);
    expect(rowsOf(KIND_BETWEEN, '公众科普知识素养逐步提高定性逐步提高3')).toEqual([
      ['公众科普知识素养', { actual: '逐步提高', op: '定性', target: '逐步提高', score: '3' }],
    ]);
  });

  it('keeps an actual that shares only a word with its target, and cuts nothing where the kind column is elsewhere', () => {
    // 已建立 | 定性 | 建立健全: 建立 is no cell of its own.
    expect(rowsOf(KIND_BETWEEN, '养护长效机制已建立定性建立健全')).toEqual([
      ['养护长效机制', { actual: '已建立', op: '定性', target: '建立健全' }],
    ]);
    // 指标名称 | 指标性质 | 指标值 | 实际完成值: no worded cell stands before the kind word.
    expect(piecesOf('费用结算及时性及时定性及时', { beforeFigures: true, afterFigures: true })).not.toContain(
      '及时性',
    );
  });
});

// Rows made for these tests after wide/476 (a 监控表 whose cells ran together): the progress to date in words.
describe('a 监控表 progress phrase run together with the cells around it', () => {
  it('ends a name on the progress phrase before the 指标性质 word, where the header prints it after the actual', () => {
    expect(
      rowsOf(['actualToDate', 'op', 'target', 'unit'], '维修任务完成时限按计划推进定性2024年11月底前完成'),
    ).toEqual([
      ['维修任务完成时限', { actualToDate: '按计划推进', op: '定性', target: '2024年11月底前完成' }],
    ]);
  });

  it('parts a date run on into the progress after it', () => {
    expect(rowsOf(['target', 'actualToDate'], '维修任务完成时限2024年11月底前完成按计划推进')).toEqual([
      ['维修任务完成时限', { target: '2024年11月底前完成', actualToDate: '按计划推进' }],
    ]);
  });

  it('cuts the progress phrase off a name before a figure the copy set apart', () => {
    expect(rowsOf(['actualToDate', 'target'], '受益群众满意度年底测评 ≥90%')).toEqual([
      ['受益群众满意度', { actualToDate: '年底测评', target: '≥90%' }],
    ]);
    // Another judgement (满意) closing a name before a figure set apart stays the name's.
    expect(rowsOf(['actualToDate', 'target'], '受益群众满意 ≥90%').map((r) => r[0])).toEqual([
      '受益群众满意',
    ]);
  });
});
