// Rows of indicator tables as copies from web pages and PDF viewers give them (issue 12's copied layouts):
// a 三级 written like its 二级 without the word 指标, and a space-aligned row that lacks its merged level cells.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

async function indicatorsOf(text: string): Promise<Array<Array<string | null>>> {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const form = out.ok ? out.forms[0] : undefined;
  if (form?.kind !== 'project' && form?.kind !== 'department') throw new Error('no target form read');
  return form.indicators.map((i) => [i.level2, i.name, i.target.raw]);
}

describe('a 三级 written like its 二级, one cell per line', () => {
  it('is the indicator when the 二级 ends in 指标 and the 三级 does not (服务对象满意度指标 | 服务对象满意度)', async () => {
    const text = [
      '部门整体支出绩效目标表',
      '部门名称',
      '某街道办事处',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '数量指标',
      '文艺活动场次',
      '20场',
      '满意度指标',
      '服务对象满意度指标',
      '服务对象满意度',
      '95%',
    ].join('\n');
    expect(await indicatorsOf(text)).toEqual([
      ['数量指标', '文艺活动场次', '20场'],
      ['服务对象满意度指标', '服务对象满意度', '95%'],
    ]);
  });

  it('leaves two different 二级 in a row apart (an empty 二级, then the next)', async () => {
    const text = [
      '项目支出绩效目标表',
      '项目名称',
      '某项目',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '产出指标',
      '质量指标',
      '数量指标',
      '培训人数',
      '100人',
    ].join('\n');
    expect(await indicatorsOf(text)).toEqual([['数量指标', '培训人数', '100人']]);
  });
});

describe('a space-aligned row that lacks its merged level cells', () => {
  const table = (row: string) =>
    [
      '项目绩效目标表',
      '项目名称    某县高标准农田建设项目    主管部门    某县农业农村局',
      '一级指标    二级指标    三级指标名称    指标目标值',
      '产出指标    成本指标    财政资金补助    1600元/亩',
      '    数量指标    道路硬化里程    >=100公里',
      row,
      '满意度指标    服务对象满意度指标    受益户满意度    >=95%',
    ].join('\n');

  it('moves right when a figure with its unit would stand as the name (        年增粮食    3500公斤)', async () => {
    expect((await indicatorsOf(table('        年增粮食    3500公斤')))[2]).toEqual([
      '数量指标',
      '年增粮食',
      '3500公斤',
    ]);
  });

  it('keeps a name that holds a number where it stands', async () => {
    expect((await indicatorsOf(table('    数量指标    2023年新建道路    5公里')))[2]).toEqual([
      '数量指标',
      '2023年新建道路',
      '5公里',
    ]);
  });
});

describe('指标性质 | 指标值 | 度量单位 with the first cell empty and gone in a space-aligned copy', () => {
  const table = (row: string) =>
    [
      '部门预算项目支出绩效目标表',
      '项目全称    某县高中助学金项目',
      '一级指标    二级指标    指标名称    计算符号    年度指标值    计量单位',
      row,
      '满意度指标    服务对象满意度指标    资助对象满意度    ≥    95    %',
    ].join('\n');

  it('puts the figure in the 指标值 column and the unit after it (资金支出率    95    %)', async () => {
    const out = await importBuffer(
      new TextEncoder().encode(table('产出指标    成本指标    资金支出率    95    %')),
      'f.txt',
    );
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['资金支出率', '95%'],
      ['资助对象满意度', '≥95%'],
    ]);
  });

  it('leaves a row with all three parts where it stands', async () => {
    const out = await importBuffer(
      new TextEncoder().encode(table('产出指标    成本指标    资金支出率    =    95    %')),
      'f.txt',
    );
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators[0]!.target.raw).toBe('=95%');
  });
});

describe('a name with the 指标值 run on after one space (a copy with single spaces between cells)', () => {
  const table = (row: string) =>
    [
      '项目绩效目标表',
      '项目名称 某县高标准农田建设项目 业务主管部门 某县农业农村局',
      '一级指标 二级指标 三级指标名称 指标目标值',
      '产出指标 成本指标 财政资金补助 1600元/亩',
      '    数量指标 道路硬化里程 >=100公里',
      row,
      '满意度指标 服务对象满意度指标 受益户满意度 >=95%',
    ].join('\n');

  it('splits the figure with its unit off the name when the 指标值 column is empty (年增粮食 3500公斤)', async () => {
    expect((await indicatorsOf(table('        年增粮食 3500公斤')))[2]?.slice(1)).toEqual([
      '年增粮食',
      '3500公斤',
    ]);
  });

  it('leaves a name whose last word is no figure whole', async () => {
    expect((await indicatorsOf(table('        年增粮食 二期')))[2]?.[1]).toBe('年增粮食二期');
  });
});

describe('计算符号 | 指标值 | 计量单位 with a target written whole, its empty sign and unit cells gone in a copy', () => {
  const table = (row: string) =>
    [
      '项目支出绩效目标表',
      '项目全称    某区体育赛事项目',
      '一级指标    二级指标    三级指标名称    计算符号    年初目标值    度量单位',
      '产出指标    数量指标    开展运动种类    =    1    种',
      row,
      '满意度指标    服务对象满意度指标    群众满意度    ≥    95    %',
    ].join('\n');

  it('reads a date or a sentence standing in the sign column as the 指标值 (完成时间    2025年年底前)', async () => {
    expect(await indicatorsOf(table('    时效指标    完成时间    2025年年底前'))).toEqual([
      ['数量指标', '开展运动种类', '=1种'],
      ['时效指标', '完成时间', '2025年年底前'],
      ['服务对象满意度指标', '群众满意度', '≥95%'],
    ]);
    expect((await indicatorsOf(table('    成本指标    补助标准    17元/人.每天')))[1]?.slice(1)).toEqual([
      '补助标准',
      '17元/人.每天',
    ]);
  });

  it('leaves a word for the kind of target in the sign column (定性    达标)', async () => {
    const rows = await indicatorsOf(table('    质量指标    场地达标    定性    达标'));
    expect(rows[1]).toEqual(['质量指标', '场地达标', '达标']);
  });
});
