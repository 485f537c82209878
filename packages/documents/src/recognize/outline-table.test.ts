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
