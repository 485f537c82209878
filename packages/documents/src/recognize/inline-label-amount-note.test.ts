import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for these tests: a target form counted in 万元 whose head prints two label：value pairs a row, the total's
// label carrying its own money note (元).
const form = (totalLabel: string, figure: string) =>
  [
    '项目支出绩效目标表',
    '金额单位:万元',
    '项目名称：某某补助资金\t\t主管单位：某某县教育局',
    `实施单位：某某县特殊教育学校\t\t${totalLabel}：${figure}`,
    '预期目标\t按期完成补助发放',
    '一级指标\t二级指标\t三级指标\t指标值',
    '产出指标\t数量指标\t补助学生数量\t168',
    '效益指标\t社会效益指标\t家长满意度\t≥90%',
  ].join('\n');

describe('an inline label：value pair whose label names its money', () => {
  it('reads the figure in the money its label names (元 on a form in 万元)', async () => {
    const f = await projectFormOfText(form('资金总额(元)', '300,000.00'));
    expect(f.budget.total).toBe('30');
  });

  it('reads the figure in the form’s money where the label names none', async () => {
    const f = await projectFormOfText(form('资金总额', '30'));
    expect(f.budget.total).toBe('30');
  });
});
