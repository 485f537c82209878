import { describe, expect, it } from 'vitest';
import { atomsOf, doubledHalf, spacedValue } from './evaluation-atoms.ts';
import { gluedValue } from './glued-values.ts';

describe('the atoms of a run-together 自评表 row', () => {
  it('reads a percent sign opening a text as the unit of the figure before it, not as the next name', () => {
    // Made after wide/474 (苏州) run together under 计算符号 | 目标值 | 计量单位: ＝100 | ％ | 资金节约率.
    expect(atomsOf(['=100', '％资金节约率']).map((a) => [a.kind, a.text])).toEqual([
      ['value', '=100'],
      ['text', '％'],
      ['text', '资金节约率'],
    ]);
    expect(atomsOf(['资金节约率15％']).map((a) => a.text)).toEqual(['资金节约率', '15％']);
  });

  it('keeps 百分比 whole as the unit of a value', () => {
    expect(atomsOf(['≥100百分比']).map((a) => a.text)).toEqual(['≥100百分比']);
  });

  it('reads the look-alike comparators (﹦ ⩾ ﹤) as the operator of the value after a name, not as its last character', () => {
    // source: wide/122 (丽江, 云南) run together: 卫片执法补助经费﹦72890元7289010.009.00
    expect(atomsOf(['卫片执法补助经费﹦72890元']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '卫片执法补助经费'],
      ['value', '﹦72890元'],
    ]);
    expect(atomsOf(['培训人次⩾300人']).map((a) => a.text)).toEqual(['培训人次', '⩾300人']);
    expect(gluedValue('项目验收合格率﹦100%')).toEqual({ name: '项目验收合格率', value: '﹦100%' });
  });

  it('keeps a bound word after a figure (98%以上) in the value, not as a name of its own', () => {
    // Made for this test after wide/258 (a .doc's text, space-separated): 资金拨付及时性 98%以上 100% 10.
    expect(atomsOf(['资金拨付及时性 98%以上 100% 10']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '资金拨付及时性'],
      ['value', '98%以上'],
      ['value', '100%'],
      ['value', '10'],
    ]);
    expect(atomsOf(['3%以内100%']).map((a) => a.text)).toEqual(['3%以内', '100%']);
    // A bound word that opens a name stays the name's.
    expect(atomsOf(['95%以上学生']).map((a) => a.text)).toEqual(['95%', '以上学生']);
  });

  it('keeps a value that opens with what it is per (每亩300) whole, not as a name and a run of figures', () => {
    // Made for this test after wide/387 (零陵, 湖南), one cell a paragraph: 造林补助 | 每亩300 | 每亩300 | 6 | 6.
    expect(atomsOf(['每亩300']).map((a) => [a.kind, a.text])).toEqual([['value', '每亩300']]);
    expect(atomsOf(['每人500元']).map((a) => a.text)).toEqual(['每人500元']);
    // Run on after the name before a comparison's word (开放时间每周不少于42小时): the per word opens the value there
    // too; before a bare figure it may end the name (配套资金每人每年 | 75元), and stays.
    expect(atomsOf(['配套资金每人每年75元']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '配套资金每人每年'],
      ['value', '75元'],
    ]);
    expect(atomsOf(['开放时间每周不少于42小时']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '开放时间'],
      ['value', '每周不少于42小时'],
    ]);
    // Elsewhere 每 stays in the text it is part of.
    expect(atomsOf(['每亩补贴标准300元']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '每亩补贴标准'],
      ['value', '300元'],
    ]);
  });

  it('keeps 万 alone with its amount (10万10万100%20: 万元 shortened), not as text between figures', () => {
    // Made for this test after wide/393 (黄冈, 湖北): 年度财政资金总额10萬10萬100%20.
    expect(atomsOf(['年度财政资金总额10万10万100%20']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '年度财政资金总额'],
      ['value', '10万'],
      ['value', '10万'],
      ['value', '100%'],
      ['value', '20'],
    ]);
    // Before a word, 万 opens the measure it scales (10万亩) or the word after it.
    expect(atomsOf(['10万亩']).map((a) => a.text)).toEqual(['10万亩']);
  });

  it('keeps a compound unit whole (元/学期, 元/人·月) and periods counted with 个 (2个季度)', () => {
    // Made after wide/481 and 482 (监控表 copied without cell breaks).
    expect(atomsOf(['生均补助≤300元/学期280元/学期家长满意率']).map((a) => a.text)).toEqual([
      '生均补助',
      '≤300元/学期',
      '280元/学期',
      '家长满意率',
    ]);
    expect(atomsOf(['补助标准200元/人·月200元/人·月']).map((a) => a.text)).toEqual([
      '补助标准',
      '200元/人·月',
      '200元/人·月',
    ]);
    expect(atomsOf(['已拨付2个季度定性']).map((a) => a.text)).toEqual(['已拨付', '2个季度', '定性']);
    // (A slash before a figure parts two values: 10个/20个.)
    expect(atomsOf(['站点数10个/20个']).map((a) => a.text)).toEqual(['站点数', '10个', '/', '20个']);
  });

  it('still parts a value from the text after its unit', () => {
    expect(atomsOf(['550万粒免费发放']).map((a) => [a.kind, a.text])).toEqual([
      ['value', '550万粒'],
      ['text', '免费发放'],
    ]);
  });

  it('keeps a span of years inside the name it stands in (corpus 021: 取得2018-2022监测资料)', () => {
    expect(atomsOf(['进度指标取得2018-2022监测资料100%100%10']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '进度指标取得2018-2022监测资料'],
      ['value', '100%'],
      ['value', '100%'],
      ['value', '10'],
    ]);
  });

  it('gives a comparator written in words (不低于) to the figure after it, but leaves 达到 in a name', () => {
    expect(atomsOf(['森林火灾火因查明率不低于95%']).map((a) => a.text)).toEqual([
      '森林火灾火因查明率',
      '不低于95%',
    ]);
    expect(atomsOf(['巡查次数不少于12次']).map((a) => a.text)).toEqual(['巡查次数', '不少于12次']);
    expect(atomsOf(['医疗收入达到5亿元']).map((a) => a.text)).toEqual(['医疗收入达到', '5亿元']);
  });

  it('keeps the template’s 指标1 before a date in the name, not as a figure (corpus 016: 指标12021年11月30日前…)', () => {
    expect(atomsOf(['指标12021年11月30日前完成资金支付8']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '指标12021年11月30日前完成资金支付'],
      ['value', '8'],
    ]);
    // Without 指标 before it, digits run into a year are still a figure of the row before.
    expect(atomsOf(['完成率52021年12月完成']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '完成率'],
      ['value', '5'],
      ['text', '2021年12月完成'],
    ]);
  });

  it('drops the page’s numbering at the head of a cell (2、) but keeps a figure there', () => {
    expect(atomsOf(['取得2018-2022', '2、监测资料100%']).map((a) => a.text)).toEqual([
      '取得2018-2022',
      '监测资料',
      '100%',
    ]);
    expect(atomsOf(['2.5万元']).map((a) => a.text)).toEqual(['2.5万元']);
    // A page that cut a row before its second figure (库存数量真实率100% / 2、100%): the numbering goes, the figure stays.
    expect(atomsOf(['库存数量真实率100%', '2、100%']).map((a) => a.text)).toEqual([
      '库存数量真实率',
      '100%',
      '100%',
    ]);
    // The same numbering where the text lost the line break before it, between two figures.
    expect(atomsOf(['库存数量真实率100%2、100%']).map((a) => a.text)).toEqual([
      '库存数量真实率',
      '100%',
      '100%',
    ]);
    // … and right after a span of years (取得2018-2022 / 2、监测资料 run together).
    expect(atomsOf(['取得2018-20222、监测资料100%']).map((a) => a.text)).toEqual([
      '取得2018-2022监测资料',
      '100%',
    ]);
    // A figure before 、 after words stays a figure (完成第1、2季度).
    expect(atomsOf(['完成第1、2季度']).map((a) => a.kind)).toContain('value');
  });
});

