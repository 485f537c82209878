// 上海's 财政支出项目绩效目标申报表 opens with the unit as 申报单位名称:X (fresh/628, a document library's preview
// that runs each label into its value): the lexicon knew 申报单位 and 单位名称, not the two together.
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
