// The vocabulary of the forms as data: every label spelling seen (../shared/corpus/labels.md, the seeds, the
// published templates) mapped to the concept it names. Recognisers ask the lexicon, never their own regexes.
// Spellings are matched by lexiconKey: no spaces, full-width brackets, no trailing colon, no （万元）.
import { TextMemo } from '@jixiao/core';
import { budgetTotalByWords } from './budget-total-words.ts';
import { PROGRESS_JUDGEMENTS } from './progress-judgements.ts';

/** A field of the header block of a project form. */
export type ProjectField =
  | 'name'
  | 'code'
  | 'category'
  | 'nature'
  | 'unit'
  | 'supervisor'
  | 'executor'
  | 'leader'
  | 'phone'
  | 'leader+phone'
  | 'basis'
  | 'content'
  | 'budget.total'
  | 'budget.current'
  | 'budget.history'
  | 'budget.sources'
  | 'budget.part'
  | 'details'
  | 'goals'
  | 'opinion'
  | 'year'
  | 'approval.number'
  | 'approval.date'
  | 'approval.opinion'
  | 'known';

export const PROJECT_FIELDS: Readonly<Record<Exclude<ProjectField, 'known'>, readonly string[]>> = {
  name: [
    '项目名称',
    '专项名称',
    '专项资金名称',
    '项目（专项）名称',
    // 省级 transfers name the fund first (专项(项目)名称 | 农村饮水安全巩固提升工程专项).
    '专项（项目）名称',
    '二级项目名称',
    '项目名',
    '资金名称',
    '项目支出名称',
    '项目全称',
    '项目名称（全称）',
    // The central 转移支付 templates (绩效自评表 of a transfer) name the transfer, not a project.
    '转移支付（项目）名称',
    // A 财政部 notice's 区域绩效目标表 names the transfer bare (转移支付名称 | 大学生创新创业教育项目).
    '转移支付名称',
  ],
  // A budget system's project card names the 二级 project (the one declared) beside its 一级 parent.
  code: ['项目代码', '项目编码', '项目编号', '二级项目代码', '二级项目编码'],
  // 专项资金绩效目标表 (湖南 2017): 专项属性 | 延续专项√ 新增专项□.
  category: ['项目类别', '项目类型', '项目分类', '项目属性', '专项属性'],
  nature: ['项目性质'],
  unit: [
    '申报单位',
    '预算单位',
    '单位名称',
    '填报单位',
    '项目单位',
    '编制单位',
    '项目申报单位',
    '预算部门',
    '预算单位名称',
    '项目预算单位',
    '申报单位（盖章）',
  ],
  supervisor: [
    '项目主管部门',
    '主管部门',
    '主管部门及代码',
    '主管部门及编码',
    '主管部门及其编码',
    // 天津's 抗疫特别国债项目绩效目标表: 主管预算部门 | 某区教育局 | 项目预算金额（万元） | 193.8.
    '主管预算部门',
    '业务主管部门',
    '主管部门（单位）名称',
    // 苏州's 市级财政支出项目绩效自评表: 项目名称 | 项目年份 | 项目主管部门(单位).
    '项目主管部门（单位）',
    // A budget pack's 财政支出绩效目标申报表: 主管部门编码 | 318001 | 主管部门名称 | 桂林市农业农村局.
    '主管部门名称',
    // 专项(转移支付)资金绩效目标表 of 福建: the department and its budget code under one label.
    '主管部门（单位）名称及部门预算编码',
    '市县主管部门',
    '县级主管部门',
    '自治区主管部门',
    // 区域绩效目标表 of a transfer: the county department that spends it (中央/省级 ones are known extras).
    '区县主管部门',
    '市级主管部门',
    '区级主管部门',
    // 陕西's 区域绩效目标申报表 of a 林业 transfer: 区级财政部门 | … then 区级林业主管部门 | ….
    '区级林业主管部门',
    '主管单位',
    '项目主管单位',
    '下达地方或单位',
    // 转移支付 自评表: the local department under the 中央主管部门 (a known extra, never the unit).
    '地方主管部门',
    // 中央引导地方科技发展资金 区域绩效目标自评表: the province's office that answers for the money.
    '归口管理部门',
    // On a project form the department above the project (a department form starts with it: see segment()).
    '部门名称',
    '部门（单位）名称',
  ],
  executor: [
    '项目执行单位',
    '项目实施单位',
    '实施单位',
    '执行单位',
    '具体实施单位',
    '组织实施单位',
    '项目承担单位',
    '承担单位',
    // 转移支付 自评表: the unit that spends the transfer.
    '资金使用单位',
    // 肇庆's 绩效目标表: 主管部门 | 某市民政局 | 用款单位 | ….
    '用款单位',
  ],
  leader: ['项目负责人', '负责人', '负责人姓名'],
  phone: ['联系电话', '联系方式', '电话', '负责人电话'],
  'leader+phone': ['项目负责人及电话', '项目负责人及联系电话', '负责人及联系电话', '负责人及电话'],
  basis: ['立项依据', '项目立项依据', '项目申请理由', '申请理由', '政策依据', '项目立项的依据'],
  content: ['项目主要内容', '主要内容', '项目实施内容', '项目概述'],
  'budget.total': [
    '项目预算',
    '项目总预算',
    '项目总金额',
    '预算金额',
    '年度资金总额',
    '资金总额',
    '总额',
    '项目资金总额',
    '年度财政资金总额',
    '年度总金额',
    '资金总额及构成总额',
    '项目总投资',
    // 海南's 项目基本情况 (an evaluation report's): 计划投资额（万元） | 144 | 实际到位资金（万元） | 144.
    '计划投资额',
    '下达中央预算内投资',
    // 国家发展改革委's 中央预算内投资计划绩效目标表 (以工代赈): 本次下达中央预算内投资（万元） | 853.
    '本次下达中央预算内投资',
    '本年度申请市财政预算资金',
    '年初安排金额',
    '预算申报数',
    '年度本级预算金额',
    '年度预算金额',
    '项目预算金额',
    '项目预算数',
    '年度预算数',
    '项目资金总量',
    '预算资金总额',
    '年度金额',
    '预算数',
    '项目申报金额',
    // 预算金额 | 总金额 | 50万元 | 当年度金额 | 50万元: the whole amount beside this year's.
    '总金额',
    // A 批复表 printed as an outline: 项目 / 指标值 / 绩效金额 headings, the project's amount under the last.
    '绩效金额',
    // 湖北's 项目支出绩效目标批复表: 项目金额 | 164万元 | 其中：当年市级财政资金 | 132万元.
    '项目金额',
    // 中央对地方转移支付区域绩效目标表: 资金情况 | 下达资金总额 | 1916, 其中：中央财政补助 | 1916.
    '下达资金总额',
    // A province's 区域绩效目标表 (2019): 专项名称 | … | 主管部门 | 省残联 | 资金额度 | 4623 万.
    '资金额度',
    // A budget system's project card (广水's 预算项目申报表): 项目总额 | 56万.
    '项目总额',
  ],
  'budget.current': [
    '项目当年预算',
    '当年预算',
    '项目本年度预算',
    '本年预算',
    '年度预算',
    '当年度金额',
    // 奉节's 审批表: 项目总预算 | 100 over 当年年度预算 | 100.
    '当年年度预算',
    // A budget system's project card: 项目总金额（元） | … | 本年度项目金额（元） | ….
    '本年度项目金额',
    '年度项目金额',
  ],
  'budget.history': ['项目前两年预算及当年预算变动情况', '前两年预算及当年预算变动情况'],
  'budget.sources': [
    '项目资金来源',
    '资金来源',
    '资金情况',
    '项目资金',
    '项目资金情况',
    '项目资金申请',
    '资金总额及构成',
    '资金构成',
    '投入目标',
    '年度预算申请',
  ],
  'budget.part': [
    '财政拨款',
    '财政拨款数',
    '本年财政拨款',
    '当年财政拨款',
    '其他资金',
    '自有资金',
    '中央资金',
    '省级资金',
    '市级资金',
    '区级资金',
    '县级资金',
    '中央补助安排',
    '省级财政安排',
    '上年结转资金',
    '公共财政拨款',
    '政府性基金拨款',
    '纳入专户管理的非税收入拨款',
    '上级资金',
    '该项目支出上级资金',
    '本级资金',
    '上级补助资金',
    '一般公共预算拨款',
    '一般公共预算资金',
    '政府性基金预算资金',
    '财政专户管理资金',
    '单位资金',
    '事业收入',
    '经营性收入',
    '中央补助',
    '地方资金',
    '当年市级财政资金',
  ],
  details: ['项目支出明细测算'],
  goals: ['项目绩效总目标', '绩效总目标', '项目绩效目标', '绩效目标'],
  opinion: ['主管部门审核意见', '审核意见'],
  year: ['年度', '预算年度'],
  // 批复表: the finance bureau's document number, date and opinion (批复信息).
  'approval.number': ['批复文号', '文号', '批复文件文号', '批复文件号', '发文字号', '发文文号'],
  'approval.date': ['批复日期', '批复时间', '发文日期'],
  'approval.opinion': [
    '财政部门审核意见',
    '财政审核意见',
    '财政部门意见',
    '财政部门批复意见',
    '财政批复意见',
    '批复意见',
    '财政局审核意见',
    // 大庆's 申报表 closes with the finance bureau's section's opinion.
    '财政主管业务科室审核意见',
  ],
};

