import { describe, expect, it } from 'vitest';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for these tests in the shape of a 专项资金绩效目标表 whose cells ran together on one line: 补助区域 and the
// region follow the 主管部门 with no border between.
const runTogether = (regionLabel: string) =>
  '专项资金绩效目标表（2026年度）项目名称某某专项资金（交流基地建设）主管部门（单位）名称某某市委宣传部' +
  `${regionLabel}某某市资金情况（万元）资金总额：15其中：财政拨款15其他资金0`;

const read = (text: string) => projectFormOfText(text);

describe('补助区域, the region a 专项资金 goes to', () => {
  it('is a label of its own: the 主管部门 before it stops there', async () => {
    expect((await read(runTogether('补助区域'))).supervisor).toBe('某某市委宣传部');
  });

  it('names no unit: the region is kept beside the form, not as its 主管部门 or 实施单位', async () => {
    const f = await read(runTogether('补助区域'));
    expect([f.unit, f.supervisor, f.executor]).not.toContain('某某市');
  });
});

describe('补助项目/区域项目, the 强制免疫补助 template’s words for the same cell', () => {
  it('ends the 主管部门 run on before it; other words after the department still run on', async () => {
    expect((await read(runTogether('补助项目/区域项目'))).supervisor).toBe('某某市委宣传部');
    expect((await read(runTogether('补助地点'))).supervisor).not.toBe('某某市委宣传部');
  });
});
