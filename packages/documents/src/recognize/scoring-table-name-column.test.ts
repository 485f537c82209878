import { describe, expect, it } from 'vitest';
import { importText } from '../import-document.ts';

// Scoring templates (一级指标 | 二级指标 | 三级指标 | 得分, criteria with their points) head their second table
// with "单位名称/项目名称" over 一级指标 | … | 分值 | 得分: the two rows join into one row of column headings,
// whose 项目名称 names the table's column, not a project.
const scoringTable = [
  '| 一级指标 | 二级指标 | 三级指标 | 得分 |',
  '| 部门决策(25分) | 目标任务(15分) | 相关性(5分) |',
  '|',
  '| 明确性(5分) |',
  '| 单位名称/ 项目名称 |',
  '| |||',
  '| 一级 指标 | 二级 指标 | 三级指标 | 分值 | 得分 |',
  '| (20分) | (10分) | 必要性 | 5 |',
  '| 可行性 | 5 |',
  '| (10) | 明确性 | 5 |',
].join('\n');

const projectForm = [
  '项目支出绩效目标表',
  '| 项目名称 | 乡村道路养护 |',
  '| 项目资金(万元) | 50 |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
  '| 产出指标 | 数量指标 | 养护道路里程 | ≥20公里 |',
].join('\n');

describe('a 项目名称 over a row of column headings', () => {
  it('is the name column of a scoring table, which names no project form', () => {
    expect(importText(scoringTable)).toEqual([]);
  });

  it('still names the project when it stands with its value', () => {
    const [form] = importText(projectForm);
    if (form?.kind !== 'project') throw new Error(`a project form, not ${form?.kind}`);
    expect(form.name).toBe('乡村道路养护');
    expect(form.indicators.map((i) => i.name)).toEqual(['养护道路里程']);
  });
});