/**
 * The two parts every 资金情况 block splits its total into (其中：财政拨款 / 其他资金): listed alone, with the total
 * left blank, their sum is the total.
 */
export const BUDGET_SPLIT_PARTS: readonly string[] = ['财政拨款', '其他资金'];

/**
 * A transfer's 资金金额 block splits its total between the centre and the place (其中：中央补助 / 地方资金), each
 * part in its spellings, the centre's first: listed alone, with the total left blank, their sum is the total too.
 */
export const TRANSFER_SPLIT_PARTS: readonly (readonly string[])[] = [
  ['中央补助', '中央资金', '中央财政资金', '中央补助资金'],
  ['地方资金', '地方财政资金', '地方配套资金'],
];

/**
 * Headings of a 资金 block that gives last year's figure beside this year's (项目 | 上年度安排资金 | 本年度申请资金):
 * the form's budget is the figure under the second.
 */
export const PRIOR_YEAR_COLUMNS: readonly string[] = [
  '上年度安排资金',
  '上年度预算安排',
  '上年预算数',
  '上年度预算',
  // 大庆's 申报表: 上年度预算安排 | 上年度实际执行 | 本年度申请金额.
  '上年度实际执行',
  '上年实际执行数',
];
export const THIS_YEAR_COLUMNS: readonly string[] = [
  '本年度申请资金',
  '本年度申请金额',
  '本年预算数',
  '本年度预算',
];

