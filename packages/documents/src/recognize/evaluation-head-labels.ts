// The labels of a 自评表's or 监控表's head and frame: its identifying fields, the other head labels, the goal
// sections, the total and grade rows, the lines that end its indicator table and its title in running text.
import { labelKey } from '../rows/clean-cell.ts';
import { bareLabel } from './evaluation-lexicon.ts';
import { withoutGuideCaptions } from './guide-captions.ts';
import { PROJECT_FIELDS } from './lexicon-project-fields.ts';

/**
 * Other labels of a form's head (who fills it in, how to reach them): never the value of the label before
 * them (主管部门 | 联系人 | 李四 leaves 主管部门 blank).
 */
export const HEAD_OTHER_LABELS: readonly string[] = [
  '项目负责人',
  '负责人',
  '部门联系人',
  '联系人',
  '联系电话',
  '联系人及电话',
  '电话',
  '填报人',
  '填报日期',
  '填表人',
  '填表日期',
  '审核人',
  // A 部门整体 自评表's head (江西): how many units report under it, the size of its whole budget.
  '下属单位个数',
  '整体支出规模',
  // A 自评报告's cover (岳阳 财政局's form: 评价类型 tick boxes, 评价方式: 自评, 评价机构:, 报告日期:) under its head's labels.
  '评价类型',
  '评价方式',
  '评价机构',
  '报告日期',
];

/** Identifying fields of the form's head. */
export type EvaluationField = 'name' | 'unit' | 'department';

const FIELD_LABELS: Record<EvaluationField, readonly string[]> = {
  name: [
    '项目名称',
    '项目（专项）名称',
    '专项资金名称',
    '专项名称',
    '项目名',
    // A transfer's or policy's 自评表 (四川 区域 template): 转移(项目)名称, 政策(项目)名称.
    '转移（项目）名称',
    '政策（项目）名称',
  ],
  unit: [
    '实施单位',
    '项目实施单位',
    '项目执行单位',
    '执行单位',
    '项目单位',
    '预算单位',
    '单位名称',
    '部门（单位）名称',
    '部门（单位）全称',
    '区级预算单位名称',
    '预算单位名称',
    // 湖南 部门整体支出绩效自评表: 一级预算单位名称 (a web copy that lost its first character prints 级预算单位名称).
    '一级预算单位名称',
    '二级预算单位名称',
    '级预算单位名称',
    // 湖南 2023: 预算部门、单位名称 | 某某乡人民政府.
    '预算部门、单位名称',
    '部门名称',
    '部门',
    '填报单位',
    '项目实施单位/项目负责人',
    // 实施(主管)单位 314002-某某局机关: one unit standing for both (a county system's export).
    '实施（主管）单位',
  ],
  // 主管部n: the OCR spelling of corpus 024, kept as data like any other.
  department: [
    '主管部门',
    '县级主管部门',
    '市县主管部门',
    '业务主管部门',
    '主管部门（单位）名称',
    '主管部门及代码',
    '主管部n',
    // A 区域绩效目标自评表 of a central transfer names the ministry (中央主管部门) and, under it, the province's or
    // the local department that answers for the funds: the latter is the form's 主管部门.
    '省级主管部门',
    '地方主管部门',
  ],
};

// A 自评表 names its project, 实施单位 and 主管部门 in the words of the province's target form: every spelling
// of the project lexicon serves here too (this table's own spellings win where the two differ).
const PROJECT_SPELLINGS: ReadonlyArray<[EvaluationField, readonly string[]]> = [
  ['name', PROJECT_FIELDS.name],
  ['unit', PROJECT_FIELDS.executor],
  ['department', PROJECT_FIELDS.supervisor],
];
const fieldByKey = new Map<string, EvaluationField>();
for (const [field, spellings] of [
  ...PROJECT_SPELLINGS,
  ...(Object.entries(FIELD_LABELS) as [EvaluationField, readonly string[]][]),
])
  for (const s of spellings) fieldByKey.set(labelKey(s), field);

export function evaluationFieldOf(text: string): EvaluationField | null {
  return fieldByKey.get(labelKey(text).replace(/（(盖章|公章|签章)）$/, '')) ?? null;
}

/** Goal block headings: the expected goal and what was achieved. */
const GOAL_EXPECTED = ['年初设定目标', '预期目标', '年初绩效目标', '年度目标', '年初目标'];
const GOAL_ACHIEVED = [
  '年度总体目标完成情况综述',
  '实际完成情况',
  // 岳阳's 自评报告 form: 项目绩效定性目标及实施计划完成情况 — 预期目标 | 实际完成.
  '实际完成',
  '全年实际完成情况',
  '全年目标实际完成情况',
  '年度总体目标完成情况',
  '目标完成情况',
];
const GOAL_SECTION = ['年度总体目标', '总体目标', '年度绩效目标'];

