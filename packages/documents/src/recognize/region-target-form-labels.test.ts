import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for this test in the shape of a 区域绩效目标申报表 of a 林业 transfer (wide/384's template): the 区级财政部门
// and the 区级林业主管部门 on rows of their own, the amount under 年度金额(万元).
const form = (label: string) =>
  [
    '2021年某某资金区域绩效目标申报表',
    '专项名称 | 某某生态保护资金 |',
    '区级财政部门 | 某某区财政局 |',
    `${label} | 某某区林业局 |`,
    '年度金额(万元) | 20 |',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '| 产出指标 | 数量指标 | 管护面积 | 5万亩 |',
  ].join('\n');

const read = (text: string) => projectFormOfText(text);

describe('区级林业主管部门', () => {
  it('names the 主管部门 of the transfer; the 区级财政部门 is no unit', async () => {
    const f = await read(form('区级林业主管部门'));
    expect(f.supervisor).toBe('某某区林业局');
    expect([f.unit, f.supervisor, f.executor]).not.toContain('某某区财政局');
  });

  it('is a spelling of its own: an unknown department label names no 主管部门', async () => {
    expect((await read(form('区级林业监管部门'))).supervisor).toBeNull();
  });
});

describe('下达资金总额, the amount a 中央对地方转移支付区域绩效目标表 hands down', () => {
  // Made for this test in the shape of that form as a 经开区 page copies it (wide/379's template).
  const transfer = (label: string) =>
    [
      '中央对地方转移支付区域绩效目标表(2025年度)',
      '项目名称 | 某某补助资金 |',
      '资金情况 | ' + label + ' | 120 |',
      '其中:中央财政补助 | 120 |',
      '一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '产出指标 | 数量指标 | 补助点位数 | ≥3个 |',
    ].join('\n');

  it('is the form’s budget; a total worded otherwise is none', async () => {
    expect((await read(transfer('下达资金总额'))).budget.total).toBe('120');
    expect((await read(transfer('拨付资金合计'))).budget.total).not.toBe('120');
  });
});

describe('区域目标值, the heading of the values a 专项转移支付绩效目标表 sets per county', () => {
  // Made for this test in the shape of wide/380's template run together on one line (a policy site's copy).
  const runTogether = (heading: string) =>
    '专项转移支付绩效目标表(2023年度)部门(单位)名称某市民族与宗教事务局部门预算编码230001项目名称某某管理经费' +
    `资金情况(万元)资金总额:30其中:财政拨款30其他资金总体目标推进规范化管理绩效指标一级指标二级指标三级指标指标解释${heading}` +
    '产出指标数量指标补助县区数量反映补助县区数量情况3个';

  it('is a value column: the indicator under it is read with its name', async () => {
    const names = async (heading: string) => {
      const out = await importBuffer(new TextEncoder().encode(runTogether(heading)), 'form.txt');
      const f = out.ok ? out.forms[0] : undefined;
      return f?.kind === 'project' ? f.indicators.map((i) => i.name) : [];
    };
    expect(await names('区域目标值')).toContain('补助县区数量');
    expect(await names('区域数值表')).not.toContain('补助县区数量');
  });
});

describe('the counties under 区域目标值 and the 数量目标 level of 福建’s transfer forms', () => {
  // Made for this test in the shape of wide/224's template as pipe rows: a row of the counties' names under the
  // header, then 产出指标 | 数量目标 (福建's word for 数量指标) before the indicator.
  const table = (places: string) =>
    [
      '专项转移支付绩效目标表',
      '部门(单位)名称 | 某市民族与宗教事务局 |',
      '项目名称 | 某某发展资金 |',
      '资金情况(万元) | 资金总额: | 55 |',
      '一级指标 | 二级指标 | 三级指标 | 指标解释 | 区域目标值 | | |',
      `| | | | ${places} |`,
      '产出指标 | 数量目标 | 扶持项目数 | 反映扶持项目数 | 2 | 3 | 1 |',
    ].join('\n');
  const read = async (text: string) => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    return f?.kind === 'project' ? f.indicators.map((i) => [i.level2, i.name]) : [];
  };

  it('reads the counties as column headings and 数量目标 as the 二级', async () => {
    expect(await read(table('新罗区 | 上杭县 | 漳平市'))).toEqual([['数量目标', '扶持项目数']]);
  });

  it('reads a row of other words there as a row of its own', async () => {
    expect((await read(table('基础设施 | 民族文化 | 产业发展'))).length).toBe(2);
  });
});

describe('a transfer’s 区域绩效目标表 naming only the 主管部门 above the county', () => {
  // Made for this test in the shape of wide/379's template: 中央主管部门 and 省级财政部门 only, no county department.
  const upper = (rows: string[]) =>
    [
      '中央对地方转移支付区域绩效目标表(2025年度)',
      '项目名称 | 某某补助资金 |',
      ...rows,
      '资金情况 | 下达资金总额 | 120 |',
      '一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '产出指标 | 数量指标 | 补助点位数 | ≥3个 |',
    ].join('\n');

  it('takes the lowest 主管部门 named as its unit, never a 财政部门', async () => {
    expect((await read(upper(['中央主管部门 | [118]民政部 |', '省级财政部门 | 某省财政厅 |']))).unit).toBe(
      '[118]民政部',
    );
    expect((await read(upper(['中央主管部门 | [118]民政部 |', '省级主管部门 | 某省民政厅 |']))).unit).toBe(
      '某省民政厅',
    );
    expect((await read(upper(['省级财政部门 | 某省财政厅 |']))).unit).toBeNull();
  });
});

describe('资金额度, the amount a province’s 区域绩效目标表 gives its 专项', () => {
  // Made for this test in the shape of a 2019 区域绩效目标表 as a library's preview of its .doc runs it together on
  // one line (wide/513's template): each label followed by its value, the amount with a bare 万.
  const preview = (label: string) =>
    `附件 2 某某补助资金区域绩效目标表 ( 2019 年度) 专项名称 某某补助资金 主管部门 省某某厅 ${label} 120 万 ` +
    '年 度 总 体 目 标 目标 1:补助某某服务。 一级 指标 二级指标 三级指标 指标值';

  it('is the form’s budget, and ends the 主管部门 before it', async () => {
    const f = await read(preview('资金额度'));
    expect(f.budget.total).toBe('120');
    expect(f.supervisor).toBe('省某某厅');
  });

  it('is a spelling of its own: an amount worded otherwise is none', async () => {
    expect((await read(preview('资金规模'))).budget.total).not.toBe('120');
  });
});
