// The grammar table: every distinct 指标值 of the five seeds, plus the variants MODEL.md lists,
// with the reading a reviewer would give it (written by hand).
import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, isQuantitativeValue, parseIndicatorValue } from './parse-indicator-value.ts';

type Q = [raw: string, op: string, value: string, unit: string | null];
const quantitative: Q[] = [
  // seeds
  ['满意率≥95%', '≥', '95', '%'],
  ['≥10个', '≥', '10', '个'],
  ['≥95%', '≥', '95', '%'],
  ['≥100%', '≥', '100', '%'],
  ['≥96%', '≥', '96', '%'],
  ['100%', '=', '100', '%'],
  ['0%', '=', '0', '%'],
  ['≥90%', '≥', '90', '%'],
  ['≤100%', '≤', '100', '%'],
  ['≥98%', '≥', '98', '%'],
  ['98%', '=', '98', '%'],
  ['4项', '=', '4', '项'],
  ['4 项', '=', '4', '项'],
  ['90%', '=', '90', '%'],
  ['<8%', '<', '8', '%'],
  ['>10%', '>', '10', '%'],
  ['>85%', '>', '85', '%'],
  ['>8个', '>', '8', '个'],
  ['>8 个', '>', '8', '个'],
  ['12', '=', '12', null],
  ['95%以上', '≥', '95', '%'],
  ['6套', '=', '6', '套'],
  ['8 套', '=', '8', '套'],
  ['≥99.5%', '≥', '99.5', '%'],
  ['6个月', '=', '6', '个月'],
  ['6 个月', '=', '6', '个月'],
  ['12 个月', '=', '12', '个月'],
  ['≤48小时', '≤', '48', '小时'],
  ['≤48 小时', '≤', '48', '小时'],
  ['≤30分钟', '≤', '30', '分钟'],
  ['≤30 分钟', '≤', '30', '分钟'],
  ['≤8%', '≤', '8', '%'],
  ['≥200条', '≥', '200', '条'],
  ['≥200 条', '≥', '200', '条'],
  ['≥5年', '≥', '5', '年'],
  ['≥5 年', '≥', '5', '年'],
  ['≥8', '≥', '8', null],
  ['≥80%', '≥', '80', '%'],
  ['>10项', '>', '10', '项'],
  ['>90%', '>', '90', '%'],
  ['<10个工作日', '<', '10', '个工作日'],
  ['≥85%', '≥', '85', '%'],
  ['≤571万元', '≤', '571', '万元'],
  ['=33人', '=', '33', '人'],
  ['=35人', '=', '35', '人'],
  ['=100%', '=', '100', '%'],
  ['≤2万元', '≤', '2', '万元'],
  ['≤1万元', '≤', '1', '万元'],
  ['≥142人', '≥', '142', '人'],
  ['≥10份', '≥', '10', '份'],
  ['不少于10条', '≥', '10', '条'],
  ['≤22万元', '≤', '22', '万元'],
  ['≥3200个', '≥', '3200', '个'],
  ['≥2.3万个', '≥', '2.3', '万个'],
  ['≥9.5%', '≥', '9.5', '%'],
  ['≤240万元', '≤', '240', '万元'],
  ['≤60万元', '≤', '60', '万元'],
  ['≤3000吨', '≤', '3000', '吨'],
  ['≤500000度', '≤', '500000', '度'],
  ['=28592平方米', '=', '28592', '平方米'],
  ['≤10%', '≤', '10', '%'],
  // variants of other cities and templates
  ['＞＝95％', '≥', '95', '%'],
  ['>=95%', '≥', '95', '%'],
  ['不低于90%', '≥', '90', '%'],
  ['不超过500万元', '≤', '500', '万元'],
  ['达到100%', '≥', '100', '%'],
  ['10个工作日以内', '≤', '10', '个工作日'],
  ['控制在5%以内', '≤', '5', '%'],
  ['≥1,200人次', '≥', '1200', '人次'],
  ['≤ 48 小时', '≤', '48', '小时'],
  ['满意度不低于85%', '≥', '85', '%'],
  ['≤50元/人天', '≤', '50', '元/人天'],
  ['≤-5万元', '≤', '-5', '万元'],
  ['≥-2%', '≥', '-2', '%'],
  // compound units of other templates (财政部 参考模板: **元/人·月; 4次/年)
  ['≥500元/人·月', '≥', '500', '元/人·月'],
  ['≥4次/年', '≥', '4', '次/年'],
  ['≤2万元/年', '≤', '2', '万元/年'],
  ['10个/年以上', '≥', '10', '个/年'],
  ['≥３００人次', '≥', '300', '人次'],
  // look-alike comparators and full-width forms of other provinces (corpus 003, 023 and their kin)
  ['≧735', '≥', '735', null],
  ['═100', '=', '100', null],
  ['≦5个工作日', '≤', '5', '个工作日'],
  ['≥＝90%', '≥', '90', '%'],
  ['≥=90%', '≥', '90', '%'],
  ['=≥90%', '≥', '90', '%'],
  ['≤=3天', '≤', '3', '天'],
  ['=>95%', '≥', '95', '%'],
  ['=<5%', '≤', '5', '%'],
  ['＞＝９５％', '≥', '95', '%'],
  ['＜＝５％', '≤', '5', '%'],
  ['⩾95%', '≥', '95', '%'],
  ['⩽5天', '≤', '5', '天'],
  ['≮95%', '≥', '95', '%'],
  ['==100%', '=', '100', '%'],
  ['＝＝100％', '=', '100', '%'],
  ['≥ = 90 %', '≥', '90', '%'],
  ['大于等于95%', '≥', '95', '%'],
  ['ｎ≥１２', '≥', '12', null],
];

