import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { levelsOfHeading, sentenceIndicators } from './report-sentences.ts';

// A self-evaluation written as the report outline asks for instead of the 自评表 (wide/538's and 539's shape: the
// indicators as sentences under numbered level headings, the funds in the 资金投入 section). Made for these tests
// in that shape; names and figures invented.
const REPORT = [
  '来源:某某县民政局',
  '困难群众救助补助资金转移支付2024年度绩效自评报告',
  '一、绩效目标分解下达情况',
  '2024年收到中央下达困难群众救助补助资金300万元,县级配套50万元。',
  '二、绩效情况分析',
  '(一)资金投入情况分析',
  '2024年收到财政资金共350万元,其中:中央资金300万元,2024年支出340.5万元,执行率97.29%。',
  '(二)绩效指标完成情况分析',
  '1、产出数量指标:第一,城乡低保对象人数年初指标值为不低于1200人,全年实际完成值1260人。第二,特困供养人数年初指标值为不低于80人,全年实际完成值83人。',
  '2.时效指标。救助资金按月发放指标为100%实际完成值为100%临时救助及时办理指标为100%实际完成值为98%',
  '3、产出成本指标:城市低保标准年初指标值为650元/月,实际按该标准发放。',
  '4、社会效益指标:困难群众基本生活得到保障。',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);

describe('a self-evaluation report whose indicators are sentences', () => {
  it('reads each sentence’s name, target and actual, several run on in one line', () => {
    const { indicators } = sentenceIndicators(
      '3.时效指标。救助资金按月发放指标为100%实际完成值为100%临时救助及时办理指标为100%实际完成值为98%',
    );
    expect(indicators.map((i) => [i.level2, i.name, i.target, i.actual])).toEqual([
      ['时效指标', '救助资金按月发放', '100%', '100%'],
      ['时效指标', '临时救助及时办理', '100%', '98%'],
    ]);
    const cost = sentenceIndicators('3、产出成本指标:城市低保标准年初指标值为650元/月,实际按该标准发放。');
    expect(cost.indicators).toEqual([
      { level1: '产出指标', level2: '成本指标', name: '城市低保标准', target: '650元/月', actual: null },
    ]);
  });

  it('takes the unit from the title’s opening office only where the fund or the year follows it', async () => {
    const titled = REPORT.replace('来源:某某县民政局\n', '').replace(
      '困难群众救助补助资金转移支付2024年度绩效自评报告',
      '某某县残联中央转移支付2024年度绩效自评报告(残疾人事业发展补助资金)',
    );
    const out = await importBuffer(encode(titled), 'report.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect([doc?.name, doc?.unit ?? doc?.department]).toEqual(['残疾人事业发展补助资金', '某某县残联']);
    const untitledUnit = REPORT.replace('来源:某某县民政局\n', '').replace(
      '困难群众救助补助资金转移支付2024年度绩效自评报告',
      '城区公共厕所运维经费2024年度绩效自评报告',
    );
    const other = await importBuffer(encode(untitledUnit), 'report.txt');
    const d = other.ok ? other.evaluations[0] : undefined;
    expect([d?.name, d?.unit ?? d?.department ?? null]).toEqual(['城区公共厕所运维经费', null]);
  });

  it('finds the title with 报告 parted over two cells, and passes over a text without 告', async () => {
    // Only a text holding 告 is looked at for a report's title; the title's 报 and 告 may stand in two cells.
    const whole = await importBuffer(encode(REPORT), 'report.txt');
    const parted = await importBuffer(encode(REPORT.replace('自评报告', '自评报\t告')), 'report.txt');
    const read = (out: typeof whole) => (out.ok ? out.evaluations[0]?.indicators.map((i) => i.name) : []);
    expect(read(parted)).toEqual(read(whole));
    expect(read(parted)?.length).toBeGreaterThan(0);
    const noTitle = await importBuffer(encode(REPORT.replace('自评报告', '自评')), 'report.txt');
    expect(noTitle.ok ? noTitle.evaluations : []).toEqual([]);
  });

  it('names the levels a heading runs together', () => {
    expect(levelsOfHeading('产出数量指标')).toEqual({ level1: '产出指标', level2: '数量指标' });
    expect(levelsOfHeading('时效指标')).toEqual({ level1: '产出指标', level2: '时效指标' });
    expect(levelsOfHeading('资金投入情况')).toBeNull();
  });

  it('imports as the 自评表 it states: project, unit, budget row and indicators', async () => {
    const out = await importBuffer(encode(REPORT), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const [doc] = out.evaluations;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.name).toBe('困难群众救助补助资金转移支付');
    expect([doc.unit, doc.department]).toContain('某某县民政局');
    expect(doc.budget.annual).toBe('350');
    expect(doc.budget.executed).toBe('340.5');
    expect(doc.budget.rate).toBe('97.29');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['城乡低保对象人数', '不低于1200人', '1260人'],
      ['特困供养人数', '不低于80人', '83人'],
      ['救助资金按月发放', '100%', '100%'],
      ['临时救助及时办理', '100%', '98%'],
      ['城市低保标准', '650元/月', ''],
    ]);
  });

  it('reads the 自评表 a report prints with it, not the sentences that tell it again', async () => {
    const withTable = [
      REPORT,
      '附件:',
      '项目支出绩效自评表',
      '项目名称 | 困难群众救助补助资金',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值',
      '产出指标 | 数量指标 | 低保对象保障人数 | ≥1200人 | 1260人',
      '产出指标 | 时效指标 | 救助金按月发放率 | 100% | 100%',
    ].join('\n');
    const out = await importBuffer(encode(withTable), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const [doc] = out.evaluations;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.indicators.map((i) => i.name)).toEqual(['低保对象保障人数', '救助金按月发放率']);
  });

  it('leaves a report that tells its results without targets a report', async () => {
    const prose = REPORT.replace(/年初指标值为|指标为/g, '为');
    const out = await importBuffer(encode(prose), 'report.txt');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe('unsupported-form');
  });
});
