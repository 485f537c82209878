import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { withoutUseBreakdown } from './source-uses.ts';

const s = (name: string, amount: string | null) => ({ name, amount });

describe('a breakdown of the total by use beside its sources', () => {
  it('is dropped where it and the fund lines each add up to the total', () => {
    const sources = [
      s('高标准农田建设', '400'),
      s('示范建设', '295'),
      s('畅通工程', '159'),
      s('财政拨款', '854'),
      s('其他资金', null),
    ];
    expect(withoutUseBreakdown(sources, '854')).toEqual([s('财政拨款', '854'), s('其他资金', null)]);
  });

  it('is kept where the fund lines do not add up, or no fund line is read', () => {
    const short = [s('高标准农田建设', '400'), s('示范建设', '454'), s('财政拨款', '800')];
    expect(withoutUseBreakdown(short, '854')).toEqual(short);
    const alone = [s('高标准农田建设', '400'), s('示范建设', '454')];
    expect(withoutUseBreakdown(alone, '854')).toEqual(alone);
  });

  it('keeps sources named by their funds, one or many', () => {
    const funds = [s('中央补助资金', '500'), s('省级专项资金', '354'), s('财政拨款', '854')];
    expect(withoutUseBreakdown(funds, '854')).toEqual(funds);
  });
});

// Made for this test after docs/001 (岳阳县): a 申报表 copied one cell a paragraph, its 年度资金总额 written with its
// uses in brackets, then 其中：财政拨款 with the same. Names and figures invented.
const FORM = [
  '绩效目标申报表(基础设施建设类)',
  '(2022年度)',
  '项目名称',
  '某县2022年农田建设项目',
  '主管部门',
  '某县农业农村局',
  '实施单位',
  '某县农田建设服务中心',
  '资金情况 (万元)',
  '年度资金总额:',
  '854万(农田建设400万元,示范建设295万元,道路工程159万元)',
  '其中:财政拨款',
  '854万854万(农田建设400万元,示范建设295万元,道路工程159万元)',
  '其他资金',
  '总体目标',
  '完成项目主体工程70%',
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '产出指标',
  '数量指标',
  '村内道路硬化里程',
  '≥100公里',
].join('\n\n');

describe('a 申报表 whose total lists its uses in brackets', () => {
  it('reads the 其中 fund lines as its sources, not the uses', async () => {
    const out = await importBuffer(new TextEncoder().encode(FORM), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.budget.total).toBe('854');
    expect(f.budget.sources.map((x) => x.name)).toEqual(['财政拨款', '其他资金']);
  });
});
