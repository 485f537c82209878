// The unit's label at the head of a project form: 上海's 财政支出项目绩效目标申报表 opens with 申报单位名称:X (fresh/628, a
// document library's preview that runs each label into its value) — the lexicon knew 申报单位 and 单位名称, not the two
// together; and a unit label left for the seal (申报单位：（盖章）, wide/272 once 申报单位名称 was known) over a line
// that is a label and its value (项目名称 某某经费) had taken that line as its value, and the form lost its name.
import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';

async function projectsOf(text: string): Promise<ProjectForm[]> {
  const outcome = await importBuffer(new TextEncoder().encode(text), 'fresh.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.forms.filter((f): f is ProjectForm => f.kind === 'project');
}

describe("上海's project target form head", () => {
  it('reads 申报单位名称:X as the unit', async () => {
    // Made up after fresh/628.
    const text = [
      '上海市财政支出项目绩效目标申报表',
      '申报单位名称:上海市某某服务中心',
      '项目名称某某专项服务工作经费',
      '项目类型',
      '经常性专项业务费√ 其他经常性项目□',
      '开始时间2019/1/1结束时间2019/12/31',
    ].join('\n');
    const [f] = await projectsOf(text);
    expect(f!.unit).toBe('上海市某某服务中心');
    expect(f!.name).toBe('某某专项服务工作经费');
  });

  it('reads the label in a cell of its own too', async () => {
    const text = [
      '上海市财政支出项目绩效目标申报表',
      '申报单位名称\t上海市某某服务中心',
      '项目名称\t某某专项服务工作经费',
    ].join('\n');
    const [f] = await projectsOf(text);
    expect(f!.unit).toBe('上海市某某服务中心');
  });
});

describe('a unit label left for the seal', () => {
  // Made up after wide/272 (芜湖), a space-aligned copy of its 申报明细表.
  const text = (unitLine: string) =>
    [
      '2019年度某某市某某病种筛查经费预算项目支出绩效目标申报明细表',
      '(2019年度)',
      unitLine,
      '       项目名称 某某病种筛查经费',
      '      项目类型    部门预算 □              切块预算 □',
      '      项目属性        延续项目                                新增项目',
      '项目总预算(万元) 75.00      项目当年预算(万元) 25.00',
      '一级指标 二级指标 三级指标 指标值',
      '产出指标 数量指标 筛查人数 ≥1000人',
    ].join('\n');

  it('keeps the next line, a label and its value, for its own field', async () => {
    for (const line of ['申报单位:(盖章)', '申报单位名称:(盖章)', '申报单位:']) {
      const [f] = await projectsOf(text(line));
      expect(f?.name).toBe('某某病种筛查经费');
    }
  });

  it("reads no unit from the seal's note", async () => {
    const [f] = await projectsOf(text('申报单位名称:(盖章)'));
    expect(f!.unit).toBeNull();
    const [g] = await projectsOf(text('申报单位名称:某某市疾病预防控制中心'));
    expect(g!.unit).toBe('某某市疾病预防控制中心');
  });
});
