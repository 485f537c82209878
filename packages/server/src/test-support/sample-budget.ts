// A small, consistent budget (income = expenditure, functional = economic, projects = project columns) for
// the API tests; amounts chosen so the generated figures can be checked by hand.
import { budgetSchema, type Budget } from '@jixiao/core';

const z = '0';

export function sampleBudget(department = '部门A', year = 2025): Budget {
  return budgetSchema.parse({
    year,
    department,
    departmentCode: '101',
    approvedOn: `${year}-01-10`,
    income: { generalPublic: '1000.00' },
    functional: [
      {
        code: '2010301',
        name: '行政运行',
        wages: '500.00',
        goods: '100.00',
        family: z,
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
        regular: '300.00',
        policy: z,
        oneOff: z,
        otherProject: '100.00',
      },
    ],
    economic: [
      { code: '30101', name: '基本工资', basic: '500.00', project: z },
      { code: '30201', name: '办公费', basic: '100.00', project: '400.00' },
    ],
    projects: [
      { name: '甲项目', category: '经常性项目', amount: '300.00' },
      { name: '乙项目', category: '其他项目', amount: '100.00' },
    ],
    threePublic: { abroad: z, vehiclePurchase: z, vehicleOperation: '2.00', reception: '1.00' },
    operatingCosts: '100.00',
    procurement: { goods: '10.00', works: z, services: '20.00' },
    vehicles: { general: 1, enforcement: 0, special: 0 },
    lastYear: {
      total: '1250.00',
      generalPublic: '1250.00',
      basic: '660.00',
      project: '590.00',
      publicFunds: '80.00',
      threePublic: null,
    },
    texts: {},
  });
}
