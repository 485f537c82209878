// The lexicon's department-form fields (DepartmentField), its funds headings and the labels that are whole
// cells only. Matched by lexiconKey (lexicon.ts).

/** Fields of the header block of a department form. */
export type DepartmentField =
  | 'department'
  | 'filler'
  | 'phone'
  | 'funds'
  | 'functions'
  | 'tasks'
  | 'projects'
  | 'goals'
  | 'year'
  | 'total';

export const DEPARTMENT_FIELDS: Readonly<Record<DepartmentField, readonly string[]>> = {
  department: [
    '部门（单位）名称',
    '部门名称',
    '单位名称',
    '部门',
    '部门（单位）全称',
    '预算单位',
    '预算单位名称',
    '预算部门',
  ],
  filler: ['填报人'],
  phone: ['联系电话'],
  // 湖南's 部门整体支出绩效目标表: 年度预算申请（万元） | 资金总额： | 按收入性质分 … 按支出性质分 ….
  // Its 2017 form: 年度预算收支情况（万元） | 年初预算资金：183.58, the halves by 收入性质 / 支出性质 under it.
  funds: ['部门总体资金情况', '年度预算安排', '年度预算申请', '年度预算收支情况'],
  functions: ['部门职能概述', '部门职能', '部门职能职责概述'],
  tasks: ['年度工作任务', '年度主要任务'],
  projects: ['项目支出情况', '年度履职目标'],
  goals: ['整体绩效总目标', '部门整体绩效目标'],
  year: [],
  total: [
    '资金总额',
    '区级支出预算总量',
    '部门预算总额',
    '年度预算总额',
    '支出预算总量',
    '预算总额',
    '预算数',
    '年度预算数',
    '部门预算数',
    '年初预算资金',
  ],
};

/**
 * Headings of a department form's funds block that only the department form's reader takes as its funds label
 * (总体资金情况（万元）): as a label of the whole lexicon it would re-pair a text layer's 部门 / 总体资金情况 broken
 * over two lines.
 */
export const FUNDS_HEADINGS: readonly string[] = ['总体资金情况'];

/**
 * Spellings that are labels only as a whole cell: inside run-together text they are ordinary words
 * (目标4：年度预算总金额3万元, 年度预算总成本 as an indicator name).
 */
export const WHOLE_CELL_ONLY: readonly string[] = [
  '年度预算',
  '总金额',
  '预算数',
  '当年预算',
  '本年预算',
  '项目预算',
  '预算金额',
  '主要内容',
  '负责人',
  '联系方式',
  '预期目标',
  '年度目标',
  '财政拨款',
  '中央资金',
  '其他资金',
];
