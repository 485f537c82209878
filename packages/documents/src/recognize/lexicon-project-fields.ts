// The lexicon's project-form fields (ProjectField): every spelling of a project head's labels, and the parts and
// year columns of its 资金 block. Matched by lexiconKey (lexicon.ts).

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
    // 上海's 财政支出项目绩效目标申报表 opens with the unit: 申报单位名称:上海市同舟服务中心.
    '申报单位名称',
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
    // 专项(转移支付)资金绩效目标表 of 福建: the department and its budget code under one label (部门 before 预算编码
    // or not: 莆田's 公共数字文化建设 form, fresh/658).
    '主管部门（单位）名称及部门预算编码',
    '主管部门（单位）名称及预算编码',
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
    // 财政项目支出绩效目标申报表: 项目资金总额 (the project's whole, over its years) beside 年度资金申请总额, this
    // year's request (fresh/641, 642; 兵团's 申报表 wide/415 prints the two alike).
    '年度资金申请总额',
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
    // 陕西's 绩效目标表 of a 衔接 fund (fresh/659): 资金金额（万元） | 年底金额（万元） | 120 — the block's heading beside
    // the total's label, as 资金情况（万元） | 年度金额 is elsewhere.
    '资金金额',
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
