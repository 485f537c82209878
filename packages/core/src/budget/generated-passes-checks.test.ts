// Everything Jixiao writes passes Jixiao's own checks: disclosures generated from many consistent budgets
// (random amounts, with and without 对个人和家庭的补助, 三公 parts, last year) carry no error-severity finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkForm } from '../checks/run-checks.ts';
import { Decimal } from '../money/decimal.ts';
import { budgetSchema, type Budget } from './budget-model.ts';
import { checkBudget } from '../checks/budget/index.ts';
import { generateDisclosure } from './generate-disclosure.ts';

const z = '0.00';
/** An amount in 万元 with two decimals, zero allowed. */
const amount = (max: number) =>
  fc.integer({ min: 0, max: max * 100 }).map((c) => new Decimal(c).div(100).toFixed(2));
const positive = (max: number) =>
  fc.integer({ min: 100, max: max * 100 }).map((c) => new Decimal(c).div(100).toFixed(2));
const sum = (...xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);

const consistentBudget = fc
  .record({
    wagesBasic: positive(900),
    wagesAllowance: amount(400),
    family: amount(50),
    goods: positive(200),
    regular: positive(500),
    otherProject: amount(300),
    abroad: amount(5),
    vehiclePurchase: amount(30),
    vehicleOperation: amount(10),
    reception: amount(8),
    lastBasic: positive(1500),
    lastProject: positive(900),
    lastPublic: positive(200),
    /** A department in its first year (or whose last year was not entered) states no changes. */
    hasLastYear: fc.boolean(),
  })
  .map((a): Budget => {
    const wages = sum(a.wagesBasic, a.wagesAllowance);
    const basic = sum(wages, a.family, a.goods);
    const project = sum(a.regular, a.otherProject);
    const total = sum(basic, project);
    const lastTotal = sum(a.lastBasic, a.lastProject);
    return budgetSchema.parse({
      year: 2026,
      department: '某市某局',
      departmentCode: '101',
      unitCode: '101001',
      income: {
        generalPublic: total,
        governmentFund: z,
        stateCapital: z,
        operating: z,
        superior: z,
        subordinate: z,
        business: z,
        other: z,
        specialAccount: z,
        carryOver: z,
      },
      functional: [
        {
          code: '2010301',
          name: '行政运行',
          wages,
          goods: a.goods,
          family: a.family,
          capital: z,
          regular: z,
          policy: z,
          oneOff: z,
          otherProject: z,
        },
        {
          code: '2010302',
          name: '一般行政管理事务',
          wages: z,
          goods: z,
          family: z,
          capital: z,
          regular: a.regular,
          policy: z,
          oneOff: z,
          otherProject: a.otherProject,
        },
      ],
      economic: [
        { code: '30101', name: '基本工资', basic: a.wagesBasic, project: z },
        { code: '30102', name: '津贴补贴', basic: a.wagesAllowance, project: z },
        { code: '30201', name: '办公费', basic: a.goods, project: project },
        { code: '30305', name: '生活补助', basic: a.family, project: z },
      ],
      projects: [
        { name: '甲项目', category: '经常性项目', amount: a.regular, purpose: '甲的用途' },
        { name: '乙项目', category: '其他项目', amount: a.otherProject },
      ].filter((p) => !new Decimal(p.amount).isZero()),
      threePublic: {
        abroad: a.abroad,
        vehiclePurchase: a.vehiclePurchase,
        vehicleOperation: a.vehicleOperation,
        reception: a.reception,
      },
      operatingCosts: a.goods,
      procurement: { goods: z, works: z, services: z },
      vehicles: { general: 1, enforcement: 0, special: 0 },
      lastYear: a.hasLastYear
        ? {
            total: lastTotal,
            generalPublic: lastTotal,
            basic: a.lastBasic,
            project: a.lastProject,
            publicFunds: a.lastPublic,
            threePublic: { abroad: z, vehiclePurchase: z, vehicleOperation: '2.00', reception: '2.00' },
          }
        : {
            total: null,
            generalPublic: null,
            basic: null,
            project: null,
            publicFunds: null,
            threePublic: null,
          },
      texts: { profile: '某局的职能。', tasks: '某局的任务。', reasons: {} },
    });
  });

describe('generated disclosures pass the checks', () => {
  it('a consistent budget of any amounts gives a disclosure with no error-severity finding', () => {
    fc.assert(
      fc.property(consistentBudget, (b) => {
        expect(checkBudget(b).filter((f) => f.severity === 'error')).toEqual([]);
        const d = generateDisclosure(b);
        const errors = checkForm(d, [d]).filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
