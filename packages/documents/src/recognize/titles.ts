// Recognises the titles that open a form or a disclosure, whatever the city or year writes around them.
import { TextMemo } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import { isOfficeName } from './form-caption.ts';
import { isTransferReportSection } from './transfer-report-sections.ts';
import { withoutTrailingBracket } from './trailing-bracket.ts';
import { opensInsideBracket } from './attachment-mark-cell.ts';

export type TitleKind = 'project' | 'department' | 'disclosure' | EvaluationKind | UnsupportedKind;

/** Tables of the later stages, read as documents of their own (自评表, 监控表). */
export type EvaluationKind = 'self-evaluation' | 'monitoring';

/** Kinds of the performance cycle this importer recognises by title but does not read: prose reports. */
export type UnsupportedKind = 'evaluation-report' | 'monitoring-report';

export function isUnsupportedKind(kind: TitleKind | null | undefined): kind is UnsupportedKind {
  return kind === 'evaluation-report' || kind === 'monitoring-report';
}

export function isEvaluationKind(kind: TitleKind | null | undefined): kind is EvaluationKind {
  return kind === 'self-evaluation' || kind === 'monitoring';
}

const titleCache = new TextMemo<TitleKind | null>('titleKind');
const TITLE_ENDING_CHARS = /[表告开标果]/;

/** What a title opens (cached: the same cell texts are asked about on every row of every form). */
export function titleKind(text: string): TitleKind | null {
  // Every title ends in 表, 报告, 公开, 自评结果 or (a heading that names a project) 绩效目标 (spaces, which keying drops,
  // may part their characters): the other cells of a form's body are neither worked out nor remembered.
  if (!TITLE_ENDING_CHARS.test(text)) return null;
  let kind = titleCache.get(text);
  if (kind === undefined) {
    kind = computeTitleKind(text);
    titleCache.set(text, kind);
  }
  return kind;
}

