import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { isLocalSupervisor } from './local-supervisor-words.ts';

// Made for this test in the shape of a district's 衔接 fund 绩效目标表 as a page copies it (fresh/659's template):
// the level's supervising unit and the unit that spends the money on one row.
const form = (label: string) =>
  [
    '某县2025年某某补助资金绩效目标表',
    '资金名称 | 某某补助资金 |',
    `${label} | 某县教育局 | 实施单位 | 某某中学 |`,
    '资金情况(万元) | 年度金额 | 40 |',
    '一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '产出指标 | 数量指标 | 资助学生人数 | ≥200人 |',
  ].join('\n');

describe('a supervisor named by its local level', () => {
  it('县级主管单位 is the form’s supervising department', async () => {
    const f = await readProjectText(form('县级主管单位'));
    expect(f.supervisor).toBe('某县教育局');
    expect(f.executor).toBe('某某中学');
  });

  it('乡镇主管单位 too', async () => {
    const f = await readProjectText(form('乡镇主管单位'));
    expect(f.supervisor).toBe('某县教育局');
  });

  it('the province’s or the centre’s department is not the form’s supervisor', async () => {
    expect(isLocalSupervisor('省级主管部门')).toBe(false);
    expect(isLocalSupervisor('中央主管部门')).toBe(false);
    expect(isLocalSupervisor('县级财政部门')).toBe(false);
    // A value run into the next label by the copy (县级储备粮 | 主管单位 on one line) is no label.
    expect(isLocalSupervisor('县级储备粮主管单位')).toBe(false);
    const f = await readProjectText(form('省级主管部门'));
    expect(f.supervisor).toBeNull();
  });
});
