import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a project indicator table row that holds only a level name', () => {
  it('is no indicator (效益指标 shifted into the 指标值 column by a merge)', async () => {
    // Made for this test in the shape of corpus wide/108 (湖南): a 一级 row left without a 三级 name.
    const rows = [
      '项目支出绩效目标表',
      '项目名称\t城区降尘服务',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t配备车辆数\t10辆',
      '\t\t\t效益指标',
      '效益指标\t社会效益指标\t市民满意度\t≥90%',
    ];
    const out = await importBuffer(bytes(rows.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['配备车辆数', '10辆'],
      ['市民满意度', '≥90%'],
    ]);
  });
});

describe('a level heading whose points note broke over lines', () => {
  it("names no indicator with the note's tail (产出指标 | )分 | 数量指 where the copy stops)", async () => {
    // Made for this test in the shape of corpus wide/101 (重庆): 产出指标 / (40-50)分 / 数量指 at the copy's end.
    const rows = [
      '项目支出绩效目标表',
      '项目名称\t加工园配套设施建设',
      '年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释',
      '成本指标(0-20)分 经济成本指标 项目建设成本 ≤65万元 10',
      '社会成本指标',
      '',
      '产出指标',
      '(40-50)分',
      '数量指',
    ];
    const out = await importBuffer(bytes(rows.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([['项目建设成本', '≤65万元']]);
  });
});

describe('a template’s empty row under a 二级 no framework names', () => {
  it('is no indicator: the level stays in its column, the …… are no cell to place (a saved page’s table)', async () => {
    // Made for this test in the shape of corpus wide/441 as a saved page: under 长期绩效指标, 环境效益指标 | ……
    // (the …… merged over 指标内容 and 指标值) between two rows with values, and a …… row under the 一级.
    const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const rows = [
      ['项目名称', '果园提质增效', '', '', ''],
      ['长期绩效指标', '', '', '', ''],
      ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
      ['效益指标', '经济效益指标', '亩均增收', '≥300元', ''],
      ['', '社会效益指标', '带动农户数', '≥1200户', ''],
      ['', '环境效益指标', '……', '', ''],
      ['', '可持续影响指标', '管护机制', '长期有效运行', ''],
      ['', '……', '', '', ''],
    ];
    const html = `<html><head><meta charset="utf-8"></head><body><h2>项目支出绩效目标申报表</h2><table>${rows.map(tr).join('')}</table></body></html>`;
    const out = await importBuffer(bytes(html), 'form.html');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['经济效益指标', '亩均增收', '≥300元'],
      ['社会效益指标', '带动农户数', '≥1200户'],
      ['可持续影响指标', '管护机制', '长期有效运行'],
    ]);
  });
});