/** Labels of fields the model keeps only as written (form.extra): known, so never reported as unknown. */
export const KNOWN_EXTRA_LABELS: readonly string[] = [
  // A 评审申报表's head: 主管部门 | 某局 | 联系人 | 某某 | 联系电话 | … — the contact beside each office.
  '联系人',
  '项目概况',
  '项目概况及立项依据',
  '项目总体情况',
  '项目期',
  '实施期',
  '项目支出实施期',
  '项目实施周期',
  '实施周期',
  '项目实施期',
  '专项实施期',
  '起止时间',
  '项目起止时间',
  '项目开始日期',
  '项目完成日期',
  '项目完成H期',
  '资金性质',
  '资金用途',
  '资金类别',
  '业务股室',
  '归口科室',
  '基本情况',
  '项目基本情况',
  '项目立项必要性',
  '保证项目实施的制度措施',
  '项目实施计划',
  '监督管理单位',
  '其他依据',
  '需要说明的其他问题',
  '其他需说明的问题',
  '其他需要说明的问题',
  '项目实施进度计划',
  '主管部门编码',
  '部门预算编码',
  '预算编码',
  '单位编码',
  '部门编码',
  '一级项目名称',
  // A budget system's project card (广水's 预算项目申报表): the 一级 parent's code and the card's own fields.
  '一级项目编码',
  '支出项目类别',
  '项目安排频度',
  '主管处室',
  '编报模板',
  '项目开始年度',
  '项目期限',
  '分配方式',
  '项目来源',
  '单位地址',
  '项目实施方案',
  '部门职能职责概述',
  // 湖南's 专项资金绩效目标表 (2017): the department's duties the 专项 serves.
  '部门相应职能职责概述',
  '中期市财政预算',
  // 中期资金总额 | 39.96 | 年度资金总额 | 21.22: the mid-term total printed beside the year's, kept as written.
  '中期资金总额',
  '中长期资金总额',
  '实施期资金总额',
  '金额单位',
  '单位',
  // 区域绩效目标表: the levels above the county that hand the transfer down.
  '中央主管部门',
  '省级财政部门',
  '省级主管部门',
  '省级业务主管部门',
  '区县财政部门',
  '区级财政部门',
  '市级财政部门',
  '县级财政部门',
  // 专项资金 / 专项转移支付绩效目标表: the counties or region the transfer goes to.
  '补助区域',
  '补助项目/区域项目',
  // 肇庆's 绩效目标表: 项目等级 (二级项目), 实施期限 with 起始年度 / 到期年度.
  // 江津's 重点项目绩效目标表: 项目预计开始时间 … 预计完成时间 …, 项目理由, 项目支出明细.
  '项目预计开始时间',
  '预计开始时间',
  '预计完成时间',
  '项目理由',
  '项目支出明细',
  '项目等级',
  '实施期限',
  '起始年度',
  '到期年度',
  // 江西's 财政支出项目绩效目标申报表(范本): the unit's code, a tick box for a new project, last year's money for it,
  // the budget's function code and name, the unit's duties and the project's feasibility and need.
  '单位代码',
  '是否新增',
  '上年度预算安排资金',
  '功能科目编码',
  '功能科目名称',
  '单位职能概述',
  '项目立项情况',
  '项目申报的可行性',
  '项目申报的必要性',
];

