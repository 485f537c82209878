// Golden tests: the defects a reviewer points out in the five seeds (found by reading them, written by hand),
// and no error where the documents are right.
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '@jixiao/core';
import { importText } from '../src/index.ts';
import { haveSeeds, seedText } from './seeds.ts';

const check = (prefix: string) => {
  const forms = importText(seedText(prefix));
  return runChecks(forms);
};
const has = (findings: Finding[], rule: string, path: string, severity?: string) =>
  findings.some((f) => f.rule === rule && f.path === path && (!severity || f.severity === severity));
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe.skipIf(!haveSeeds)('checks on the seeds', () => {
  it('000: no 数量指标 in either goal, and 定性/target values written in the basis column', () => {
    const f = check('000');
    expect(f.filter((x) => x.rule === 'R-IND-03' && x.severity === 'error')).toHaveLength(2);
    expect(has(f, 'R-IND-09', '/indicators/0/basis', 'error')).toBe(true); // 定性 as a basis
    expect(has(f, 'R-IND-09', '/indicators/5/basis', 'error')).toBe(true); // 满意率≥95% as a basis
    expect(has(f, 'R-FORM-01', '/unit')).toBe(true); // 申报单位 lost from the header
    expect(f.every((x) => x.form === '2022年度市行政审批局信息项目资金')).toBe(true);
  });

  it('001: ≥100% for a completion rate, and annual targets written as 完成 with the number in the basis', () => {
    const f = check('001');
    expect(has(f, 'R-IND-12', '/indicators/2/target')).toBe(true);
    expect(has(f, 'R-IND-09', '/indicators/7/basis', 'error')).toBe(true); // ≥10个 in the basis column
    expect(has(f, 'R-IND-09', '/indicators/0/basis', 'error')).toBe(true); // 反映… description as a basis
    expect(has(f, 'R-IND-18', '/indicators/7/target')).toBe(true); // 数量指标 not quantified
  });

  it('002: 联系部门满意度 ≥100%, an empty long-term goal, 2022 income ≠ expenditure, 国家标准', () => {
    const f = check('002');
    expect(has(f, 'R-IND-12', '/indicators/36/target', 'error')).toBe(true);
    expect(has(f, 'R-GOAL-01', '/goals/0/text', 'error')).toBe(true);
    expect(
      f.some((x) => x.rule === 'R-DEPT-02' && x.path.includes('2022') && x.message.includes('1757.19')),
    ).toBe(true);
    expect(has(f, 'R-IND-09', '/indicators/24/basis', 'warning')).toBe(true);
    // 59.32% for 956/1611.44 = 59.326% is within the rounding the form's shares allow
    expect(f.some((x) => x.rule === 'R-DEPT-02' && x.message.includes('59.32'))).toBe(false);
  });

  it('003: the department form disagrees with the disclosure, a misspelt project, a wrong percentage', () => {
    const f = check('003');
    expect(has(f, 'R-DEPT-03', '/funds/income/2/current', 'error')).toBe(true); // 4904.64 vs 4804.64
    expect(has(f, 'R-DEPT-03', '/funds/expenditure/1/current', 'error')).toBe(true); // 3771.56 vs 3671.56
    expect(
      f.some(
        (x) =>
          x.rule === 'R-DEPT-06' && x.message.includes('后期保障经费') && x.message.includes('后勤保障经费'),
      ),
    ).toBe(true);
    expect(f.some((x) => x.rule === 'R-DEPT-06' && x.message.includes('行政审批综合业务支出'))).toBe(true);
    expect(
      f.some((x) => x.rule === 'R-PUB-04' && x.message.includes('11.44') && x.message.includes('11.45')),
    ).toBe(true);
    // the standard tables themselves add up
    expect(f.filter((x) => ['R-PUB-01', 'R-PUB-02', 'R-PUB-03', 'R-PUB-07'].includes(x.rule))).toEqual([]);
    // the 成本指标 row of 后勤保障经费 has a value (不超支) but no name
    expect(f.some((x) => x.rule === 'R-IND-17' && x.form === '后勤保障经费')).toBe(true);
  });

  it('004: the approved forms are sound — no error', () => {
    expect(errors(check('004'))).toEqual([]);
  });

  it('every finding is well formed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const x of check(prefix)) {
        expect(x.rule).toMatch(/^R-[A-Z]+-\d+$/);
        expect(x.path).toMatch(/^(\/[^/]*)*$/);
        expect(x.message).toMatch(/[\u4e00-\u9fff]/);
        expect(x.message).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
