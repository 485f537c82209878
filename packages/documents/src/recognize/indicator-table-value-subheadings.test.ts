import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 项目支出绩效目标批复表 copied as pipe rows (wide/374's template): under
// 指标值 | 指标标准或依据 a second header row names the value's columns by year (2021年实际实现值 | 预期2022年
// 实现值), while each indicator row prints one value only.
const form = (subheading: string) =>
  [
    '项目支出绩效目标批复表 | ||||||',
    '项目名称 | 某某培训班 | 项目负责人 | ||||',
    '项目金额 | 50万元 | |||||',
    '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标标准或依据 | |',
    subheading,
    '数量指标 | 培训人次 | 280人次 | ||||',
    '质量指标 | 培训完成率 | 100% | ||||',
  ].join('\n');

async function read(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f.indicators.map((i) => [i.name, i.target?.raw ?? null]);
}

describe('a header row naming the value columns by year', () => {
  it('is no indicator; the rows under it keep their one value as the target', async () => {
    expect(await read(form('2021年实际实现值 | 预期2022年实现值 | |||||'))).toEqual([
      ['培训人次', '280人次'],
      ['培训完成率', '100%'],
    ]);
  });

  it('leaves a row of an indicator named with a year as an indicator', async () => {
    expect((await read(form('2021年度培训人次 | 300人次 | |||||'))).map((r) => r[0])).toContain(
      '2021年度培训人次',
    );
  });
});

describe('项目金额, the 批复表’s word for the project’s amount', () => {
  it('gives the budget; an unknown amount label gives none', async () => {
    const budget = async (label: string) => {
      const out = await importBuffer(
        new TextEncoder().encode(form('').replace('项目金额', label)),
        'form.txt',
      );
      const f = out.ok ? out.forms[0] : undefined;
      return f?.kind === 'project' ? f.budget.total : undefined;
    };
    expect(await budget('项目金额')).toBe('50');
    expect(await budget('项目款项')).toBeNull();
  });
});