/**
 * How the titles of the forms end, for putting right a title recognised from an image with one character
 * misread (项目支出绫效自评表, 绩效目标目评表): titles.ts tells a title by its ending; these are the endings
 * written out. Only OCR'd text is matched to them (office/ocr/ocr-lexicon.ts), never a text layer.
 */
export const FORM_TITLE_ENDINGS: readonly string[] = [
  '项目支出绩效自评表',
  '项目绩效自评表',
  '绩效目标自评表',
  '绩效自评表',
  '项目支出绩效目标表',
  '项目绩效目标表',
  '项目支出绩效目标申报表',
  '绩效目标申报表',
  '部门整体支出绩效目标表',
  '部门整体绩效目标表',
  '部门整体支出绩效目标申报表',
  '项目支出绩效监控表',
  '绩效监控表',
  '部门预算公开',
];

/** The heading of the item column of a target form printed as an outline (项目 / 指标值 / 绩效金额, one a line). */
export const OUTLINE_ITEM_HEADINGS: readonly string[] = ['项目', '项目名称', '项目/指标'];

/**
 * Known labels that close a form after its indicator table (其他需说明的问题 | …): a row led by one is no
 * indicator. (Other known labels, 实施周期 or 单位, may also name an indicator, so they do not end the table.)
 */
export const CLOSING_LABELS: readonly string[] = [
  '其他需说明的问题',
  '其他需要说明的问题',
  '需要说明的其他问题',
  // The 2011 财政支出绩效目标申报表 (佳县's): 其他说明的问题 | … under the 年度绩效指标 table.
  '其他说明的问题',
];

