// Target forms of templates first met in the wider corpus (wide/170–174): level names written with 值 for 指标,
// a website's footer under the table, a row led by a label the model keeps no field for, a template's
// placeholder office, a target form's 未达到指标值原因 column, and a web copy whose rows are padded to a
// width one more than the columns its header shows. Texts written for the tests in those layouts.
import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';
import { isLevelName } from '../src/recognize/level-names.ts';
import { titledProjectName } from '../src/recognize/titles.ts';
import { readTextRows } from '../src/text/read-text.ts';

async function projectOf(text: string): Promise<ProjectForm> {
  const outcome = await importBuffer(new TextEncoder().encode(text), 'unseen.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  const form = outcome.forms[0]!;
  if (form.kind !== 'project') throw new Error(`not a project form: ${form.kind}`);
  return form;
}

const cellPerLine = (cells: string[]) => cells.join('\n\n');

describe('level names written with 值 for 指标', () => {
  it('reads 产出值 / 数量值 / 经济效益值 as levels, an indicator ending in 值 as a name', () => {
    expect(isLevelName('产出值')).toBe('level1');
    expect(isLevelName('数量值')).toBe('level2');
    expect(isLevelName('经济效益值')).toBe('level2');
    expect(isLevelName('总产值')).toBeNull();
    expect(isLevelName('产值')).toBeNull();
  });

  it('reads a form whose header says 年度数值 and whose levels end in 值, and stops at the page footer', async () => {
    const text = cellPerLine([
      '项目支出目标申报表',
      '项目名称',
      '小学教育公用经费',
      '项目主管部门',
      '某县实验小学',
      '项目资金申请(万元)',
      '资金总额:',
      '120.5',
      '一级',
      '二级',
      '三级',
      '年度数值',
      '备注',
      '产出值',
      '数量值',
      '小学就读人数',
      '<=3000人',
      ' ',
      '成本值',
      '生均公用经费',
      '780元/生/年',
      ' ',
      '效益值',
      '社会效益值',
      '办学条件改善',
      '=100%',
      ' ',
      '内容保障 | 公务邮箱',
      '某县人民政府主办  某县人民政府办公室承办',
      '鲁ICP备00000000号',
    ]);
    const form = await projectOf(text);
    expect(form.name).toBe('小学教育公用经费');
    expect(form.budget.total).toBe('120.5');
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出值', '数量值', '小学就读人数', '<=3000人'],
      ['成本值', null, '生均公用经费', '780元/生/年'],
      ['效益值', '社会效益值', '办学条件改善', '=100%'],
    ]);
  });
});

describe('a 专项资金 绩效目标表 with offices of every level', () => {
  const form = (county: string) =>
    [
      '某资金绩效目标表 | ||||||',
      '专项名称 | 学生资助补助经费 | |||||',
      '省级财政部门 | 某省财政厅 | 省级主管部门 | 某省教育厅 | |||',
      '市级财政部门 | 某市财政局 | 市级主管部门 | 某市教育局 | |||',
      `县级财政部门 | 县(市、区)财政部门 | 县级主管部门 | ${county} | |||`,
      '年度金额 | 80 | |||||',
      '绩效指标 | 一级目标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 未达到指标值原因 |',
      '产出指标 | 数量指标 | 应受助学生数 | 100% | |||',
    ].join('\n');

  it("reads the 市级主管部门 of a row led by the 市级财政部门, not the county's placeholder", async () => {
    const read = await projectOf(form('县(市、区)教育部门'));
    expect(read.supervisor).toBe('某市教育局');
  });

  it('takes a county office that is named', async () => {
    const read = await projectOf(form('某县教育局'));
    expect(read.supervisor).toBe('某县教育局');
  });

  it('reads 指标值 as the target, not the empty 未达到指标值原因 after it', async () => {
    const read = await projectOf(form('某县教育局'));
    expect(read.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.history])).toEqual([
      ['产出指标', '数量指标', '应受助学生数', '100%', null],
    ]);
  });
});

