import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 项目绩效目标批复表 a budget system printed as an outline (wide/382's
// layout, other words): the headings 项目 / 指标值 / 绩效金额 one a line, then the unit, its project and the
// levels as lines indented by their depth, the project's amount (in 元) and each indicator's value on the line
// after it without indentation.
const OUTLINE = [
  '某市某某中心2021年项目绩效目标批复表',
  '单位:元',
  '项目',
  '指标值',
  '绩效金额',
  ' 某市某某中心',
  '  设备维护经费',
  '250000',
  '   产出指标',
  '    数量指标(必填)',
  '     维护设备台数',
  '≥20台',
  '     巡检次数',
  '12次',
  '    时效指标',
  '     维修响应及时率',
  '100%',
  '   满意度指标',
  '    服务对象满意度指标(必填)',
  '     使用科室满意度',
  '≥90%',
  '附件下载:',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'outline.txt');
  return out.ok ? out.forms[0] : undefined;
}

describe('a target form printed as an outline', () => {
  it('reads the unit, the project, its amount and the indicators under their levels', async () => {
    const f = await read(OUTLINE);
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect([f.name, f.supervisor ?? f.unit, f.budget.total]).toEqual(['设备维护经费', '某市某某中心', '25']);
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '维护设备台数', '≥20台'],
      ['产出指标', '数量指标', '巡检次数', '12次'],
      ['产出指标', '时效指标', '维修响应及时率', '100%'],
      ['满意度指标', '服务对象满意度指标', '使用科室满意度', '≥90%'],
    ]);
  });

  it('leaves lines without the outline’s indentation as they are', async () => {
    const flat = OUTLINE.map((l) => l.trim());
    const f = await read(flat);
    expect(f?.kind === 'project' ? f.indicators.length : 0).toBe(0);
  });
});

// The same outline as a saved web page keeps it: the tree in a table's first column (项目 | 指标值 | 绩效金额 its
// heading row), the indentation lost to the cells, each value beside its item, the amount in the third column.
function outlinePage(items: Array<[string, string, string]>, after = ''): Uint8Array {
  const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return new TextEncoder().encode(
    `<html><head><meta charset="utf-8"></head><body><h2>某市某某中心2021年项目绩效目标批复表</h2><p>单位:元</p>` +
      `<table>${tr(['项目', '指标值', '绩效金额'])}${items.map((r) => tr(r)).join('')}</table>${after}</body></html>`,
  );
}
const TABLE_OUTLINE: Array<[string, string, string]> = [
  ['某市某某中心', '', ''],
  ['设备维护经费', '', '250000'],
  ['产出指标', '', ''],
  ['成本指标(必填硬性指标)', '', ''],
  ['按定价标准采购', '100%', ''],
  ['数量指标(必填)', '', ''],
  ['维护设备台数', '≥20台', ''],
  ['满意度指标', '', ''],
  ['服务对象满意度指标(必填)', '', ''],
  ['使用科室满意度', '≥90%', ''],
];

describe('a target form printed as an outline in a table', () => {
  it('tells the levels by their names, 成本指标 right under a 一级 as its 二级', async () => {
    const out = await importBuffer(outlinePage(TABLE_OUTLINE, '<p>附件下载:</p>'), 'outline.html');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect([f.name, f.supervisor ?? f.unit, f.budget.total]).toEqual(['设备维护经费', '某市某某中心', '25']);
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ['产出指标', '成本指标', '按定价标准采购', '100%'],
      ['产出指标', '数量指标', '维护设备台数', '≥20台'],
      ['满意度指标', '服务对象满意度指标', '使用科室满意度', '≥90%'],
    ]);
  });

  it('takes 成本指标 after a 一级’s indicators as a 一级 of its own (the newer framework)', async () => {
    const items: Array<[string, string, string]> = [
      ...TABLE_OUTLINE.slice(0, 3),
      ...TABLE_OUTLINE.slice(5, 7),
      ['成本指标', '', ''],
      ['经济成本指标', '', ''],
      ['单台维护成本', '≤1000元', ''],
    ];
    const out = await importBuffer(outlinePage(items), 'outline.html');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '维护设备台数'],
      ['成本指标', '经济成本指标', '单台维护成本'],
    ]);
  });

  it('reads no outline from a table whose heading row is not 项目 | 指标值', async () => {
    const page = new TextDecoder()
      .decode(outlinePage(TABLE_OUTLINE))
      .replace('<td>指标值</td>', '<td>备注</td>');
    const out = await importBuffer(new TextEncoder().encode(page), 'outline.html');
    const f = out.ok ? out.forms[0] : undefined;
    expect(f?.kind === 'project' ? f.indicators.length : 0).toBe(0);
  });
});