/** Goal labels and the term each names (长期 = the whole period, 年度 = this year). */
export const GOAL_LABELS: Readonly<Record<'long' | 'annual', readonly string[]>> = {
  long: [
    '总体目标',
    '项目总体目标',
    '长期目标',
    '中长期目标',
    '中期目标',
    '中期滚动目标',
    '长期绩效目标',
    '项目中期规划绩效目标',
    '整体绩效总目标',
  ],
  annual: [
    '整体绩效目标',
    '年度目标',
    '年度总体目标',
    '项目年度目标',
    '年度绩效目标',
    '当年绩效目标',
    '当年整体绩效目标',
    '年度整体绩效目标',
    '本年度绩效目标',
    '预期目标',
    '年度主要目标和成果',
    '项目当年绩效目标',
  ],
};

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

/** What a column of an indicator table holds. */
export type ColumnRole =
  'goal' | 'level1' | 'level2' | 'name' | 'value' | 'op' | 'unit' | 'weight' | 'basis' | 'category' | 'other';

/** Column headings of indicator tables, by what the column holds (keys compared whole). */
export const COLUMN_LABELS: Readonly<Record<ColumnRole, readonly string[]>> = {
  // A 绩效评价指标表 heads its levels 评价指标 | 评价内容 | 指标名称.
  // 级指标: 一级指标 whose first character a page's copy lost (the header's first cell; 二级 and 三级 name themselves).
  level1: ['一级', '一级指标', '一级指标名称', '一级目标', '评价指标', '级指标', '绩效指标分类'],
  level2: ['二级', '二级指标', '二级指标名称', '评价内容'],
  name: [
    '三级',
    '三级指标',
    '指标内容',
    '指标名称',
    '三级指标名称',
    '绩效指标',
    '指标',
    '具体指标',
    // 江西's 申报表(范本): 评价内容 | 绩效内容 | 参考标准 | 绩效目标值, each 二级's rows 目标1 目标2 目标3.
    '绩效内容',
  ],
  goal: ['目标名称', '目标', '长期绩效指标', '年度绩效指标', '绩效目标', '长期绩效指', '年度绩效指'],
  basis: [
    '指标值确定依据',
    '指标值设定依据',
    '绩效标准',
    '评价标准',
    '取值依据',
    '参考标准',
    '评价标准确定依据',
  ],
  category: ['指标分类', '指标类型'],
  // 海南's 项目绩效目标表 words its columns 绩效指标性质 | 绩效指标值 | 绩效度量单位 | 权重 | 指标方向性.
  unit: ['计量单位', '度量单位', '单位', '绩效度量单位'],
  op: [
    '指标性质',
    '计算符号',
    '运算符',
    '运算符号',
    '符号',
    '指标方向',
    '绩效指标性质',
    '指标方向性',
    '比较符',
    '比较符号',
    // 定量 / 定性 in some templates, the comparator itself (≤, ≥) in others (目标值 | 度量单位 after it).
    '指标值类型',
  ],
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值', '指标权重（分）', '分值（分）'],
  other: [
    '值类型',
    '指标值说明',
    '指标解释',
    '指标说明及公式',
    '指标说明',
    // 临海's 项目库 form: 指标类型 | 指标名称 | 指标值 | 指标描述 (what the value measures, after it).
    '指标描述',
    // 指标值内容 says what the value measures (反映…), beside a 目标值 column: no value of its own.
    '指标值内容',
    '评（扣）分标准',
    // The bracket printed a word too late (评(扣分标准)): a copy's misprint of the same heading.
    '评（扣分标准）',
    '评分标准',
    '备注',
    '序号',
    '金额',
    // A target form that leaves room for the outcome (实际完成值 | 未达到指标值原因): the reason is no value column.
    '未达到指标值原因',
    '未达到目标值原因',
    // 鄂州's 绩效目标表 heads a column of the measures that secure the goals before its levels.
    '保障绩效目标实现措施',
    // 大庆's 申报表: 指标名称 | 上年度实际水平 | 本年度计划水平 | 指标内容/计算公式 — last year's level is no target,
    // the last column says what the value measures.
    '上年度实际水平',
    '上年实际水平',
    '指标内容/计算公式',
    '计算公式',
    // 邯郸's 预算指标绩效目标表 (2019): 绩效指标 | 绩效指标描述 | 绩效指标评价标准 over 优 | 良 | 中 | 差 — the
    // description says what is measured; the lower grades' thresholds are no target (优 is: see value).
    '绩效指标描述',
    '绩效指标评价标准',
    // 海南's 项目绩效目标表: 年初绩效目标 | 调整后绩效目标(如有) — the target as adjusted during the year, where it was.
    '调整后绩效目标（如有）',
    '调整后绩效目标',
    '良',
    '中',
    '差',
  ],
  value: [
    '指标值',
    '绩效指标值',
    // 湖南's 部门整体支出绩效目标表 (预算14表): 三级指标 | 指标值及单位, the unit written with the figure.
    '指标值及单位',
    '年度指标值',
    '指标目标值',
    '目标值',
    '区域目标值',
    '计划指标值',
    '年初目标值',
    '预期达到目标',
    '预期目标值',
    '绩效目标值',
    '当年指标值',
    '预计当年实现值',
    '当年预期实现值',
    '年度数值',
    '值',
    '本年度计划水平',
    '本年计划水平',
    '年初绩效目标',
    '计划水平',
    // The best grade's threshold of a table graded 优 | 良 | 中 | 差: the level the money is set to reach.
    '优',
  ],
};