function computeTitleKind(text: string): TitleKind | null {
  // 某某绩效目标表.docx: a download page titles a target form with its file's name. (A 自评表's file name is left
  // to the reading of the whole text, which takes the title the text gives: evaluation-title-name.ts.)
  const file = /^(.+)\.(docx?|xlsx?|wps|et|pdf)$/i.exec(text.trim());
  if (file) {
    const kind = computeTitleKind(file[1]!);
    return kind === 'project' || kind === 'department' ? kind : null;
  }
  // A numbered line is an entry of a table of contents, not a title: "10.区行政审批局项目绩效目标申报表".
  if (/^\s*([-•·]|\d{1,2}\s*[.、．])/.test(text)) return null;
  // A line that opens inside a bracket (its first bracket a closing one: 应急救助）资金绩效目标表) is the tail of a line
  // the copy broke, an attachment list's entry most often: the title, if any, began on the line above.
  if (opensInsideBracket(text)) return null;
  // Titles carry their year or a template note in brackets: 项目绩效目标表（2021年度）, 绩效目标申报表（参考模板）.
  const t = labelKey(text)
    .replace(/^附件[\d-]*[:：]?/, '')
    .replace(/(（[^）]*(年|年度|模板|样表|样式|试行|盖章|批复|申报|审核|草案)）)+$/, '')
    // 绩效目标申报表（基础设施建设类）, …绩效目标表（一级项目）, …绩效目标表2023年度: what follows 表 is a note.
    .replace(/表(（[^）]*）|\d{4}年度?)+$/, '表')
    // 2023年项目支出绩效目标表公开: a page's heading that publishes the form is titled by it.
    .replace(/表公开$/, '表');
  if (t.length > 60) return null;
  // An official title is Chinese: a line of English words that ends in a form's name is a note about it.
  if (/[A-Za-z]{4,}/.test(t)) return null;
  // Later stages of the cycle: the tables are read on their own, the reports get a precise reason. Their
  // titles may end in a note: 黄石市项目支出绩效监控表（申遗）, …自评报告（春节慰问经费项目）.
  const u = withoutTrailingBracket(t);
  if (/绩效(目标)?自评(价)?(表|结果表)$/.test(u)) return 'self-evaluation';
  // Some templates title the table after its project or fund alone, without 绩效: 2022年度共享工程项目自评表,
  // 2020年市级服务贸易发展资金项目自评表.
  if (/(项目|资金|经费|专项)(支出)?自评表$/.test(u)) return 'self-evaluation';
  // 湖北's 省直 template publishes a project's self-evaluation as its result sheet (2021年度某某项目自评结果: 一、自评结论,
  // the score and the funds in sentences, then the indicator table 指标名称 | 目标值 | 实际完成值): the 自评表 it
  // sums up. A 决算 disclosure's section of the same words (部门决算中项目绩效自评结果) names no project's own sheet.
  // (A report's numbered section, 三、项目绩效自评结果, is no title either.)
  if (
    /^.{2,}(项目|资金|经费|专项)(支出)?(绩效)?自评结果$/.test(u) &&
    !/[决预]算/.test(u) &&
    !NUMBERED_HEADING.test(u)
  )
    return 'self-evaluation';
  // A project's evaluation written on a form: 江苏's 省级财政支出项目绩效报告表 (绩评基表), a 扶持项目's 项目绩效评价表 —
  // budget and, where they are filled, scored indicators, as a 自评表 gives them. The money scored may be any 费, a
  // 经费 or an operating fee (检验检疫专项业务费绩效评价表): a 费 is spending as a 资金 is.
  if (/(项目|支出|资金|费)绩效(报告|评价)表$/.test(u)) return 'self-evaluation';
  // 项目支出绩效目标执行监控表 (the central template 辽宁's cities took over): the target's execution monitored.
  if (/绩效(目标)?(运行|执行)?(跟踪)?监控(情况)?表$/.test(u)) return 'monitoring';
  if (/绩效(评价|单位)?(自评|评价)报告$/.test(u)) return 'evaluation-report';
  // 北京市市级财政支出项目绩效报告, XX部门2022年XX项目绩效报告: the evaluation in prose (a 报告表 is the form above).
  if (/(项目|支出)绩效报告$/.test(u)) return 'evaluation-report';
  if (/绩效(运行)?监控(情况)?报告\d*$/.test(u)) return 'monitoring-report';
  if (/部门(（单位）)?整体(支出)?(项目)?绩效(目标)?(申报|批复)?表/.test(t)) return 'department';
  if (/项目(支出)?绩效(目标)?(申报|批复|审核)?表$|^项目申报表$|项目(支出)?绩效目标表$/.test(t))
    return 'project';
  // A budget system's declaration of a project (广水市部门（单位）预算项目申报表): the project's card, its
  // 测算表 and (where filled) its targets — a target form's head, titled without 绩效.
  if (/预算项目申报表$/.test(t)) return 'project';
  // The Ministry of Finance reference template is titled without 项目: 绩效目标申报表（参考模板）.
  if (/^(财政支出)?绩效目标(申报|批复|审核)?表$/.test(t)) return 'project';
  // Any other 绩效目标表 names a project or a fund: 2022年省级第七批水利专项资金绩效目标表, …投资计划绩效目标表.
  // (长期绩效目标表 / 年度绩效目标表 head the two indicator tables inside one form: not titles.)
  // A template may name the table's sort before 表: …绩效目标申报明细表, 预算项目绩效目标公开表, …绩效目标情况表.
  if (
    /绩效目标(申报|批复|审核|审批|设定)?(明细|公开|情况)?表$/.test(t) &&
    !/^(长期|年度|总体|中期|中长期|当年)绩效目标表$/.test(t)
  )
    return 'project';
  // A project's 绩效评价指标表 sets the indicators and their 目标值 it will be judged by: a target form.
  if (/项目(支出)?绩效评价指标表$/.test(t)) return 'project';
  // A page listing several projects' targets heads each with its name: 3岁以下婴幼儿照护服务项目项目绩效目标 (its
  // table follows under a heading of no form's name). Only a heading that names the project is one.
  if (headingProjectName(t) !== null) return 'project';
  if (/部门[预决]算公开(目录|说明)?$|部门[预决]算信息公开/.test(t)) return 'disclosure';
  return null;
}

/**
 * The project a target form's title names, for a form printed without a 项目名称 cell: 2019年度某县高中助学金项目
 * 绩效评价指标表 → 2019年度某县高中助学金项目. Null where the title names only the kind of form (项目支出绩效目标表,
 * 某市2022年市直部门预算项目支出绩效目标表) or no project or fund.
 */
/**
 * 某市公安局_公务用车购置项目支出绩效目标批复表: a table a budget system exported, titled by its file name — the unit,
 * an underscore, then the project's title. The unit, or null where the part before the underscore names no office.
 */
export function titledUnit(title: string | null): string | null {
  const m = /^([^_＿]+)[_＿](.+)$/.exec(title?.trim() ?? '');
  return m && isOfficeName(m[1]!.trim()) ? m[1]!.trim() : null;
}

