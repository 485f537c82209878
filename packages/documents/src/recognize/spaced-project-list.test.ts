import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';

// A 旗 unit's 项目绩效目标表 copied from its page with one space between cells: the projects' own cells on each
// project's first row, 指标性质 and 指标方向 in words, a 定性 row's value and points on lines of their own.
const page = [
  '项目绩效目标表',
  '单位:元',
  '项目名称 项目单位 项目类别 预算数 年度绩效目标 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值',
  '草原巡护经费 101001-某旗林草局 32-专项资金项目 500,000.00 完成全旗草原巡护任务。 产出指标(50分) 数量指标 巡护面积 正向 大于等于 120 万亩 20',
  '质量指标 巡护覆盖率 正向 等于 100 % 15',
  '时效指标 巡护完成时间 定性',
  '年底前',
  '15',
  '防火物资购置 101001-某旗林草局 32-专项资金项目 80,000.00 购置扑火物资。 产出指标(50分) 数量指标 购置灭火器数量 反向 小于等于 200 30',
  '成本指标 物资购置成本 反向 小于等于 8 万元 20',
].join('\n');

describe('a project list copied with one space between cells', () => {
  it('reads each project with its unit, its amount in 元 and its indicators placed by what each word is', () => {
    const forms = importText(page);
    const projects = forms.filter((f) => f.kind === 'project');
    expect(projects.map((f) => [f.name, f.budget.total])).toEqual([
      ['草原巡护经费', '50'],
      ['防火物资购置', '8'],
    ]);
    const [first, second] = projects;
    if (first?.kind !== 'project' || second?.kind !== 'project') throw new Error('no project forms');
    expect(first.unit).toBe('101001-某旗林草局');
    expect(first.indicators.map((i) => [i.name, i.target.raw, i.weight])).toEqual([
      ['巡护面积', '≥120万亩', '20'],
      ['巡护覆盖率', '=100%', '15'],
      ['巡护完成时间', '年底前', '15'],
    ]);
    expect(second.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['购置灭火器数量', '≤200'],
      ['物资购置成本', '≤8万元'],
    ]);
  });
});

describe('readSpacedProjectList before a list header', () => {
  const row = (cells: string[], table = false) => ({ cells, table });

  it('gives back every row as it was (a copy of the array) where no line heads a list', async () => {
    const { readSpacedProjectList } = await import('./spaced-project-list.ts');
    const given = [
      row(['项目绩效目标表']),
      row(['项目名称', '某项目'], true),
      row(['巡护面积 正向 大于等于 120']),
    ];
    const out = readSpacedProjectList(given);
    expect(out).not.toBe(given);
    expect(out.every((r, k) => r === given[k])).toBe(true);
  });

  it('keeps the lines before a header as they were and cuts the rows after it', async () => {
    const { readSpacedProjectList } = await import('./spaced-project-list.ts');
    const header = '项目名称 项目单位 预算数 一级指标 二级指标 三级指标 目标值 计量单位 分值';
    const given = [
      row(['单位:元']),
      row([header]),
      row(['某项目 某局 50 产出指标 数量指标 巡护面积 120 万亩 20']),
    ];
    const out = readSpacedProjectList(given);
    expect(out[0]).toBe(given[0]);
    expect(out[1]!.cells).toEqual(header.split(' '));
    expect(out[2]!.cells).toEqual([
      '某项目',
      '某局',
      '50',
      '产出指标',
      '数量指标',
      '巡护面积',
      '120',
      '万亩',
      '20',
    ]);
  });
});