/**
 * Qualitative 指标值 written as a trend or an effect (稳步提高, 效果明显): how a value glued to the end of a name
 * is told apart from the name where cells ran together (义务教育优质均衡发展情况稳步提高).
 */
export const QUALITATIVE_VALUES: readonly string[] = [
  '稳步提高',
  '稳步提升',
  '逐步提高',
  '逐步提升',
  '不断提高',
  '持续提高',
  '持续提升',
  '有所提高',
  '有所提升',
  // A burden or a cost meant to fall: 有所减轻, 有所下降, 有所降低.
  '有所减轻',
  '有所下降',
  '有所降低',
  '明显提高',
  '明显提升',
  '显著提高',
  '显著提升',
  '巩固提高',
  '持续改善',
  '逐步改善',
  '明显改善',
  '显著改善',
  '有效改善',
  '效果明显',
  '效果显著',
  // Strengthened or raised further: 明显增强, 进一步提升.
  '明显增强',
  '显著增强',
  '有效增强',
  '不断增强',
  '逐步增强',
  '不断提升',
  '进一步提高',
  '进一步提升',
  '大幅提高',
  '大幅提升',
  '全面提高',
  '全面提升',
];

/**
 * Judgements a 自评表 writes as a row's target or actual (好, 合规, 已完成, 有效提升): where a row's cells ran
 * together, such a word closing the text before the row's figures, or opening the text after them, may be a cell
 * of its own (worded-value-cuts.ts). The longest first, so that 全部完成 is taken before 完成.
 */
export const JUDGEMENT_WORDS: readonly string[] = [
  ...QUALITATIVE_VALUES,
  ...[
    '达成预期指标',
    '达成预期目标',
    '达到预期目标',
    '有效提升',
    '有效提高',
    '有效保障',
    '有力保障',
    '持续保障',
    '按期完成',
    '按时完成',
    '全部完成',
    '基本完成',
  ],
  ...['已完成', '未完成', '较满意', '基本满意', '非常满意', '程度较高', '影响明显', '影响显著', '基本达标'],
  // 按计划推进, 年底测评: a 监控表's progress to date in words (progress-judgements.ts).
  ...PROGRESS_JUDGEMENTS,
  ...['较好', '良好', '优良', '优秀', '合格', '达标', '合规', '规范', '健全', '完善', '完整', '合理', '及时'],
  ...['准确', '一致', '有效', '显著', '明显', '满意', '较高', '完成', '通过', '公开', '提升', '提高', '增加'],
  ...[
    '减少',
    '降低',
    '改善',
    '稳定',
    '正常',
    '长期',
    '持续',
    '好',
    '是',
    '否',
    '无',
    '优',
    '良',
    '高',
    '低',
    '差',
  ],
].sort((a, b) => b.length - a.length);

