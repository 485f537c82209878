// Budget: a department's budget for one year, held once by national classification codes; the
// disclosure (部门预算公开) is generated from it. Amounts are 万元 as decimal strings (MODEL.md).
import { z } from 'zod';
import { amountSchema } from '../model/decimal-string.ts';

/** 万元, not negative, at most 14 integer digits (what the budget tables' NUMERIC(18,4) holds). */
const amount = amountSchema('金额应为数字（万元），如 4804.64');
const optionalAmount = amount.nullable();

/** Income sources in the order of the official 部门收支总表 and of the explanation (section 三). */
export const incomeSources = [
  ['generalPublic', '一般公共预算财政拨款收入'],
  ['governmentFund', '政府性基金预算财政拨款收入'],
  ['stateCapital', '国有资本经营预算财政拨款收入'],
  ['operating', '事业收入'],
  ['superior', '上级补助收入'],
  ['subordinate', '附属单位上缴收入'],
  ['business', '事业单位经营收入'],
  ['other', '其他收入'],
  ['specialAccount', '纳入财政专户管理资金'],
  ['carryOver', '上年结转'],
] as const;
export type IncomeSource = (typeof incomeSources)[number][0];
export const incomeSourceKeys = incomeSources.map(([k]) => k) as [IncomeSource, ...IncomeSource[]];

/** The older Wuhan project classes (经常性/政策性/一次性/其他) as in the 部门支出总表. */
export const projectCategories = ['经常性项目', '政策性项目', '一次性项目', '其他项目'] as const;

/**
 * Source of funds of a spending line: 财政拨款 (一般公共预算, 政府性基金预算, 国有资本经营预算) or the
 * department's other funds (事业收入, 上级补助, 其他收入, 财政专户, 其他结转 …). The 财政拨款 tables show only the
 * first three, each in its own table, so spending is held by fund; a line paid from several sources is entered
 * once per source under the same code.
 */
export const fundTypes = ['general', 'governmentFund', 'stateCapital', 'other'] as const;
export type FundType = (typeof fundTypes)[number];
export const fundLabels: Record<FundType, string> = {
  general: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  other: '其他资金',
};
/** The funds that make up 财政拨款. */
export const fiscalFunds: readonly FundType[] = ['general', 'governmentFund', 'stateCapital'];

/**
 * One expenditure line by functional classification (类/款/项) with the columns of the 部门支出总表: basic
 * expenditure by economic 类 and project expenditure by project class.
 */
export const functionalLineSchema = z.object({
  code: z.string().regex(/^\d{3,7}$/, '功能分类科目编码应为3、5或7位数字'),
  name: z.string().min(1).max(100),
  fund: z.enum(fundTypes).default('general'),
  /** Code of the 预算单位 the line belongs to, when the budget lists its units (null: the department's only unit). */
  unitCode: z.string().max(20).nullable().default(null),
  wages: amount, // 基本支出：工资福利支出 301
  goods: amount, // 基本支出：商品和服务支出 302
  family: amount, // 基本支出：对个人和家庭的补助支出 303
  capital: amount, // 基本支出：一般资本性支出 310
  regular: amount, // 项目支出：经常性项目
  policy: amount, // 项目支出：政策性项目
  oneOff: amount, // 项目支出：一次性项目
  otherProject: amount, // 项目支出：其他项目
});
export const basicColumns = ['wages', 'goods', 'family', 'capital'] as const;
export const projectColumns = ['regular', 'policy', 'oneOff', 'otherProject'] as const;
export type FunctionalLine = z.infer<typeof functionalLineSchema>;

/** One expenditure line by economic classification (部门预算支出经济分类 类/款). */
export const economicLineSchema = z.object({
  code: z.string().regex(/^\d{3,5}$/, '经济分类科目编码应为3或5位数字'),
  name: z.string().min(1).max(100),
  /** The parallel 政府预算支出经济分类 (5xx) of the line, where known: a budget line carries both. */
  govCode: z
    .string()
    .regex(/^\d{3,5}$/, '政府预算经济分类科目编码应为3或5位数字')
    .nullable()
    .default(null),
  /** Source of funds, as on functional lines: the 财政拨款 economic block counts only 财政拨款 lines. */
  fund: z.enum(fundTypes).default('general'),
  basic: amount,
  project: amount,
});
export type EconomicLine = z.infer<typeof economicLineSchema>;

/** 项目编码: the project's key from budget to 自评 (一体化 PRO_CODE, 21 characters; local codes may be longer). */
export const projectCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,40}$/, '项目编码应为1至40位数字、字母、下划线或连字符');

