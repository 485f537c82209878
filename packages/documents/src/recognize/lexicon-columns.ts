// The lexicon's table columns (ColumnRole) and the words their cells hold: qualitative values, judgements,
// basis words, grade bands and section labels. Matched by lexiconKey (lexicon.ts).
import { PROGRESS_JUDGEMENTS } from './progress-judgements.ts';

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
    // 云南's 部门整体支出绩效目标表: 度量单位 | 指标属性 (定量指标 / 定性指标) | 指标内容 — how the value is measured.
    '指标属性',
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
  // A system or rule set up and made whole (养护长效机制 | 建立健全): the policy idiom a target writes for it.
  '建立健全',
  // A payment's schedule (补助资金拨付时限 | 按季度拨付): the period and the paying verb. (Not 按时 or 及时: 按时发放
  // closes an actual's report too, 春季学期已按时发放, which stays one cell.)
  ...['按月', '按季度', '按季', '按年'].flatMap((when) =>
    ['拨付', '发放', '支付', '兑付'].map((pay) => when + pay),
  ),
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
  // An effect judged by its degree or its lasting (…基本文化权益 | 影响程度明显, …系列品牌赛事 | 影响可持续, …产业深度融合
  // | 经济效益良好): the targets a 可持续影响 or 效益 row writes, the effect named before the judgement.
  ...['影响', '影响程度', '效果', '经济效益', '社会效益', '生态效益'].flatMap((effect) =>
    ['明显', '显著', '深远', '可持续', '良好'].map((judged) => effect + judged),
  ),
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