describe('a web copy padded to one more column than its header shows', () => {
  // Each row's cells on lines of their own, the row closed by its padding: cells + padding = 5 throughout.
  const text = [
    '附表 |',
    '|',
    '|',
    '|',
    '绩效目标申报表 |',
    '||||',
    '项目名称 |',
    '某某路建设 |',
    '|||',
    '资金情况 |',
    '500 |',
    '|||',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '指标值 |',
    '|',
    '产出指标 |',
    '数量指标 |',
    '新建水泥路1条 |',
    '2km |',
    '|',
    '新建桥梁1座 |',
    '1座 |',
    '|||',
  ].join('\n');

  it('puts each row together, the second indicator of a 二级 included', () => {
    const rows = readTextRows(text).map((r) => r.cells.filter((c) => c !== ''));
    expect(rows).toContainEqual(['项目名称', '某某路建设']);
    expect(rows).toContainEqual(['新建桥梁1座', '1座']);
  });

  it('reads both indicators of the 数量指标', async () => {
    const read = await projectOf(text);
    expect(read.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['新建水泥路1条', '2km'],
      ['新建桥梁1座', '1座'],
    ]);
  });
});

describe('a form printed without a 项目名称 cell', () => {
  it('is named by its title when the title names a project or fund', () => {
    expect(titledProjectName('2019年度某县高中助学金项目绩效评价指标表.xlsx')).toBe(
      '2019年度某县高中助学金项目',
    );
    expect(titledProjectName('农机购置补贴资金绩效目标表')).toBe('农机购置补贴资金');
    expect(titledProjectName('项目支出绩效目标表')).toBeNull();
    expect(titledProjectName('某市2022年市直部门预算项目支出绩效目标表')).toBeNull();
  });

  it('reads a 项目绩效评价指标表 of 目标值 as a target form named by its title', async () => {
    const text = [
      '2020年度某县学生资助项目绩效评价指标表',
      '一级指标 二级指标 三级指标 目标值 分值',
      '产出指标 数量指标 资助学生人数 ≥2000人 30',
      '效益指标 社会效益指标 资助政策知晓率 ≥95% 30',
      '满意度指标 服务对象满意度指标 受助学生满意度 ≥90% 40',
    ].join('\n');
    const form = await projectOf(text);
    expect(form.name).toBe('2020年度某县学生资助项目');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['资助学生人数', '≥2000人'],
      ['资助政策知晓率', '≥95%'],
      ['受助学生满意度', '≥90%'],
    ]);
  });

  it('makes no form of a notice that names a form in prose without its table', async () => {
    const outcome = await importBuffer(
      new TextEncoder().encode(
        '关于某镇种植项目绩效目标设定的公示\n现将绩效目标公示如下,详见附件。\n附件:某镇种植项目绩效目标设定表.xlsx',
      ),
      'notice.txt',
    );
    expect(outcome.ok).toBe(false);
  });
});

describe('a 绩效评价指标表 whose rows ran together', () => {
  const text = (rows: string[]) =>
    [
      '2020年度某县学生资助项目绩效评价指标表',
      '评价指标评价内容指标名称指标说明目标值分值备注',
      ...rows,
    ].join('\n');

  it('reads 评价指标 / 评价内容 as the levels, a percentage before the points as the value, 总分 as no indicator', async () => {
    const form = await projectOf(
      text([
        '产出指标质量指标资金支出率95%10',
        '满意度指标服务对象满意度指标资助对象满意度95%以上20',
        '总分',
        '100',
      ]),
    );
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.weight])).toEqual([
      ['产出指标', '质量指标', '资金支出率', '95%', '10'],
      ['满意度指标', '服务对象满意度指标', '资助对象满意度', '95%以上', '20'],
    ]);
  });

  it('keeps a number that is no percentage apart from the points after it', async () => {
    const form = await projectOf(
      text(['产出指标质量指标资金支出率95%10', '产出指标时效指标发放及时率=100%20']),
    );
    expect(form.indicators.map((i) => [i.name, i.target.raw, i.weight])).toEqual([
      ['资金支出率', '95%', '10'],
      ['发放及时率', '=100%', '20'],
    ]);
  });
});