/** The heading of a form's quantitative targets: 项目绩效定量目标（指标）及完成情况, 定量指标完成情况 (keyed). */
export const QUANTITATIVE_SECTION = /^(项目)?(绩效)?定量(目标|指标)/;

export type GoalLabel = 'section' | 'expected' | 'achieved';

export function goalLabelOf(text: string): GoalLabel | null {
  const key = bareLabel(text);
  if (GOAL_SECTION.includes(key)) return 'section';
  if (GOAL_EXPECTED.includes(key)) return 'expected';
  if (GOAL_ACHIEVED.includes(key)) return 'achieved';
  return null;
}

const GOAL_LABELS = [...GOAL_SECTION, ...GOAL_EXPECTED, ...GOAL_ACHIEVED];

/**
 * 年度总体目标预期目标实际完成情况: the goal block's headings run into one cell by a copy that joined the words of
 * a line (single spaces between them). Two goal labels at least and nothing else: the goal block's head still.
 */
export function isGoalLabelRun(text: string): boolean {
  const key = bareLabel(text);
  const cut = (at: number, count: number): boolean =>
    at === key.length
      ? count >= 2
      : GOAL_LABELS.some((l) => key.startsWith(l, at) && cut(at + l.length, count + 1));
  return key.length <= 40 && cut(0, 0);
}

/** The 总分 row: its label, and whether the numbers after it are (分值, 得分) or only the score. */
export function totalLabelOf(text: string): 'total' | 'score-only' | null {
  // 总分（100分）: the total's label with the points it is out of.
  const key = bareLabel(text).replace(/（\d+(\.\d+)?分）$/, '');
  if (/^(总分|合计分|总分值|合计)$/.test(key)) return 'total';
  // 得分合计: the scores added up, the form's total (a table closing its 得分 column with its sum).
  if (/^(项目总得分|自评总分|总得分|自评得分|综合得分|自评总得分|得分合计)/.test(key)) return 'score-only';
  return null;
}

/** The published grade's label: 自评等级, 绩效等级, 评价等级, 自评结果. */
export function isGradeLabel(text: string): boolean {
  return /^(自评|绩效|评价)?(等级|结果|评级)$/.test(bareLabel(text));
}

/** A grade as printed: 优, 良, 中, 差 (优秀, 良好, 合格 …). */
export function gradeOfCell(text: string): string | null {
  const key = bareLabel(text);
  return /^(优|良|中|差|优秀|良好|合格|不合格|及格|较差)$/.test(key) ? key : null;
}

/** Rows that end the indicator table: the remarks and conclusions under it. */
export function endsIndicatorTable(text: string): boolean {
  const key = bareLabel(text);
  return (
    totalLabelOf(key) !== null ||
    // 绩效等级 | 优 under an empty 总分: the form's grade, no indicator.
    isGradeLabel(key) ||
    /^(其他需要说明事项|存在的问题|主要问题|改进措施及结果应用方案|偏差大或目标未完成原因分析|注[:：]?|备注[:：]|填表说明|说明[:：]?$)/.test(
      key,
    ) ||
    /^(偏差或不能完成目标原因分析|相关建议或举措)$/.test(key)
  );
}

/** A 自评表's title with its head's first label right after it (…绩效自评表（2021年度）转移支付（项目）名称…). */
const TITLE_BEFORE_HEAD =
  /绩效(目标)?自评(价)?表(（[^）]{0,10}）)?(单位名称|项目名称|填报单位|填报日期|部门名称|转移支付（项目）名称)/;

/**
 * A 自评表 / 监控表 title inside a longer line, as when an extraction ran every cell of the table into one
 * paragraph ("2021年度财政项目绩效自评表单位名称:…项目名称…"): the document is one, but not readable by cells.
 */
export function evaluationTitleInText(text: string): 'self-evaluation' | 'monitoring' | null {
  // A guide's caption (…自评表填写样例) names no form the text holds (guide-captions.ts).
  const key = withoutGuideCaptions(labelKey(text));
  const head = key.slice(0, 200);
  if (/绩效(目标)?自评(价)?表/.test(head)) return 'self-evaluation';
  // Titled after its project or fund alone, as titleKind reads it: 2020年度长江禁捕项目自评表单位名称:….
  if (/(项目|资金|经费|专项)(支出)?自评表/.test(head)) return 'self-evaluation';
  if (/绩效(运行|执行)?(跟踪)?监控(情况)?表/.test(head)) return 'monitoring';
  // …自评报告… 附件2：某某馆2020年度项目绩效自评表 单位名称…: a report run together with the 自评表 it appends, the
  // table's title wherever it stands — where the table's head follows it (单位名称, 项目名称 …): a list of a
  // report's attachments names tables it does not hold.
  if (TITLE_BEFORE_HEAD.test(key)) return 'self-evaluation';
  return null;
}
