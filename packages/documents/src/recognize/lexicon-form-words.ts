// The lexicon's words around a form's fields: labels kept only as written, the endings of form titles, outline
// headings, closing labels and goal labels. Matched by lexiconKey (lexicon.ts).

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