// corpus wide/121 (宁夏 银川, a .docx's text run together): 分值 10, the qualitative 指标值 and 实际 written as the
// same sentence twice, each with its stop, then 得分 8.
describe('a sentence written twice with its stops, then a figure', () => {
  it('reads the stop after a sentence as the text’s, not as the decimal point of the next figure', () => {
    const atoms = atomsOf(['做到10社会认可的办学环境.社会认可的办学环境.8指标2:']).map(
      (a) => `${a.kind}:${a.text}`,
    );
    expect(atoms).toEqual([
      'text:做到',
      'value:10',
      'text:社会认可的办学环境.社会认可的办学环境.',
      'value:8',
      'text:指标2:',
    ]);
    // An amount that lost its integer part is still an amount, at a cell's start or after a label (corpus 024).
    expect(atomsOf(['.32']).map((a) => `${a.kind}:${a.text}`)).toEqual(['value:.32']);
    expect(atomsOf(['年度总金额.32']).map((a) => `${a.kind}:${a.text}`)).toEqual([
      'text:年度总金额',
      'value:.32',
    ]);
  });

  it('halves the doubled sentence into 指标值 and 实际', () => {
    expect(doubledHalf('社会认可的办学环境.社会认可的办学环境.')).toBe('社会认可的办学环境.');
    // The last stop left off: the halves are still the same sentence.
    expect(doubledHalf('社会认可的办学环境.社会认可的办学环境')).toBe('社会认可的办学环境');
    expect(doubledHalf('显著提升显著提升')).toBe('显著提升');
    expect(doubledHalf('社会认可的办学环境.良好的办学环境.')).toBeNull();
  });
});

describe('a value written with spaces inside its cell', () => {
  it('is one value where the whole cell is an operator, a number and a unit (≥ 735 人次)', () => {
    // Made for this test after template variants with the spaced writing of 指标值, copied one cell per line.
    expect(atomsOf(['学生受资助人数', '≥ 735 人次', '740人次', '10']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '学生受资助人数'],
      ['value', '≥735人次'],
      ['value', '740人次'],
      ['value', '10'],
    ]);
    expect(spacedValue('≥ 95 %')).toBe('≥95%');
  });

  it('is not taken from cells a space-aligned row parts (95 10, ≥ 95 % 10) or from text with a figure', () => {
    expect(spacedValue('95 10')).toBeNull();
    expect(spacedValue('≥ 95 % 10')).toBeNull();
    expect(spacedValue('合格率 95%')).toBeNull();
    expect(atomsOf(['95 10']).map((a) => a.text)).toEqual(['95', '10']);
  });
});
