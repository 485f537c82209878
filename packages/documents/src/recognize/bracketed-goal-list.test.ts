import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a department's list of its projects' targets as a budget system publishes it
// (wide/514's layout, other words and figures): the list's headings one a paragraph, the department's, its unit's
// and a category's lines (code, name, amount), then each project's code, name and amount over its cells in
// bracketed headings — 【项目概况】: …, 【总体目标】 over its goal, one 【一级-二级】 heading per level pair over
// 指标1:name(value) lines. Amounts in 元, no unit written; the 成本 target states the first project's amount in 元.
const LIST = [
  '某市某某局2024年项目绩效目标和指标',
  '单位编码',
  '单位名称(项目类别',
  '/支出项目)',
  '年度预算安排',
  '项目内容',
  '绩效目标',
  '某市某某局',
  '5200000',
  ' 120001',
  ' 某市某某局',
  '3400000',
  '  专项业务类',
  '450000',
  '   120001',
  '   档案数字化加工项目',
  '450000',
  '【项目概况】:对馆藏档案进行数字化加工。',
  '【总体目标】',
  '完成馆藏档案数字化加工,提升档案利用效率',
  '【产出指标-数量指标】',
  '指标1:加工档案页数(≥30万页)',
  '指标2:加工档案卷数(≥2000卷)',
  '【产出指标-质量指标】',
  '指标1:加工验收合格率(≥98%)',
  '【产出指标-成本指标】',
  '指标1:加工成本(≤450000元)',
  '【满意度指标-服务对象满意度指标】',
  '指标1:查档群众满意度(≥90%)',
  '  本级项目',
  '80000',
  '   120001',
  '   档案宣传经费',
  '80000',
  '【项目概况】:开展档案宣传活动。',
];

async function read(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'list.txt');
  return out.ok ? out.forms : [];
}

describe("a department's list of project targets under bracketed headings", () => {
  it('reads each project: its name, its unit, its amount and the targets under their levels', async () => {
    const forms = await read(LIST);
    const [first, second] = forms.map((f) => (f.kind === 'project' ? f : null));
    if (!first || !second) throw new Error('two project forms expected');
    expect([first.name, first.unit, first.budget.total]).toEqual(['档案数字化加工项目', '某市某某局', '45']);
    expect(first.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '加工档案页数', '≥30万页'],
      ['产出指标', '数量指标', '加工档案卷数', '≥2000卷'],
      ['产出指标', '质量指标', '加工验收合格率', '≥98%'],
      ['产出指标', '成本指标', '加工成本', '≤450000元'],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%'],
    ]);
    // The second project's amount is in the column's one unit, 元, as the first project's 成本 target says.
    expect([second.name, second.unit, second.budget.total, second.indicators.length]).toEqual([
      '档案宣传经费',
      '某市某某局',
      '8',
      0,
    ]);
  });

  it('keeps amounts as printed where no 成本 target states one in 元', async () => {
    const forms = await read(
      LIST.map((l) => (l === '指标1:加工成本(≤450000元)' ? '指标1:加工成本(≤45万元)' : l)),
    );
    const first = forms[0];
    expect(first?.kind === 'project' ? first.budget.total : null).toBe('450000');
  });

  it('reads a list in other brackets, slots and value places, its unit stated on a line of its own', async () => {
    // 〔…〕 headings, （1） slots, a value after a colon, no codes, 单位：元 under the title, no 成本 hint in 元.
    const other = [
      LIST[0]!,
      '单位：元',
      ...LIST.slice(1)
        .filter((l) => !/^\s*120001$/.test(l))
        .map((l) =>
          l
            .replace(/^【/, '〔')
            .replace(/】/, '〕')
            .replace(/^指标(\d):/, '（$1）')
            .replace('加工验收合格率(≥98%)', '加工验收合格率：≥98%')
            .replace('加工成本(≤450000元)', '加工成本(≤45万元)'),
        ),
    ];
    const [first, second] = (await read(other)).map((f) => (f.kind === 'project' ? f : null));
    if (!first || !second) throw new Error('two project forms expected');
    expect([first.name, first.unit, first.budget.total]).toEqual(['档案数字化加工项目', '某市某某局', '45']);
    expect(first.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '加工档案页数', '≥30万页'],
      ['数量指标', '加工档案卷数', '≥2000卷'],
      ['质量指标', '加工验收合格率', '≥98%'],
      ['成本指标', '加工成本', '≤45万元'],
      ['服务对象满意度指标', '查档群众满意度', '≥90%'],
    ]);
    expect([second.name, second.budget.total]).toEqual(['档案宣传经费', '8']);
  });

  it('leaves a list whose bracketed headings name no level pair unread', async () => {
    const forms = await read(LIST.map((l) => l.replace(/^【(产出|满意度)指标-/, '【')));
    expect(forms.some((f) => f.kind === 'project' && f.indicators.length > 0)).toBe(false);
  });

  it('reads a list with a long unclosed bracket line among its lines as before (a hostile cell is no heading)', async () => {
    // 【 + 10,000 letters + a dash + 10,000 spaces, no closing 】: the level-pair pattern backtracked for seconds on it.
    const hostile = '【' + 'a'.repeat(10_000) + '-' + ' '.repeat(10_000) + 'x';
    const forms = await read([...LIST, hostile]);
    const first = forms[0];
    expect(first?.kind === 'project' ? first.indicators.length : 0).toBe(5);
  });
});