export function titledProjectName(title: string | null): string | null {
  if (!title) return null;
  const unit = titledUnit(title);
  // The unit before the underscore is no part of the project's name.
  if (unit)
    title = title
      .trim()
      .slice(unit.length)
      .replace(/^\s*[_＿]/, '');
  const t = labelKey(title.trim().replace(/\.(docx?|xlsx?|wps|et|pdf)$/i, ''))
    .replace(/^附件[\d-]*[:：]?/, '')
    .replace(/(（[^）]*）)+$/, '');
  const m = /^(.+?(项目|资金|经费))(支出)?绩效(评价指标|目标(申报|批复|审核|审批|设定)?)表$/.exec(t);
  if (!m) return headingProjectName(t);
  const name = m[1]!;
  // What is left once the year, the place and the budget's wording are taken away must name something.
  const own = name
    .replace(/(19|20)\d{2}年度?/g, '')
    .replace(/^.{0,12}?[省市县区州旗]/, '')
    .replace(/(市直|省直|区直|县直|本级)?(部门|单位)?(预算|财政支出|专项)?(项目|资金|经费)$/, '');
  return own.length >= 2 ? name : null;
}

/**
 * The project a heading without 表 names: 3岁以下婴幼儿照护服务项目项目绩效目标 → 3岁以下婴幼儿照护服务项目. A label
 * of a form's body ends the same way (项目绩效目标, 年度项目绩效目标, 专项资金绩效目标): the name must be a sentence-free
 * phrase of at least four characters of its own once the year, the place and the budget's wording are taken away.
 */
function headingProjectName(key: string): string | null {
  if (key.length > 40 || /[，。,;；:：、！？]/.test(key)) return null;
  const m = /^(.+?(项目|资金|经费))(项目)?(支出)?绩效目标$/.exec(key);
  if (!m) return null;
  const name = m[1]!;
  const own = name
    .replace(/(19|20)\d{2}年度?/g, '')
    .replace(/^(年度|长期|中期|中长期|总体|当年|本年)/, '')
    .replace(/(市直|省直|区直|县直|本级)?(部门|单位)?(预算|财政支出|专项|转移支付)?(项目|资金|经费)$/, '');
  return own.length >= 4 ? name : null;
}

/** A numbered heading of its own: 一、, （三）, 3., 第二部分. */
const NUMBERED_HEADING =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d{1,2}[.、．])/;

/**
 * A section heading that only a report of the later stages writes: how the evaluation or the monitoring was
 * done and what it concluded (（三）项目自评步骤及方法, 三、综合评价情况及评价结论, 二、绩效运行监控工作开展情况).
 * Under no title a page of such a report is still one: the tables it quotes are not forms of their own.
 */
export function reportSectionKind(text: string): UnsupportedKind | null {
  const t = labelKey(text);
  if (t.length > 40 || !NUMBERED_HEADING.test(t)) return null;
  const words = t.replace(NUMBERED_HEADING, '');
  if (/监控(工作)?(开展情况|步骤|方法|结论|结果)/.test(words)) return 'monitoring-report';
  if (/(自评|评价)(工作)?(开展情况|步骤|方法|结论)|综合评价情况|评价指标分析/.test(words))
    return 'evaluation-report';
  // A transfer payment's 自评报告 under the Ministry's outline (transfer-report-sections.ts).
  if (isTransferReportSection(words)) return 'evaluation-report';
  return null;
}

/** 申报表, 批复表, … as titled. */
export function formTypeOf(title: string | null, kind: 'project' | 'department'): string {
  const t = title ? labelKey(title) : '';
  if (t.includes('批复')) return '批复表';
  if (t.includes('审核')) return '审核表';
  if (kind === 'department' && /目标表$/.test(t) && !t.includes('申报')) return '目标表';
  return '申报表';
}

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A year written in a title or a name: "2022年度…", "(2020 年度)", "２０２３年", "二〇二三年度". */
export function yearIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const digits = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /(20\d{2}|19\d{2})\s*年/.exec(digits);
  if (m) return Number(m[1]);
  // Formal documents write years in Chinese numerals: 二〇二三年度.
  const c = /([一二][〇零ＯO一二三四五六七八九]{3})\s*年/.exec(text);
  return c ? Number([...c[1]!].map((ch) => CHINESE_DIGITS[ch]).join('')) : null;
}

/**
 * A row that is nothing but a year and the months a 监控表 covers, as written under its title: "(2024年1-7月)",
 * "（2023年1—6月）", "2024年1月至7月". The year is the form's, as a bare "（2023年度）" would be.
 */
export function yearOfPeriodLine(text: string): number | null {
  const t = labelKey(text);
  if (!/^[（(]?[\d０-９]{4}年[\d０-９]{1,2}月?[-—–~～至到][\d０-９]{1,2}月份?[)）]?$/.test(t)) return null;
  return yearIn(t);
}

/** A row that is nothing but a year, as written under a title: "（2023年度）", "2023年", "二〇二三年度". */
export function standaloneYear(text: string): number | null {
  const t = labelKey(text);
  if (!/^[（(]?[\d０-９一二〇零ＯO三四五六七八九]{4}年度?[)）]?$/.test(t)) return null;
  return yearIn(t);
}
