// A target form whose head prints its labels as a column and the values after them (a .doc's preview): 专项名称
// alone on its row labels the project, so the 部门名称 under it is the project's department, not a department form;
// and a title naming only the kind of fund (专项资金绩效目标表) names no project.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { titledProjectName } from './titles.ts';

const text = [
  '专项资金绩效目标表',
  '(2018 年度)',
  '填报单位(盖章): | 某县农业农村局',
  '专项名称 |',
  '部门名称 | 部门相应职能职',
  '一级指标 | 二级指标 | 三级指标 | 指标值',
  '产出指标 | 数量指标 | 培训农户人数 | 300人',
  '效益指标 | 社会效益指标 | 农户增收 | 有所提升',
].join('\n');

describe('a head of labels printed as a column', () => {
  it('reads a project form, its unit from the head and no name from the generic title', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    expect(form?.kind).toBe('project');
    if (form?.kind !== 'project') return;
    expect([form.name, form.unit]).toEqual([null, '某县农业农村局']);
    expect(form.indicators.map((i) => i.name)).toEqual(['培训农户人数', '农户增收']);
  });

  it('takes no project name from a title naming only the kind of fund', () => {
    expect(titledProjectName('专项资金绩效目标表')).toBeNull();
    expect(titledProjectName('2022年省级水利专项资金绩效目标表')).not.toBeNull();
  });
});
