import { rule } from './r-dept-02.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { fundLine, makeDepartmentForm } from '../helpers/test-forms.ts';

/** The funds table of seed 002 (鄂州市行政审批局 2024), as the importer reads it. */
const seed002Funds = {
  income: [
    fundLine('财政拨款', '1611.44', '100%', { '2022': '1741.89', '2023': '2419.18' }),
    fundLine('财政专户管理资金', null, null, { '2022': null, '2023': null }),
    fundLine('单位资金', null, null, { '2022': '15.30', '2023': '20.11' }),
    fundLine('合  计', '1611.44', '100%', { '2022': '1757.19', '2023': '2439.29' }),
  ],
  expenditure: [
    fundLine('人员类项目支出', '571.71', '35.48%', { '2022': '567.13', '2023': '556.23' }),
    fundLine('运转类项目支出', '83.73', '5.20%', { '2022': '100.21', '2023': '108.32' }),
    fundLine('特定目标类项目支出', '956', '59.32%', { '2022': '1086.93', '2023': '1774.75' }),
    fundLine('合  计', '1611.44', '100%', { '2022': '1754.27', '2023': '2439.29' }),
  ],
};

const base = makeDepartmentForm();

/** wide/114 (宁德 2019): 年度预算安排 资金总额 171.41 = 项目支出 60.8 + 基本支出 110.61, and a 年度履职目标 list. */
const ningde = (basicInList: string) =>
  makeDepartmentForm({
    funds: {
      income: [],
      expenditure: [
        fundLine('资金总额', '171.41', null),
        fundLine('项目支出', '60.8', null),
        fundLine('基本支出', '110.61', null),
      ],
    },
    projects: [
      {
        name: '保障志鉴地情相关工作开展所需资金地情、市志编纂与年鉴出版经费',
        category: null,
        total: null,
        current: '49.8',
        purpose: null,
      },
      {
        name: '确保日常工作正常运行按时发放2019年人员工资待遇基本支出',
        category: null,
        total: null,
        current: basicInList,
        purpose: null,
      },
    ],
  });

ruleTester(rule, {
  valid: [
    { name: 'a table that adds up', form: base },
    { name: 'a 履职目标 row of 基本支出 that restates the funds’ 110.61', form: ningde('110.61') },
    {
      name: 'no 合计 line: nothing to compare',
      form: makeDepartmentForm({ funds: { income: [fundLine('财政拨款', '10', null)], expenditure: [] } }),
    },
  ],
  invalid: [
    {
      name: 'wide/114: the 履职目标 row of 基本支出 carries 171.41 (the 资金总额), the funds 110.61',
      form: ningde('171.41'),
      errors: [{ messageId: 'basicDiffers', path: '/projects/1/current', severity: 'error' }],
    },
    {
      name: 'seed 002: 2022 income ≠ expenditure, 2023 expenditure rows off by 0.01',
      form: makeDepartmentForm({ funds: seed002Funds }),
      errors: [
        { messageId: 'sumRounding', path: '/funds/expenditure/3/history/2023', severity: 'info' },
        { messageId: 'balanceMismatch', path: '/funds/expenditure/3/history/2022', severity: 'warning' },
      ],
    },
    {
      name: 'current-year rows do not add up, a share miscomputed',
      form: makeDepartmentForm({
        funds: {
          income: [
            fundLine('财政拨款', '1600', '80%'),
            fundLine('单位资金', '300', '20%'),
            fundLine('合计', '2000', '100%'),
          ],
          expenditure: base.funds.expenditure.map((l) => ({ ...l, history: {} })),
        },
      }),
      errors: [
        { messageId: 'sumMismatch', path: '/funds/income/2/current', severity: 'error' },
        { messageId: 'shareMismatch', path: '/funds/income/1/share', severity: 'warning' },
      ],
    },
    {
      name: 'income 合计 ≠ expenditure 合计 in the current year',
      form: makeDepartmentForm({
        funds: {
          income: [fundLine('财政拨款', '2100', '100%'), fundLine('合计', '2100', '100%')],
          expenditure: base.funds.expenditure.map((l) => ({ ...l, history: {} })),
        },
      }),
      errors: [{ messageId: 'balanceMismatch', path: '/funds/expenditure/2/current', severity: 'error' }],
    },
    {
      name: 'shares do not sum to 100%',
      form: makeDepartmentForm({
        funds: {
          income: [
            fundLine('财政拨款', '1600', '80.00%'),
            fundLine('单位资金', '400', '19.90%'),
            fundLine('合计', '2000', '100%'),
          ],
          expenditure: [fundLine('人员类项目支出', '2000', '100%'), fundLine('合计', '2000', null)],
        },
      }),
      errors: [
        { messageId: 'shareMismatch', path: '/funds/income/1/share', severity: 'warning' },
        { messageId: 'sharesSum', path: '/funds/income/2/share', severity: 'warning' },
      ],
    },
    {
      name: '合计 share not 100%',
      form: makeDepartmentForm({
        funds: {
          income: [fundLine('财政拨款', '2000', '100%'), fundLine('合计', '2000', '99%')],
          expenditure: base.funds.expenditure.map((l) => ({ ...l, history: {} })),
        },
      }),
      errors: [{ messageId: 'totalShare', path: '/funds/income/1/share', severity: 'warning' }],
    },
  ],
});