/** What a 绩效标准 / 指标值确定依据 column writes for each indicator: the kind of standard the value follows. */
export const BASIS_VALUES: readonly string[] = [
  '计划标准',
  '行业标准',
  '历史标准',
  '预算支出标准',
  '其他标准',
  '国家标准',
];

/** Words that make a heading a value column wherever they stand in it (指标值（前年）, 预计当年实现值). */
export const VALUE_COLUMN_WORDS: readonly string[] = ['指标值', '目标值', '当年实现', '预期值', '实现值'];
/** Words that make a heading a basis column wherever they stand in it. */
export const BASIS_COLUMN_WORDS: readonly string[] = [
  '确定依据',
  '设定依据',
  '绩效标准',
  '评价标准',
  '取值依据',
];

/**
 * The grades a graded target table bands its standard over, best first (邯郸's 绩效指标评价标准 | 优 | 良 | 中 | 差):
 * printed as a header's second row, or glued after the headings where the cells ran together (graded-runs.ts).
 */
export const GRADE_BANDS: readonly (readonly string[])[] = [['优', '良', '中', '差']];
/** The heading a graded table's grades are printed under. */
export const GRADED_STANDARD_HEADINGS: readonly string[] = ['绩效指标评价标准', '绩效标准'];

/** Headings of the indicator block as a whole, written left of its column headings. */
export const TABLE_SECTION_LABELS: readonly string[] = [
  '绩效指标',
  '绩效目标',
  '项目绩效指标',
  '年度绩效指标',
  '长期绩效指标',
];

const PINYIN = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;
const AMOUNT_SUFFIX = /（(万元|元|盖章|公章|印章|签章|签字|分|A|B|B\/A|A\/B)）$/;

/**
 * The key a label is matched by: no spaces, no list numbering or 其中, full-width brackets, no trailing
 * colon, no （万元）（盖章）（A） suffix, no inline pinyin glosses and no OCR asterisks.
 */
export function lexiconKey(text: string): string {
  // Most cells need no keying; the others come back on every row of every form: remember them.
  if (isOwnKey(text)) return text;
  let k = keyCache.get(text);
  if (k === undefined) keyCache.set(text, (k = computeKey(text)));
  return k;
}

/**
 * The text is its own key (lexiconKey gives it back as it is): no space, asterisk, colon or bracket in it, and no
 * numbering or 其中 opening it. Most cells are; a reader may then look the text up as it stands.
 */
export function isOwnKey(text: string): boolean {
  return !NEEDS_KEYING.test(text) && !(mayOpenNumbered(text) && NUMBERED_OR_PART.test(text));
}

// Two tests, not one alternation: anchored alternatives inside one pattern are retried at every position.
const NEEDS_KEYING = /[\s\u3000*:：()（）]/;
const NUMBERED_OR_PART = /^(?:其中|[一二三四五六七八九十\d]+[.、．])/;
/** The first characters NUMBERED_OR_PART can open with: most texts are turned away by their first character. */
// (Character codes: charAt would make a string of each Han character it is asked.)
const NUMBERED_FIRST: ReadonlySet<number> = new Set(
  [...'其一二三四五六七八九十0123456789'].map((c) => c.charCodeAt(0)),
);
const mayOpenNumbered = (text: string) => NUMBERED_FIRST.has(text.charCodeAt(0));
const keyCache = new TextMemo<string>('lexiconKey', 50_000);