export const budgetProjectSchema = z.object({
  /** 项目编码 (null: not given yet; the server assigns one when the budget is saved). */
  code: projectCodeSchema.nullable().default(null),
  name: z.string().min(1).max(200),
  category: z.enum(projectCategories),
  amount,
  purpose: z.string().max(2000).nullable().default(null),
});
export type BudgetProject = z.infer<typeof budgetProjectSchema>;

const threePublicSchema = z.object({
  abroad: amount, // 因公出国（境）费用
  vehiclePurchase: amount, // 公务用车购置
  vehicleOperation: amount, // 公务用车运行维护费
  reception: amount, // 公务接待费
});
export type ThreePublic = z.infer<typeof threePublicSchema>;

/** Last year's published figures, for the year-on-year statements; null where unknown. */
export const lastYearSchema = z.object({
  total: optionalAmount, // 部门收支总预算
  generalPublic: optionalAmount, // 一般公共预算财政拨款支出
  basic: optionalAmount,
  project: optionalAmount,
  publicFunds: optionalAmount, // 公用经费
  threePublic: threePublicSchema.nullable(),
});
export type LastYear = z.infer<typeof lastYearSchema>;

const incomeSchema = z.object({
  generalPublic: amount.default('0'),
  governmentFund: amount.default('0'),
  stateCapital: amount.default('0'),
  operating: amount.default('0'),
  superior: amount.default('0'),
  subordinate: amount.default('0'),
  business: amount.default('0'),
  other: amount.default('0'),
  specialAccount: amount.default('0'),
  carryOver: amount.default('0'),
});

/**
 * A 预算单位 of the department: the 部门收入总表 and 部门支出总表 list the department total and each unit. Its
 * income is held by source; its spending is the functional lines carrying its code.
 */
export const budgetUnitSchema = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{1,20}$/, '单位代码应为1至20位数字或字母'),
  name: z.string().min(1).max(200),
  income: incomeSchema,
});
export type BudgetUnit = z.infer<typeof budgetUnitSchema>;

export const budgetSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  department: z.string().min(1).max(200),
  departmentCode: z.string().max(20).nullable().default(null),
  unitCode: z.string().max(20).nullable().default(null),
  /** 预算批复日期 (YYYY-MM-DD): the disclosure is due within 20 days of it (R-PUB-06). */
  approvedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .nullable()
    .default(null),
  income: incomeSchema,
  /**
   * The part of 上年结转 that is not 财政拨款 (其他结转): the tables show 财政拨款结转 and 其他结转 apart, and
   * only the former belongs to the 财政拨款收支总表. The rest of income.carryOver is 财政拨款 (一般公共预算) 结转.
   */
  carryOverOther: amount.default('0'),
  /** The department's 预算单位, when it has several; empty for a department that is one unit (unitCode). */
  units: z.array(budgetUnitSchema).max(500).default([]),
  functional: z.array(functionalLineSchema).max(2000),
  economic: z.array(economicLineSchema).max(2000),
  projects: z.array(budgetProjectSchema).max(1000),
  threePublic: threePublicSchema,
  operatingCosts: amount, // 机关运行经费
  procurement: z.object({ goods: amount, works: amount, services: amount }),
  vehicles: z.object({
    general: z.number().int().min(0),
    enforcement: z.number().int().min(0),
    special: z.number().int().min(0),
  }),
  /**
   * 国有资产占有使用 beyond vehicles: 单位价值50万元以上通用设备 and 单位价值100万元以上专用设备 (台/套), as the
   * explanation states them.
   */
  assets: z
    .object({
      generalEquipment: z.number().int().min(0).default(0),
      specialEquipment: z.number().int().min(0).default(0),
    })
    .default({ generalEquipment: 0, specialEquipment: 0 }),
  lastYear: lastYearSchema,
  /** Prose the finance officer writes: 部门基本情况, 工作目标, the reasons for changes, 名词解释 additions. */
  texts: z.object({
    profile: z.string().max(50000).default(''),
    tasks: z.string().max(50000).default(''),
    threePublicScope: z.string().max(2000).default(''),
    reasons: z.record(z.string(), z.string().max(500)).default({}),
  }),
});
export type Budget = z.infer<typeof budgetSchema>;
export type BudgetInput = z.input<typeof budgetSchema>;

/** An empty budget to start the grid from. */
export function emptyBudget(department: string, year: number): Budget {
  return budgetSchema.parse({
    year,
    department,
    income: Object.fromEntries(incomeSourceKeys.map((k) => [k, '0'])),
    carryOverOther: '0',
    functional: [],
    economic: [],
    projects: [],
    threePublic: { abroad: '0', vehiclePurchase: '0', vehicleOperation: '0', reception: '0' },
    operatingCosts: '0',
    procurement: { goods: '0', works: '0', services: '0' },
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
