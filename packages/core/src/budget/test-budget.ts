// A small, consistent budget for the budget tests (amounts chosen so every figure can be checked by hand).
import { budgetSchema, type Budget } from './budget-model.ts';

const z = '0.00';

export function makeBudget(): Budget {
  return budgetSchema.parse({
    year: 2025,
    department: '某市某局',
    departmentCode: '101',
    unitCode: '101001',
    income: {
      generalPublic: '1000.00',
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
      { code: '30101', name: '基本工资', basic: '300.00', project: z },
      { code: '30102', name: '津贴补贴', basic: '200.00', project: z },
      { code: '302', name: '商品和服务支出', basic: z, project: '400.00' },
      { code: '30201', name: '办公费', basic: '100.00', project: z },
    ],
    projects: [
      { name: '甲项目', category: '经常性项目', amount: '300.00', purpose: '甲的用途' },
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
      threePublic: { abroad: z, vehiclePurchase: z, vehicleOperation: '2.00', reception: '2.00' },
    },
    texts: { profile: '某局的职能。', tasks: '某局的任务。', reasons: { total: '项目减少' } },
  });
}

/**
 * A department with 事业收入, 其他收入, 政府性基金 and 上年结转 partly of other funds (hand-checked):
 * 财政拨款 = 800 一般公共预算 + 100 政府性基金 + 20 财政拨款结转 = 920 = 600 + 220 (general) + 100 (fund);
 * other funds = 150 事业收入 + 50 其他收入 + 10 其他结转 = 210 = 160 + 50; in all 1130.
 */
export function makeMixedBudget(): Budget {
  return budgetSchema.parse({
    year: 2025,
    department: '某市某中心',
    departmentCode: '102',
    unitCode: '102001',
    income: {
      generalPublic: '800.00',
      governmentFund: '100.00',
      operating: '150.00',
      superior: z,
      subordinate: z,
      business: z,
      other: '50.00',
      specialAccount: z,
      carryOver: '30.00',
    },
    carryOverOther: '10.00',
    functional: [
      {
        code: '2010301',
        name: '行政运行',
        fund: 'general',
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
        fund: 'general',
        wages: z,
        goods: z,
        family: z,
        capital: z,
        regular: '220.00',
        policy: z,
        oneOff: z,
        otherProject: z,
      },
      {
        code: '2120801',
        name: '征地和拆迁补偿支出',
        fund: 'governmentFund',
        wages: z,
        goods: z,
        family: z,
        capital: z,
        regular: z,
        policy: z,
        oneOff: z,
        otherProject: '100.00',
      },
      {
        code: '2010301',
        name: '行政运行',
        fund: 'other',
        wages: '100.00',
        goods: '60.00',
        family: z,
        capital: z,
        regular: z,
        policy: z,
        oneOff: z,
        otherProject: z,
      },
      {
        code: '2010350',
        name: '事业运行',
        fund: 'other',
        wages: z,
        goods: z,
        family: z,
        capital: z,
        regular: '50.00',
        policy: z,
        oneOff: z,
        otherProject: z,
      },
    ],
    economic: [
      { code: '30101', name: '基本工资', fund: 'general', basic: '500.00', project: z },
      { code: '30201', name: '办公费', fund: 'general', basic: '100.00', project: z },
      { code: '302', name: '商品和服务支出', fund: 'general', basic: z, project: '220.00' },
      { code: '310', name: '资本性支出', fund: 'governmentFund', basic: z, project: '100.00' },
      { code: '30101', name: '基本工资', fund: 'other', basic: '100.00', project: z },
      { code: '30201', name: '办公费', fund: 'other', basic: '60.00', project: z },
      { code: '302', name: '商品和服务支出', fund: 'other', basic: z, project: '50.00' },
    ],
    projects: [
      { name: '甲项目', category: '经常性项目', amount: '270.00' },
      { name: '乙项目', category: '其他项目', amount: '100.00' },
    ],
    threePublic: { abroad: z, vehiclePurchase: z, vehicleOperation: z, reception: z },
    operatingCosts: '100.00',
    procurement: { goods: z, works: z, services: z },
    vehicles: { general: 0, enforcement: 0, special: 0 },
    lastYear: {
      total: null,
      generalPublic: null,
      basic: null,
      project: null,
      publicFunds: null,
      threePublic: null,
    },
    texts: {},
  });
}

/** makeBudget's department as two 预算单位: the 机关 with 行政运行 (600), a 中心 with the projects (400). */
export function makeUnitsBudget(): Budget {
  const b = makeBudget();
  const income = (generalPublic: string) => ({
    generalPublic,
    governmentFund: z,
    stateCapital: z,
    operating: z,
    superior: z,
    subordinate: z,
    business: z,
    other: z,
    specialAccount: z,
    carryOver: z,
  });
  b.unitCode = null;
  b.units = [
    { code: '101001', name: '某市某局机关', income: income('600.00') },
    { code: '101002', name: '某市某局服务中心', income: income('400.00') },
  ];
  b.functional[0]!.unitCode = '101001';
  b.functional[1]!.unitCode = '101002';
  return b;
}

/**
 * makeBudget with 国有资本经营预算 (hand-checked): 60 of that income pays for 国有企业资本金注入 (22302, a project of
 * class 312 对企业补助); 财政拨款 = 1000 一般公共预算 + 60 = 1060 = all spending.
 */
export function makeStateCapitalBudget(): Budget {
  const b = makeBudget();
  b.income.stateCapital = '60.00';
  b.functional.push({
    code: '22302',
    name: '国有企业资本金注入',
    fund: 'stateCapital',
    unitCode: null,
    wages: z,
    goods: z,
    family: z,
    capital: z,
    regular: z,
    policy: z,
    oneOff: z,
    otherProject: '60.00',
  });
  b.economic.push({
    code: '312',
    name: '对企业补助',
    govCode: null,
    fund: 'stateCapital',
    basic: z,
    project: '60.00',
  });
  b.projects.push({ code: null, name: '丙项目', category: '其他项目', amount: '60.00', purpose: null });
  return b;
}