const qualitative = [
  '良好',
  '确保完成',
  '基本完成',
  '完成',
  '提升',
  '实现',
  '相符',
  '健全',
  '科学',
  '合理',
  '规范',
  '完全合规',
  '推进',
  '优化',
  '明显',
  '完全相符',
  '深化',
  '有切实提升',
  '有明显提升',
  '不超支',
  '有所提升',
  '市级“四办”绩效目标',
  '市级目标',
  '可操作性',
  '大幅提升',
  '确保优化',
  '确保增强',
  '达标',
  '力争全省前列',
  '保障正常运转',
];

describe('parseIndicatorValue: quantitative values', () => {
  it.each(quantitative)('%s → %s %s %s', (raw, op, value, unit) => {
    const v = parseIndicatorValue(raw);
    expect(v.kind).toBe('quantitative');
    expect([v.op, v.value, v.unit]).toEqual([op, value, unit]);
    expect(v.problem ?? null).toBeNull();
  });
});

describe('parseIndicatorValue: qualitative values', () => {
  it.each(qualitative)('%s is qualitative with its text', (raw) => {
    const v = parseIndicatorValue(raw);
    expect(v).toMatchObject({ kind: 'qualitative', op: null, value: null, unit: null, text: raw });
  });
});

describe('parseIndicatorValue: details', () => {
  it('keeps the subject written before the comparator', () => {
    expect(parseIndicatorValue('满意率≥95%').label).toBe('满意率');
  });
  it('marks an implied comparator', () => {
    expect(parseIndicatorValue('12个月').opImplied).toBe(true);
    expect(parseIndicatorValue('≥12个月').opImplied).toBe(false);
  });
  it('treats blanks and template placeholders as empty', () => {
    for (const raw of ['', '   ', '\u3000', '……', '…… \u3000'])
      expect(parseIndicatorValue(raw).kind).toBe('empty');
  });
  it('keeps the printed look-alike in raw while reading the comparator', () => {
    expect(parseIndicatorValue('≧95％')).toMatchObject({ raw: '≧95％', op: '≥', value: '95', unit: '%' });
    expect(parseIndicatorValue('═100%')).toMatchObject({ raw: '═100%', op: '=', opImplied: false });
    expect(parseIndicatorValue('＞＝９５％').raw).toBe('＞＝９５％');
  });
  it('reads a look-alike comparator without a number as a missing number, not a value', () => {
    for (const raw of ['≧', '═', '≥＝', '＞＝%', '⩾优'])
      expect(parseIndicatorValue(raw)).toMatchObject({ kind: 'qualitative', problem: 'missing-number' });
  });
  it('does not take two different comparators for one', () => {
    // ≥< is no spelling of any comparator: only the one next to the number is read
    expect(parseIndicatorValue('≥<5').op).toBe('<');
    expect(parseIndicatorValue('<>5').op).not.toBe('≤');
  });
  it('reads full-width digits of a deadline', () => {
    expect(parseIndicatorValue('１２月３１日前').deadline).toBe('12-31');
  });
  it('reports a comparator without a number', () => {
    expect(parseIndicatorValue('≥%')).toMatchObject({ kind: 'qualitative', problem: 'missing-number' });
  });
  it('reports ranges and several values', () => {
    expect(parseIndicatorValue('90%-95%').problem).toBe('range');
    expect(parseIndicatorValue('≥10个，≥95%').problem).toBe('several-values');
  });
  it('reads deadlines written as dates', () => {
    expect(parseIndicatorValue('12月31日前')).toMatchObject({
      kind: 'qualitative',
      deadline: '12-31',
      text: '12月31日前',
    });
    expect(parseIndicatorValue('2024年6月底前完成').deadline).toBe('2024-06-30');
    expect(parseIndicatorValue('11月中旬前').deadline).toBe('11-20');
    expect(parseIndicatorValue('13月1日前').deadline ?? null).toBeNull();
  });
  it('keeps the written text as raw, trimmed', () => {
    expect(parseIndicatorValue('  ≥95% ').raw).toBe('≥95%');
  });
  it('renders back to the single KPI_VAL string', () => {
    for (const raw of ['≥95%', '≤571万元', '=33人', '≥2.3万个', '确保完成']) {
      expect(formatIndicatorValue(parseIndicatorValue(raw))).toBe(raw);
    }
    expect(formatIndicatorValue(parseIndicatorValue('95%以上'))).toBe('≥95%');
  });
});

describe('isQuantitativeValue', () => {
  it('answers as parseIndicatorValue reads the text, without reading the rest of it', () => {
    const texts = [
      ...quantitative.map((q) => q[0]),
      '培训人次3',
      '年度目标1',
      '完成12项工作任务',
      '满意度（%）≥90',
      '12月31日前',
      '2024年6月底前完成',
      '有所提升',
      '计划标准',
      '≥',
      '……',
      '',
      '  ９５％ ',
      'A级景区3个',
      '，。95',
      '-5%',
    ];
    for (const t of texts)
      expect([t, isQuantitativeValue(t)]).toEqual([t, parseIndicatorValue(t).kind === 'quantitative']);
  });
});