function computeKey(text: string): string {
  let k = text
    .replace(/[\s\u3000*]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(PINYIN, '')
    .replace(/[:：]+$/, '');
  k = k
    .replace(/^其中[：:]?/, '')
    .replace(/^([一二三四五六七八九十\d]+[.、．]|（[一二三四五六七八九十\d]+）)/, '');
  while (AMOUNT_SUFFIX.test(k)) k = k.replace(AMOUNT_SUFFIX, '');
  return k.replace(/[:：]+$/, '');
}

function invert<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [concept, spellings] of Object.entries(table) as [K, readonly string[]][])
    for (const s of spellings) if (!out.has(lexiconKey(s))) out.set(lexiconKey(s), concept);
  return out;
}

const projectIndex: Map<string, ProjectField> = invert(PROJECT_FIELDS);
for (const s of KNOWN_EXTRA_LABELS)
  if (!projectIndex.has(lexiconKey(s))) projectIndex.set(lexiconKey(s), 'known');
const departmentIndex = invert(DEPARTMENT_FIELDS);
const goalIndex = invert(GOAL_LABELS);
const columnIndex = invert(COLUMN_LABELS);
/** Every key any of the four tables knows: whether a label is known at all asks one map, not four. */
const anyIndex: ReadonlySet<string> = new Set([
  ...projectIndex.keys(),
  ...departmentIndex.keys(),
  ...goalIndex.keys(),
  ...columnIndex.keys(),
]);

/** Every beginning of every key anyIndex holds, the whole key too (项, 项目, 项目名, 项目名称 …). */
const keyOpenings: ReadonlySet<string> = new Set(
  [...anyIndex].flatMap((key) => Array.from({ length: key.length }, (_, n) => key.slice(0, n + 1))),
);

/**
 * Some key the lexicon's tables hold starts with `text` (or is it). False says that no text opening with `text`
 * is one of those keys as written — a key read by its words (budget-total-words.ts) is not among them.
 */
export function opensLexiconKey(text: string): boolean {
  return keyOpenings.has(text);
}

/** Whether the lexicon knows a key as any concept (what projectConcept … columnConcept would answer, not null). */
export function isLexiconKey(key: string): boolean {
  return anyIndex.has(key) || budgetTotalByWords(key) !== null;
}

export function projectConcept(key: string): ProjectField | null {
  // A listed spelling first; a funds total worded by its period (年度预算资金总额) is read by its words.
  return projectIndex.get(key) ?? budgetTotalByWords(key);
}

export function departmentConcept(key: string): DepartmentField | null {
  return departmentIndex.get(key) ?? null;
}

export function goalConcept(key: string): 'long' | 'annual' | null {
  return goalIndex.get(key) ?? null;
}

export function columnConcept(key: string): ColumnRole | null {
  return columnIndex.get(key) ?? null;
}

/**
 * The last characters of the keys that name a column of `role`. Keying only drops characters (and makes
 * brackets full-width), so a text holding none of them cannot name such a column: a cheap test first.
 */
export function columnKeyEnds(role: ColumnRole): ReadonlySet<string> {
  const ends = new Set<string>();
  for (const [key, r] of columnIndex) {
    if (r !== role) continue;
    const last = key.at(-1) ?? '';
    ends.add(last);
    if (last === '）') ends.add(')');
  }
  return ends;
}

/** Every spelling of every concept, for finding labels inside run-together text. */
export function allSpellings(): string[] {
  const tables = [PROJECT_FIELDS, DEPARTMENT_FIELDS, GOAL_LABELS, COLUMN_LABELS] as const;
  const out = new Set<string>();
  for (const t of tables)
    for (const list of Object.values(t) as (readonly string[])[]) for (const s of list) out.add(s);
  for (const s of KNOWN_EXTRA_LABELS) out.add(s);
  for (const s of TABLE_SECTION_LABELS) out.add(s);
  return [...out];
}
