// Template variants for issue 12: a form's ground truth (from docs/ and wide/, never the hold-out) rendered
// again as the templates of other provinces print it — column orders permuted, every label spelling of
// ../shared/corpus/labels.md, amounts in 万元 or 元, 指标值 written as ≥95%, "≥ 95 %", 不低于95% or split into
// 指标性质 + 指标值 + 度量单位, header words broken over two rows or banded, key–value blocks in 2 or 4
// columns, full-width digits and punctuation — as pipe text, tab text, an .html table, an .xlsx sheet or a
// Word table (.docx). Asked for one of NEW_LAYOUTS, the same variant is printed as a copy from a web page or a
// PDF viewer gives it (one cell per line with or without `|` and blank lines, space-aligned, single-spaced,
// markdown, indented rows; text-layouts.ts, the layouts of streams/ and formats/) or as the PDF LibreOffice
// makes of its .docx or .xlsx (renderVariants converts them in one run of soffice).
// Test data, not product code: each variant carries the truth it must read back (the source's, in 万元).
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { writeDocx } from '../../src/export/write-docx.ts';
import type { LayoutCell } from '../../src/export/layout.ts';
import { dec, parseIndicatorValue } from '@jixiao/core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cellLines,
  bareLines,
  displayWidth,
  joinedLines,
  markdownLines,
  paddedLines,
  spacedLines,
  type LayoutRow,
} from './text-layouts.ts';
import { bracketList } from './bracket-list.ts';
import { fitsHeadingOutline, headingOutline } from './heading-outline-shape.ts';
import { wordPageLines } from './word-page-lines.ts';
import { loadTruth, spellings, type DocTruth, type FormTruth, type IndicatorTruth } from './truth.ts';

/** One cell of a grid; a merged cell's other positions are null. */
interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
}
type Grid = Array<Array<Cell | null>>;

/** Text layouts of a copied table (text-layouts.ts). */
export const COPIED_LAYOUTS = [
  'cells',
  'cellsBlank',
  'lines',
  'linesBlank',
  'spaced',
  'padded',
  'narrow',
  'markdown',
  'indented',
] as const;
export type CopiedLayout = (typeof COPIED_LAYOUTS)[number];
/** The layouts the generator prints only when asked for one (makeVariant's third argument). */
export const NEW_LAYOUTS = ['pdf', ...COPIED_LAYOUTS] as const;
export type NewLayout = (typeof NEW_LAYOUTS)[number];
export type VariantFormat = 'pipe' | 'tab' | 'html' | 'xlsx' | 'docx' | NewLayout;
/**
 * Whole shapes of a form that real documents showed at their first runs and the formats above never make
 * (makeVariant's fourth argument): `untitled` — no title, year or unit line, the form opens at its head labels
 * (wide/429, 434); `headColumn` — the head block copied column by column, its labels one a line and then its values
 * (wide/376, 174), the rest in a text layout; `joined` — the whole form run together on one line, no gap between
 * cells (wide/502); `scoring` — a 自评表 scoring table, each 一级 and 二级 followed by its 分值, the sum of its
 * indicators' weights, in a column of its own or in brackets after its name (wide/428). From the shapes of
 * h-rows16 and h-fresh14 (issue 12, generalised): `bracketList` — a project as a department's list of its projects'
 * targets prints it, bracketed level-pair headings over slot lines (wide/514; bracket-list.ts); `targetActual` — a
 * 自评表's indicator table alone, untitled and unscored, 一级 | 二级 | 指标名称 | 目标值 | 完成值 in other spellings and
 * 二级 words (wide/520); `bond` — a 自评表 whose budget is a 专项债券's block, 下达额度 | 实际支出金额 | 进度 under
 * 债券资金管理指标 (wide/507). From h-fresh16a's document: `coreColumn` — a 自评表 whose indicator table prints an empty
 * 调整指标值 after the target, a 得分系数(%) after the actual and a 是否核心指标 answer after the points (wide/475, the 重庆
 * 部门整体 template). From h-fresh17a: `graded` — a project form whose indicator table grades each row instead of one 指标值,
 * 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准 over 优 | 良 | 中 | 差 | 评价标准确定依据, 优 the target (wide/492, 邯郸);
 * printed as a table, or (`joined`, where every target is a figure with its unit) run together on one line as 492 is.
 * From h-fresh17b's document: `reportTable` — a 自评表's target-and-actual table printed inside a
 * generated report's prose and run together with it (wide/536, 福建): untitled, headed 评价内容 | 绩效内容 | 绩效目标值 |
 * 实际完成值 | 累计完成率, its levels worded as goals (产出目标 over 数量目标), the report's next section after it.
 * From h-fresh17c's document: `headingOutline` — a project's targets as a county bureau's notice sets
 * them out, numbered headings (一、产出指标 / (一)数量指标) over rows with name and value run together, the sum in the
 * opening paragraph and the unit in the page's 发布机构 cell (wide/545; heading-outline-shape.ts).
 */
export const SHAPES = [
  'untitled',
  'headColumn',
  'joined',
  'scoring',
  'bracketList',
  'targetActual',
  'bond',
  'coreColumn',
  'graded',
  'reportTable',
  'headingOutline',
] as const;
export type Shape = (typeof SHAPES)[number];
/** The text layouts a `headColumn` copy's table is printed in when no layout is asked for. */
const HEAD_COLUMN_TABLES = ['pipe', 'tab', 'cells', 'lines', 'spaced', 'padded'] as const;
export const FORMATS: readonly VariantFormat[] = ['pipe', 'tab', 'html', 'xlsx'];
/** The share of variants printed as a Word table instead, drawn on a stream of its own so that adding the
 * format left every other choice of every variant as it was. */
const DOCX_SHARE = 0.2;

/**
 * What real PDFs of these forms do on their pages that a plain conversion does not: from a sheet, a page-number
 * footer (第 &P 页，共 &N 页 and its kin), a running head on every page (附件2, the printing date) and the
 * indicator header rows repeated at the top of every page (print titles), a template's tall rows (30 points and
 * more, the table running over two or three pages where the plain sheet fits one); from a Word table, rows allowed to
 * break across pages (Word's own default), a wrapped cell cut by the page break. Drawn later on a stream of their own
 * (h-pdf16): footers that are no page number alone (制表人 / 单位（盖章）lines, 第 x 页 共 y 页 spelt otherwise, a date,
 * the unit's name on every page) in a sheet (`signFooter`) or a Word document (`wordFooter`), a Word running head
 * (`wordHead`: 附件1, the unit, a file number on every page) and a sheet wider than its page (`widePage`: not fitted
 * to the page's width, its right columns printed on later pages, down then over or over then down).
 */
export const PDF_PAGE_STYLES = [
  'footer',
  'runningHead',
  'repeatHead',
  'tallRows',
  'rowsBreak',
  'signFooter',
  'wordHead',
  'wordFooter',
  'widePage',
] as const;
export type PdfPageStyle = (typeof PDF_PAGE_STYLES)[number];

/** The choices a variant made, so a failure says which layout it was. */
export interface VariantChoices {
  format: VariantFormat;
  /** A PDF's source: the Word table or the sheet LibreOffice converted. */
  pdfFrom?: 'docx' | 'xlsx';
  /** How the PDF's pages are printed beyond the plain table (PDF_PAGE_STYLES), none when drawn plain. */
  pdfPage?: PdfPageStyle[];
  kv: 2 | 4;
  yuan: boolean;
  targetStyle: 'asPrinted' | 'spaced' | 'words' | 'ascii' | 'columns';
  header: 'one' | 'twoRows' | 'band';
  fullWidth: boolean;
  repeatMerged: boolean;
  /** 自评表 / 监控表 budget block: labels in one row over the figures, or one label–figure row each. */
  budget: 'columns' | 'rows';
  /** Indicator columns a template leaves out (分值, 得分, 偏差原因 …): the truth then lacks them too. */
  omitted: string[];
  /** A whole shape of the form (SHAPES), with the way it was printed (scoring: `columns` or `inName`). */
  shape?: Shape;
  shapeStyle?: string;
  columns: string[];
  labels: string[];
}

export interface Variant {
  id: string;
  file: string;
  data: Uint8Array;
  truth: DocTruth;
  choices: VariantChoices;
}

export interface SourceForm {
  set: string;
  file: string;
  form: FormTruth;
}

const corpusDir = (set: string) => join(import.meta.dirname, set);

/** The forms worth varying: a kind with a table, a name and at least one indicator with a target. */
export function sourceForms(): SourceForm[] {
  const out: SourceForm[] = [];
  for (const set of ['docs', 'wide']) {
    for (const d of loadTruth(corpusDir(set)).docs) {
      for (const form of d.forms) {
        if (!['project', 'department', 'self-evaluation', 'monitoring'].includes(form.kind)) continue;
        if (form.name === undefined) continue;
        const indicators = (form.indicators ?? []).filter((i) => i.target !== undefined);
        if (indicators.length === 0) continue;
        out.push({ set, file: d.file, form: { ...form, indicators } });
      }
    }
  }
  return out;
}

/** A small seeded generator (mulberry32): the same seed gives the same variant on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** FNV-1a of a text: each source form and seed its own stream of choices. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function shuffle<T>(r: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// Label spellings, from labels.md and the brief's list of what provinces print.
const TITLES: Record<string, string[]> = {
  project: ['项目支出绩效目标表', '项目支出绩效目标申报表', '项目绩效目标表', '部门预算项目支出绩效目标表'],
  department: ['部门整体支出绩效目标表', '部门(单位)整体绩效目标表', '部门整体支出绩效目标申报表'],
  'self-evaluation': ['项目支出绩效自评表', '项目绩效自评表', '部门预算项目支出绩效自评表', '绩效目标自评表'],
  monitoring: ['项目支出绩效运行监控表', '项目支出绩效监控表', '项目绩效运行监控表'],
};
const NAME_LABELS = ['项目名称', '项目全称', '项目(专项)名称', '专项资金名称'];
const DEPT_LABELS = ['部门(单位)名称', '部门名称', '单位名称', '预算单位'];
const SUPERVISOR_LABELS = ['主管部门', '主管单位', '主管部门及代码', '业务主管部门', '部门名称'];
const EXECUTOR_LABELS = ['实施单位', '项目单位', '项目实施单位', '具体实施单位', '项目执行单位'];
const BUDGET_LABELS = ['年度资金总额', '资金总额', '预算数', '年度预算数', '项目资金总额'];
const DEPT_BUDGET_LABELS = ['资金总额', '年度预算总额', '部门预算总额', '预算数', '年度预算数'];
const GOAL_LABELS = ['年度绩效目标', '年度目标', '年度总体目标', '预期目标'];
const COLUMN_LABELS: Record<string, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称'],
  target: ['指标值', '年度指标值', '目标值', '年初目标值', '指标目标值', '年初目标值(A)', '计划指标值'],
  op: ['指标性质', '计算符号'],
  unit: ['度量单位', '计量单位'],
  actual: [
    '实际完成值',
    '全年实际值',
    '实际完成情况',
    '全年完成值',
    '实际完成值(B)',
    '全年实际完成值',
    '完成值',
  ],
  monitorActual: ['1-6月执行情况', '1-7月完成情况', '截至7月底完成值'],
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值'],
  level1Weight: ['分值', '权重', '分值(分)'],
  level2Weight: ['分值', '权重', '分值(分)'],
  score: ['得分', '自评得分', '指标得分', '指标得分(分)'],
  adjusted: ['调整指标值'],
  coefficient: ['得分系数(%)', '得分系数'],
  core: ['是否核心指标'],
  reason: [
    '偏差原因分析及改进措施',
    '未完成原因及改进措施',
    '偏差原因',
    '未完成原因和改进措施',
    '未完成原因分析',
  ],
};
const BUDGET_ROW_LABELS: Record<string, string[]> = {
  initial: ['年初预算数', '年初批复数'],
  annual: ['全年预算数', '全年预算数(A)', '调整后预算数'],
  executed: ['全年执行数', '全年执行数(B)', '执行数(B)'],
  weight: ['分值', '权重'],
  rate: ['执行率', '执行率(B/A)', '预算执行率'],
  score: ['得分'],
};
const MONITOR_ROW_LABELS: Record<string, string[]> = {
  initial: ['年初预算数', '全年预算数'],
  executed: ['1-6月执行数', '1-7月执行数', '截至7月底执行数'],
  rate: ['执行率', '预算执行进度'],
};

/** A 专项债券's block (债券资金管理指标): the money spent, the year's 下达额度, the 进度 column and its points. */
const BOND_ROW_LABELS: Record<string, string[]> = {
  annual: ['下达额度', '当年下达额度', '债券下达额度', '项目当年下达额度', '债券资金下达额度'],
  executed: ['实际支出金额', '当年实际支出金额', '债券实际支出金额', '债券资金实际支出金额'],
  rate: ['实际完成值', '支出进度'],
  weight: ['分值', '权重'],
  score: ['得分'],
};
/** A target-and-actual table's headings (一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值, wide/520). */
const TARGET_ACTUAL_LABELS: Record<string, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['指标名称', '三级指标', '指标内容', '具体指标'],
  target: ['目标值', '年度指标值', '指标值', '年度目标值', '年初目标值', '计划指标值', '预期指标值'],
  actual: ['完成值', '实际完成值', '全年实际完成值', '实际值', '实际完成情况', '全年完成值'],
  reason: ['偏差原因', '未完成原因', '偏差原因分析及改进措施', '备注'],
};
/** A generated report's headings (wide/536): 绩效内容 over the 二级 and the name, the share done last. */
const REPORT_TABLE_LABELS: Record<string, string> = {
  level1: '评价内容',
  level2: '绩效内容',
  name: '',
  target: '绩效目标值',
  actual: '实际完成值',
  share: '累计完成率',
};
/** Levels a generated report words as goals (产出目标, 数量目标); others as the form words them. */
const GOAL_WORDED =
  /^(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/;
const goalWorded = (level: string) => (GOAL_WORDED.test(level) ? level.replace(/指标$/, '目标') : level);
/** 实际 ÷ 目标值 as a whole per cent where both hold a figure (143%), else nothing. */
function shareDone(target: string, actual: string): string {
  const t = Number(/[\d.]+/.exec(target)?.[0]);
  const a = Number(/[\d.]+/.exec(actual)?.[0]);
  return t > 0 && Number.isFinite(a) && /\d/.test(actual) ? `${Math.round((100 * a) / t)}%` : '';
}
/** 二级 as another framework words them (产出数量 for 数量指标), the form's own words otherwise. */
const OTHER_LEVEL2: Record<string, string[]> = {
  数量指标: ['产出数量', '数量'],
  质量指标: ['产出质量', '质量'],
  时效指标: ['产出时效', '时效'],
  成本指标: ['产出成本', '成本'],
  经济效益指标: ['经济效益'],
  社会效益指标: ['社会效益'],
  生态效益指标: ['生态效益'],
  服务对象满意度指标: ['满意度', '服务对象满意度'],
};
/** A table printed under the indicators in the same copy (the payments it lists): no indicator table. */
const AFTER_TABLES = [
  ['序号', '学校性质', '培训机构', '补助标准(元/人)', '合格人数', '补助资金', '备注'],
  ['序号', '单位名称', '项目内容', '资金(万元)', '备注'],
  ['序号', '乡镇', '受益户数', '补助金额(元)', '备注'],
];

/** 一级 / 二级 by what the indicator measures, as a template would file it. */
function levelsOf(i: IndicatorTruth): [string, string] {
  const n = spellings(i.name)[0]!;
  const t = spellings(i.target)[0] ?? '';
  if (/满意/.test(n)) return ['满意度指标', '服务对象满意度指标'];
  if (/收入|增收|经济/.test(n)) return ['效益指标', '经济效益指标'];
  if (/生态|环境|绿化|污染/.test(n)) return ['效益指标', '生态效益指标'];
  if (/效益|带动|就业|知晓|影响|改善|提升|促进|保障/.test(n)) return ['效益指标', '社会效益指标'];
  if (/成本|补助标准|单价|费用|资金/.test(n) || /元/.test(t)) return ['产出指标', '成本指标'];
  if (/及时|时间|时限|按时|完成时|周期|进度/.test(n)) return ['产出指标', '时效指标'];
  if (/率|合格|达标|质量/.test(n)) return ['产出指标', '质量指标'];
  return ['产出指标', '数量指标'];
}
const LEVEL1_ORDER = ['产出指标', '效益指标', '满意度指标'];

const OP_WORDS: Record<string, string> = { '≥': '不低于', '≤': '不高于', '>': '大于', '<': '小于' };
const OP_ASCII: Record<string, string> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };

/** A 指标值 in the chosen writing; with 'columns' the [指标性质, 指标值, 度量单位] cells. */
function writeTarget(raw: string, style: VariantChoices['targetStyle']): string[] {
  const v = parseIndicatorValue(raw);
  // A value the grammar reads only in part (12月底前100%到位: 12 月 and the words after it, a label before the
  // figure, several figures) is printed as it stands: rewritten from its parsed parts it would lose the rest.
  const whole = v.kind === 'quantitative' && !v.text && !v.label && !v.problem;
  if (v.kind !== 'quantitative' || v.value === null || !whole || style === 'asPrinted') {
    return style === 'columns' ? [v.kind === 'quantitative' ? '' : '定性', raw, ''] : [raw];
  }
  const op = v.opImplied ? '' : (v.op ?? '');
  const unit = v.unit ?? '';
  if (style === 'spaced') return [[op, v.value, unit].filter((s) => s !== '').join(' ')];
  if (style === 'words') return [`${op === '' || op === '=' ? op : (OP_WORDS[op] ?? op)}${v.value}${unit}`];
  if (style === 'ascii') return [`${op === '' ? '' : (OP_ASCII[op] ?? op)}${v.value}${unit}`];
  return [op === '' ? '' : op === '=' ? '＝' : op, v.value, unit];
}

/** 万元 → 元 as a template in 元 prints it (two decimals, sometimes grouped). */
function toYuan(wan: string, grouped: boolean): string {
  const d = dec(wan);
  if (d === null) return wan;
  const s = d.times(10000).toFixed(2);
  if (!grouped) return s;
  const [int, frac] = s.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

const FULL = (s: string) => s.replace(/[0-9%():.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const cell = (text: string, colspan = 1, rowspan = 1): Cell => ({ text, rowspan, colspan });

/** A row of `width` positions: the cells given, the last one spanning what is left. */
function fill(cells: Cell[], width: number): Array<Cell | null> {
  const row: Array<Cell | null> = [];
  cells.forEach((c, k) => {
    const span = k === cells.length - 1 ? Math.max(1, width - row.length) : c.colspan;
    row.push({ ...c, colspan: span });
    for (let s = 1; s < span; s++) row.push(null);
  });
  return row;
}

/** Whether a shape can print a source form: a scoring table needs a 自评表 whose indicators carry weights. */
export function shapeFits(src: SourceForm, shape: Shape): boolean {
  const f = src.form;
  const selfEvaluation = f.kind === 'self-evaluation';
  if (shape === 'scoring') return selfEvaluation && (f.indicators ?? []).some((i) => i.weight !== undefined);
  if (shape === 'bracketList') return f.kind === 'project' && f.budget !== undefined;
  if (shape === 'headingOutline') return fitsHeadingOutline(f);
  if (shape === 'targetActual' || shape === 'reportTable')
    return selfEvaluation && (f.indicators ?? []).some((i) => i.actual !== undefined);
  if (shape === 'bond')
    return selfEvaluation && f.budgetRows?.annual !== undefined && f.budgetRows.executed !== undefined;
  if (shape === 'coreColumn')
    return (
      selfEvaluation && (f.indicators ?? []).some((i) => i.weight !== undefined && i.score !== undefined)
    );
  if (shape === 'graded') return f.kind === 'project' && (f.indicators ?? []).length > 0;
  return true;
}

/** A target a graded table can print run together: a figure with its unit or percent (≥95%, 200人次). */
const GLUED_THRESHOLD = /^(?:[≥≤><=]=?)?\d+(?:\.\d+)?(?:%|\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,2})?)$/u;
/** The bases a graded table gives its rows (评价标准确定依据). */
const GRADE_BASES = ['按计划标准评价', '按行业标准评价', '按历史标准评价'];

/** 得分系数 as the 重庆 template prints it: the share of its points a row earned (100%, 95%); empty without both. */
function coefficientOf(weight: string | undefined, score: string | undefined): string {
  const w = Number(weight);
  const sc = Number(score);
  if (weight === undefined || score === undefined || !(w > 0) || Number.isNaN(sc)) return '';
  return `${Math.round((sc / w) * 100)}%`;
}

/** Points as a template prints a sum of weights: whole, or to two decimals at most. */
function points(ws: ReadonlyArray<string | undefined>): string {
  const sum = ws.reduce((n, w) => n + (Number(w) || 0), 0);
  return String(Math.round(sum * 100) / 100);
}

/** Builds one variant of a source form (in a whole new shape when asked: SHAPES). */
export function makeVariant(src: SourceForm, seed: number, layout?: NewLayout, shape?: Shape): Variant {
  const r = rng(hash(`${src.set}/${src.file}/${spellings(src.form.name)[0] ?? ''}/${seed}`));
  const f = src.form;
  const kind = f.kind;
  const evaluation = kind === 'self-evaluation' || kind === 'monitoring';
  const choices: VariantChoices = {
    // The format drawn first in every case, so the rest of the stream stays as it was.
    format: [pick(r, FORMATS), 'docx' as const][
      Number(rng(hash(`${src.set}/${src.file}/${seed}/docx`))() < DOCX_SHARE)
    ]!,
    kv: pick(r, [2, 4] as const),
    yuan: r() < 0.3,
    targetStyle: pick(r, ['asPrinted', 'spaced', 'words', 'ascii', 'columns'] as const),
    header: pick(r, ['one', 'twoRows', 'band'] as const),
    fullWidth: r() < 0.25,
    repeatMerged: r() < 0.3,
    budget: r() < 0.35 ? 'rows' : 'columns',
    omitted: [],
    columns: [],
    labels: [],
  };
  // A new layout replaces the format after every other draw, its own choices from a stream of their own.
  if (layout === 'pdf') {
    const drawn = choices.format;
    choices.pdfFrom =
      drawn === 'docx' || drawn === 'xlsx'
        ? drawn
        : pick(rng(hash(`${src.set}/${src.file}/${seed}/pdf`)), ['docx', 'xlsx'] as const);
    // Drawn on a stream of their own, about half the PDFs plain: those convert to the same bytes as before.
    const rp = rng(hash(`${src.set}/${src.file}/${seed}/pdfPage`));
    const styles: PdfPageStyle[] =
      choices.pdfFrom === 'xlsx'
        ? (['footer', 'runningHead', 'repeatHead', 'tallRows'] as const).filter(() => rp() < 0.35)
        : rp() < 0.5
          ? ['rowsBreak']
          : [];
    // The later styles on a stream of their own: the variants that draw none stay the bytes they were.
    const rq = rng(hash(`${src.set}/${src.file}/${seed}/pdfPage16`));
    const more: PdfPageStyle[] =
      choices.pdfFrom === 'xlsx'
        ? (['signFooter', 'widePage'] as const).filter(() => rq() < 0.3)
        : (['wordHead', 'wordFooter'] as const).filter(() => rq() < 0.35);
    styles.push(...more);
    if (styles.length > 0) choices.pdfPage = styles;
  }
  if (layout !== undefined) choices.format = layout;
  // A shape's own choices from a stream of their own: every other choice stays the variant's.
  const rs = rng(hash(`${src.set}/${src.file}/${seed}/shape/${shape ?? ''}`));
  if (shape !== undefined && shapeFits(src, shape)) {
    choices.shape = shape;
    if (shape === 'scoring') choices.shapeStyle = pick(rs, ['columns', 'inName'] as const);
    // A graded table run together (as wide/492) where every target is a figure with its unit; a table otherwise.
    if (shape === 'graded') {
      const glued = f.indicators!.every((i) =>
        GLUED_THRESHOLD.test(spellings(i.target)[0]!.replace(/\s+/g, '')),
      );
      choices.shapeStyle = glued && rs() < 0.5 ? 'joined' : 'table';
      if (choices.shapeStyle === 'joined') choices.format = 'lines';
      // Its thresholds as printed, each in one cell (a band's grades part no 指标值 into sign, figure and unit).
      if (choices.shapeStyle === 'joined' || choices.targetStyle === 'columns')
        choices.targetStyle = 'asPrinted';
    }
    if (shape === 'headColumn' && !(COPIED_LAYOUTS as readonly string[]).includes(choices.format))
      choices.format = ['pipe', 'tab'].includes(choices.format)
        ? choices.format
        : pick(rs, HEAD_COLUMN_TABLES);
    // A run-together copy is text whatever the source was.
    if (shape === 'joined' || shape === 'reportTable') choices.format = 'lines';
    // A generated report prints its table with a one-row header, the targets as the system writes them.
    if (shape === 'reportTable') {
      choices.header = 'one';
      choices.targetStyle = pick(rs, ['asPrinted', 'ascii'] as const);
    }
    if (shape === 'bracketList')
      return textLinesVariant(src, seed, choices, bracketList(src.form, rs, levelsOf, LEVEL1_ORDER));
    if (shape === 'headingOutline')
      return textLinesVariant(src, seed, choices, headingOutline(src.form, rs, levelsOf, LEVEL1_ORDER));
  }
  const reportTable = choices.shape === 'reportTable';
  const targetActual = choices.shape === 'targetActual' || reportTable;
  const bond = choices.shape === 'bond';
  const label = (xs: readonly string[]) => {
    const l = pick(r, xs);
    choices.labels.push(l);
    return l;
  };
  const amount = (wan: string | undefined) =>
    wan === undefined ? '' : choices.yuan ? toYuan(wan, r() < 0.5) : wan;
  const moneyUnit = choices.yuan ? '元' : '万元';

  // Indicator columns: levels first (as every template), the rest in a permuted order.
  const tail: string[] = ['target'];
  if (evaluation) tail.push(kind === 'monitoring' ? 'monitorActual' : 'actual');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.weight !== undefined)) tail.push('weight');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.score !== undefined)) tail.push('score');
  if (evaluation && r() < 0.75) tail.push('reason');
  // Templates without 分值 or 得分 columns (a 自评表 scored only in total, or not at all).
  if (kind === 'self-evaluation') {
    for (const c of ['weight', 'score'])
      if (tail.includes(c) && r() < 0.15) {
        tail.splice(tail.indexOf(c), 1);
        choices.omitted.push(c);
      }
  }
  let columns = ['level1', 'level2', 'name', ...shuffle(r, tail)];
  // A target-and-actual table: the levels, the name, the target and what was done (a reason after, at times).
  if (targetActual) {
    columns = ['level1', 'level2', 'name', 'target', 'actual', ...(rs() < 0.3 ? ['reason'] : [])];
    choices.omitted = ['weight', 'score'];
  }
  // A generated report's table: the share done after what was done, never a reason.
  if (reportTable) columns = ['level1', 'level2', 'name', 'target', 'actual', 'share'];
  // The 重庆 部门整体 template's order: the target, an adjusted target (left empty), the actual, the share of the
  // points earned, the points and a core-indicator answer (wide/475).
  if (choices.shape === 'coreColumn')
    columns = [
      'level1',
      'level2',
      'name',
      'target',
      'adjusted',
      ...(['actual', 'coefficient', 'weight', 'score'] as const).filter(
        (c) => c === 'coefficient' || columns.includes(c),
      ),
      'core',
    ];
  // A graded table: its levels' 分类 and name, a description, the four grades' thresholds and the basis.
  const graded = choices.shape === 'graded';
  if (graded) columns = ['level1', 'name', 'description', 'target', 'good', 'fair', 'poor', 'basis'];
  // A scoring table prints each level's points in a column after it (一级 | 分值 | 二级 | 分值 | 三级 …).
  const levelPoints = choices.shape === 'scoring' && choices.shapeStyle === 'columns';
  if (levelPoints) columns = ['level1', 'level1Weight', 'level2', 'level2Weight', ...columns.slice(2)];
  // Split 指标值 columns stay together in the order templates print them.
  if (choices.targetStyle === 'columns')
    columns = columns.flatMap((c) => (c === 'target' ? ['op', 'target', 'unit'] : [c]));
  choices.columns = columns;
  let budgetOrder: string[] = [];
  // A bond's 进度 column: the rate, the amount spent printed again (wide/507), or none.
  const progress = bond ? pick(rs, ['rate', 'amount', 'none'] as const) : 'none';
  if (bond) {
    budgetOrder = shuffle(rs, ['executed', 'annual']);
    if (progress !== 'none') budgetOrder.push('rate');
    for (const k of ['weight', 'score'] as const) if (f.budgetRows![k] !== undefined) budgetOrder.push(k);
  } else if (evaluation && f.budgetRows && !targetActual) {
    const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
    const keys = Object.keys(labels).filter(
      (k) => k !== 'initial' || f.budgetRows!.initial !== undefined || r() < 0.5,
    );
    const late = (k: string) => ['weight', 'rate', 'score'].includes(k);
    budgetOrder =
      kind === 'monitoring' ? keys : [...keys.filter((k) => !late(k)), ...shuffle(r, keys.filter(late))];
  }
  const width = Math.max(columns.length, choices.kv === 4 ? 4 : 2, budgetOrder.length + 2);

  const grid: Grid = [];
  const pre: string[] = [];
  const title = label(TITLES[kind]!);
  pre.push(kind === 'department' || r() < 0.5 ? title : `${title}`);
  pre.push(pick(r, ['(2023年度)', '( 2022 年度)', '']));
  // Amounts in 元 are always said to be (a page line or the label's note): a template never leaves it to guess.
  const drawnUnitLine = r() < 0.5;
  // Drawn only where the line is printed, as before the shapes: the stream of every other choice unchanged.
  const unitChoice = drawnUnitLine ? pick(r, [`金额单位:${moneyUnit}`, `单位:${moneyUnit}`]) : '';
  // An untitled form opens at its head labels: no title, year or unit line (its amounts' unit in their labels).
  const untitled = choices.shape === 'untitled';
  const unitLine = drawnUnitLine && !untitled && !targetActual;
  if (untitled || targetActual) pre.length = 0;
  else if (unitLine) pre.push(unitChoice);
  // An attachment read by OCR says so above its table (wide/520).
  if (targetActual && !reportTable && rs() < 0.4)
    pre.push('详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)');
  // The report's sentence before its table (wide/536).
  if (reportTable) pre.push('项目资金到位率绩效目标值为100%,,如下图:项目年度绩效目标(定量目标)');

  // Key–value block.
  const pairs: Array<[string, string]> = [];
  const nameLabel = label(kind === 'department' ? DEPT_LABELS : NAME_LABELS);
  pairs.push([nameLabel, spellings(f.name)[0]!]);
  const units = spellings(f.unit);
  if (units.length > 0) {
    pairs.push([label(SUPERVISOR_LABELS), units[1] ?? units[0]!]);
    if (units.length > 1) pairs.push([label(EXECUTOR_LABELS), units[0]!]);
  }
  if (f.budget !== undefined) {
    const l = label(kind === 'department' ? DEPT_BUDGET_LABELS : BUDGET_LABELS);
    pairs.push([r() < 0.5 || (choices.yuan && !unitLine) ? `${l}(${moneyUnit})` : l, amount(f.budget)]);
  }
  // A bond's head names the field the money goes to (投向领域).
  if (bond && rs() < 0.5)
    pairs.push([
      pick(rs, ['投向领域', '债券投向领域']),
      pick(rs, ['老旧小区改造领域', '城镇基础设施', '社会事业']),
    ]);
  if (targetActual) {
    // The indicator table alone: no head.
  } else if (choices.shape === 'headColumn') {
    // Copied column by column (a PDF viewer reading the head's label column down, then its value column).
    pre.push(...pairs.map(([k]) => k), ...pairs.map(([, v]) => v));
  } else if (choices.kv === 2 || pairs.length < 2) {
    for (const [k, v] of pairs) grid.push(fill([cell(k), cell(v)], width));
  } else {
    for (let p = 0; p < pairs.length; p += 2) {
      const half = Math.floor(width / 2);
      const a = pairs[p]!;
      const b = pairs[p + 1];
      const row = [cell(a[0]), cell(a[1], Math.max(1, half - 1))];
      if (b) row.push(cell(b[0]), cell(b[1]));
      grid.push(fill(row, width));
    }
  }

  // Budget rows of a 自评表 / 监控表.
  if (budgetOrder.length > 0) {
    const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
    const money = (k: string) => ['initial', 'annual', 'executed'].includes(k);
    const rows = f.budgetRows!;
    const values = budgetOrder.map((k) => {
      if (k === 'rate' && bond) return progress === 'amount' ? amount(rows.executed) : bondRate(rows);
      const v = rows[k as keyof typeof rows];
      return money(k) ? amount(v) : (v ?? '');
    });
    // A bond's headings at times broken by a space, as a copy of its narrow cells gives them (实际支出 金额).
    const broken = bond && rs() < 0.35;
    // Amounts in 元 say so in their headings where no page line does (and at times where one does).
    const unitNote = choices.yuan && (!unitLine || rs() < 0.5) ? `(${moneyUnit})` : '';
    const bondLabel = (k: string) => {
      const l = label(BOND_ROW_LABELS[k]!);
      const spaced = broken && l.length >= 4 ? `${l.slice(0, l.length - 2)} ${l.slice(-2)}` : l;
      return money(k) ? `${spaced}${unitNote}` : spaced;
    };
    const points = rows.weight ?? '10';
    if (bond && choices.budget === 'rows') {
      budgetOrder.forEach((k, n) => {
        const head = n === 0 ? [cell(`债券资金管理指标(${points}分)`, 1, budgetOrder.length)] : [];
        const row = fill([...head, cell(bondLabel(k)), cell(values[n]!)], n === 0 ? width : width - 1);
        grid.push(n === 0 ? row : [null, ...row]);
      });
    } else if (bond) {
      grid.push(
        fill(
          [
            cell(`债券资金管理指标(${points}分)`, 1, 2),
            cell(`总体支出进度${pick(rs, ['', ' '])}(当年实际支出金额/项目当年下达额度)`, 1, 2),
            ...budgetOrder.map((k) => cell(bondLabel(k))),
          ],
          width,
        ),
      );
      grid.push([
        null,
        null,
        ...fill(
          values.map((v) => cell(v)),
          width - 2,
        ),
      ]);
    } else if (choices.budget === 'rows') {
      // One label–figure row each, 项目资金 merged down their left.
      budgetOrder.forEach((k, n) => {
        const head = n === 0 ? [cell(`项目资金(${moneyUnit})`, 1, budgetOrder.length)] : [];
        const row = fill([...head, cell(label(labels[k]!)), cell(values[n]!)], n === 0 ? width : width - 1);
        grid.push(n === 0 ? row : [null, ...row]);
      });
    } else {
      grid.push(
        fill(
          [
            cell(`项目资金(${moneyUnit})`, 1, 2),
            cell(''),
            ...budgetOrder.map((k) => cell(label(labels[k]!))),
          ],
          width,
        ),
      );
      const second = fill(
        [cell(label(['年度资金总额', '合计', '资金总额'])), ...values.map((v) => cell(v))],
        width - 1,
      );
      grid.push([null, ...second]);
    }
  }

  if (r() < 0.6 && !targetActual)
    grid.push(fill([cell(label(GOAL_LABELS)), cell('按期完成项目建设任务,发挥资金使用效益')], width));

  // Header.
  const headStart = grid.length;
  // A graded table's headings are its own (printed below); the others drawn from the spellings seen.
  const headLabels = graded
    ? []
    : columns.map((c) =>
        reportTable
          ? REPORT_TABLE_LABELS[c]!
          : targetActual
            ? pick(rs, TARGET_ACTUAL_LABELS[c] ?? COLUMN_LABELS[c]!)
            : label(COLUMN_LABELS[c]!),
      );
  // The columns the levels take: 一级, 二级, 三级 and, in a scoring table, the levels' points.
  const lead = columns.indexOf('name') + 1;
  if (graded) {
    // 绩效指标评价标准 over its four grades; the other headings down both rows.
    const top: Cell[] = ['绩效指标分类', '绩效指标', '绩效指标描述'].map((l) => cell(l, 1, 2));
    top.push(cell('绩效指标评价标准', 4), cell('评价标准确定依据', 1, 2));
    const under: Array<Cell | null> = [
      null,
      null,
      null,
      ...['优', '良', '中', '差'].map((g) => cell(g)),
      null,
    ];
    while (under.length < width) under.push(null);
    grid.push(fill(top, width), under);
  } else if (choices.header === 'twoRows') {
    const top = headLabels.map((l) => cell(l.length > 3 ? l.slice(0, 2) : l));
    const bottom = headLabels.map((l) => cell(l.length > 3 ? l.slice(2) : ''));
    grid.push(fill(top, width), fill(bottom, width));
  } else if (choices.header === 'band' && choices.targetStyle === 'columns') {
    const top: Cell[] = [];
    const bottom: Cell[] = [];
    columns.forEach((c, k) => {
      if (c === 'op') {
        top.push(cell('年度指标值', 3));
        bottom.push(cell(headLabels[k]!), cell(headLabels[k + 1]!), cell(headLabels[k + 2]!));
      } else if (c === 'target' || c === 'unit') return;
      else {
        top.push(cell(headLabels[k]!, 1, 2));
        bottom.push(null as unknown as Cell);
      }
    });
    const t = fill(top, width);
    const b: Array<Cell | null> = [];
    for (const c of bottom) b.push(c);
    while (b.length < width) b.push(null);
    grid.push(t, b);
  } else if (choices.header === 'band') {
    // 绩效指标 over the three levels (and their points, in a scoring table).
    grid.push(fill([cell('绩效指标', lead), ...headLabels.slice(lead).map((l) => cell(l, 1, 2))], width));
    const under: Array<Cell | null> = headLabels.slice(0, lead).map((l) => cell(l));
    // Under the band's last heading, merged to the table's edge and down both rows.
    while (under.length < width) under.push(null);
    grid.push(under);
  } else
    grid.push(
      fill(
        headLabels.map((l) => cell(l)),
        width,
      ),
    );

  // Indicator rows, grouped by 一级 then 二级 with merged level cells.
  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.lv[0]) - LEVEL1_ORDER.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]),
  );
  const bodyStart = grid.length;
  // A scoring table's points of a level: the weights of its indicators added up.
  const level1Points = (l1: string) => points(rows.filter((x) => x.lv[0] === l1).map((x) => x.i.weight));
  const level2Points = (lv: [string, string]) =>
    points(rows.filter((x) => x.lv[0] === lv[0] && x.lv[1] === lv[1]).map((x) => x.i.weight));
  const inName = choices.shape === 'scoring' && choices.shapeStyle === 'inName';
  const bracket = pick(rs, [
    ['(', '分)'],
    ['（', '分）'],
    ['(', ')'],
  ] as const);
  const named = (level: string, pts: string) => (inName ? `${level}${bracket[0]}${pts}${bracket[1]}` : level);
  // A target-and-actual table words its 二级 as another framework does, the same word for the same level.
  const otherWords = targetActual && !reportTable && rs() < 0.7;
  const level2Words = new Map<string, string>();
  const level2Word = (l2: string) => {
    if (!otherWords || !OTHER_LEVEL2[l2]) return l2;
    if (!level2Words.has(l2)) level2Words.set(l2, pick(rs, OTHER_LEVEL2[l2]));
    return level2Words.get(l2)!;
  };
  rows.forEach(({ i, lv }) => {
    const row: Array<Cell | null> = [];
    const target = writeTarget(spellings(i.target)[0]!, choices.targetStyle);
    for (const c of columns) {
      if (c === 'level1') row.push(cell(reportTable ? goalWorded(lv[0]) : named(lv[0], level1Points(lv[0]))));
      else if (c === 'level2')
        row.push(cell(reportTable ? goalWorded(lv[1]) : named(level2Word(lv[1]), level2Points(lv))));
      else if (c === 'level1Weight') row.push(cell(level1Points(lv[0])));
      else if (c === 'level2Weight') row.push(cell(level2Points(lv)));
      else if (c === 'name') row.push(cell(spellings(i.name)[0]!));
      else if (c === 'op') row.push(cell(target[0]!));
      else if (c === 'target') row.push(cell(target.length === 3 ? target[1]! : target[0]!));
      else if (c === 'unit') row.push(cell(target[2]!));
      else if (c === 'actual' || c === 'monitorActual') row.push(cell(spellings(i.actual)[0] ?? ''));
      else if (c === 'weight') row.push(cell(i.weight ?? ''));
      else if (c === 'score') row.push(cell(i.score ?? ''));
      else if (c === 'coefficient') row.push(cell(coefficientOf(i.weight, i.score)));
      else if (c === 'core') row.push(cell(pick(rs, ['是', '否'])));
      // A graded row: the description (run together, the name said again, as templates fill it), the lower
      // grades' thresholds as the best one (a band that grades only pass or fail), the basis.
      else if (c === 'description')
        row.push(
          cell(
            choices.shapeStyle === 'joined'
              ? spellings(i.name)[0]!
              : `考核${spellings(i.name)[0]!}是否达到目标`,
          ),
        );
      else if (c === 'good' || c === 'fair' || c === 'poor') row.push(cell(target.join('')));
      else if (c === 'basis') row.push(cell(pick(rs, GRADE_BASES)));
      else if (c === 'share')
        row.push(cell(shareDone(spellings(i.target)[0]!, spellings(i.actual)[0] ?? '')));
      else row.push(cell(''));
    }
    while (row.length < width) row.push(cell(''));
    grid.push(row);
  });
  // Merge equal 一级 / 二级 cells down the body, as the printed table does; a level's points merged as its level.
  const l1 = columns.indexOf('level1');
  const l2 = columns.indexOf('level2');
  // (A graded table has no 二级 column.)
  for (const col of [l1, l2].filter((c) => c >= 0)) {
    let k = bodyStart;
    while (k < grid.length) {
      let n = 1;
      const here = grid[k]![col]!;
      while (
        k + n < grid.length &&
        grid[k + n]![col]?.text === here.text &&
        (col === l1 ||
          grid[k + n]![l1] === null ||
          grid[k + n]![l1]?.text === here.text ||
          grid[k]![l1] === null)
      )
        n++;
      if (n > 1) {
        here.rowspan = n;
        for (let s = 1; s < n; s++) grid[k + s]![col] = null;
        if (levelPoints) {
          grid[k]![col + 1]!.rowspan = n;
          for (let s = 1; s < n; s++) grid[k + s]![col + 1] = null;
        }
      }
      k += n;
    }
  }
  if (
    kind === 'self-evaluation' &&
    !targetActual &&
    ((f.total !== undefined && !choices.omitted.includes('score')) || f.grade !== undefined)
  ) {
    const row: Array<Cell | null> = fill([cell(label(['总分', '合计', '自评总分'])), cell('')], width);
    const scoreAt = columns.indexOf('score');
    const weightAt = columns.indexOf('weight');
    for (let k = 1; k < width; k++) row[k] = cell('');
    row[0] = cell(row[0]!.text, lead);
    for (let k = 1; k < lead; k++) row[k] = null;
    if (weightAt >= lead) row[weightAt] = cell('100');
    if (f.total !== undefined && scoreAt >= lead) row[scoreAt] = cell(f.total);
    grid.push(row);
    if (f.grade !== undefined)
      grid.push(fill([cell(label(['评价等级', '自评等级', '绩效等级'])), cell(f.grade)], width));
  }

  // The report goes on after its table: its next numbered section (wide/536).
  if (reportTable)
    grid.push(
      fill(
        [cell('(二)项目财务管理状况本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,总得分90,,')],
        width,
      ),
    );
  // Another table under the indicators in the same copy (wide/520's schools and their payments).
  if (targetActual && !reportTable && rs() < 0.5) {
    const head = pick(rs, AFTER_TABLES);
    grid.push(
      fill(
        head.map((h) => cell(h)),
        width,
      ),
    );
    for (let n = 1; n <= 2; n++)
      grid.push(
        fill(
          head.map((h, k) =>
            cell(
              k === 0
                ? String(n)
                : /金额|资金|标准/.test(h)
                  ? String(2600 + 10 * n)
                  : h === '备注'
                    ? ''
                    : `某某${n}`,
            ),
          ),
          width,
        ),
      );
  }

  if (choices.fullWidth) {
    for (const row of grid) for (const c of row) if (c) c.text = FULL(c.text);
    for (let k = 0; k < pre.length; k++) pre[k] = FULL(pre[k]!);
  }

  const id = `${src.set}/${src.file}#${spellings(f.name)[0]!.slice(0, 8)}@${seed}`;
  const ext = ['xlsx', 'html', 'docx', 'pdf'].includes(choices.format) ? choices.format : 'txt';
  const truth: DocTruth = {
    file: `variant-${seed}.${ext}`,
    kind,
    province: '',
    source: id,
    forms: [
      {
        ...f,
        indicatorCount: f.indicators!.length,
        indicators: f.indicators!.map((i) => {
          const out = { ...i };
          for (const c of choices.omitted) delete out[c as 'weight' | 'score'];
          // A target form's template here prints no 分值 column (only a 自评表's does): its weights are not asked.
          if (!columns.includes('weight')) delete out.weight;
          return out;
        }),
        // Without a 得分 column (left out, or no indicator of the source has a 得分) the template prints no
        // total under it.
        ...(columns.includes('score') ? {} : { total: undefined }),
        // A 监控表's block prints 年初预算数 | 1-7月执行数 | 执行率 only: a source's 全年预算数 is not on the page.
        ...(kind === 'monitoring' && f.budgetRows
          ? {
              budgetRows: Object.fromEntries(
                Object.entries(f.budgetRows).filter(([k]) => budgetOrder.includes(k)),
              ),
            }
          : {}),
        // A bond's block prints the year's money, what was spent, the 进度 where it is a rate, and its points.
        ...(bond
          ? {
              budgetRows: {
                ...Object.fromEntries(
                  Object.entries(f.budgetRows!).filter(([k]) => budgetOrder.includes(k) && k !== 'rate'),
                ),
                ...(progress === 'rate' ? { rate: bondRate(f.budgetRows!) } : {}),
              },
            }
          : {}),
      },
    ],
  };
  // A target-and-actual table names no project, unit or money: its indicators are all it holds.
  if (targetActual) {
    const form = truth.forms[0]!;
    truth.forms[0] = { kind, indicatorCount: form.indicatorCount, indicators: form.indicators };
  }
  const head = { from: headStart, to: bodyStart };
  return { id, file: truth.file, data: new Uint8Array(), truth, choices, ...{ grid, pre, head } } as Drawn;
}

/** A variant as drawn, before its bytes: the grid, the page lines over it and the indicator header's rows. */
type Drawn = Variant & { grid: Grid; pre: string[]; head: { from: number; to: number } };

/** A bond's 进度: what was spent of the year's 下达额度, as a per cent to two places. */
function bondRate(rows: NonNullable<FormTruth['budgetRows']>): string {
  const spent = dec(rows.executed);
  const given = dec(rows.annual);
  if (spent === null || given === null || given.isZero()) return '';
  return `${Number(spent.div(given).times(100).toFixed(2))}%`;
}

/**
 * A project printed as text, one paragraph a line: as a department's list of project targets (bracket-list.ts) or
 * under numbered headings (heading-outline-shape.ts).
 */
function textLinesVariant(
  src: SourceForm,
  seed: number,
  choices: VariantChoices,
  printed: { lines: string[]; form: FormTruth },
): Variant {
  choices.format = 'lines';
  const id = `${src.set}/${src.file}#${spellings(src.form.name)[0]!.slice(0, 8)}@${seed}`;
  const truth: DocTruth = {
    file: `variant-${seed}.txt`,
    kind: 'project',
    province: '',
    source: id,
    forms: [printed.form],
  };
  const data = new TextEncoder().encode(printed.lines.join('\n') + '\n');
  return { id, file: truth.file, data, truth, choices };
}

/** The variant's bytes in its format (the .xlsx is written by ExcelJS, the .docx by the project's exporter). */
export async function renderVariant(v: Variant, page: readonly PdfPageStyle[] = []): Promise<Variant> {
  // A shape written as text when it was made (bracketList, headingOutline).
  if (v.choices.shape === 'bracketList' || v.choices.shape === 'headingOutline') return v;
  const { grid, pre, head } = v as Drawn;
  // A run-together graded copy prints a merged cell once (wide/492).
  const repeat = v.choices.repeatMerged && v.choices.shapeStyle !== 'joined';
  const lines = pre.filter((l) => l !== '');
  // A text copy: a merged cell's other positions blank, or its text repeated down a column.
  const textRows = (): string[][] => {
    const out: string[][] = grid.map((row) => row.map(() => ''));
    grid.forEach((row, i) =>
      row.forEach((c, j) => {
        if (!c) return;
        out[i]![j] = c.text;
        if (repeat) for (let s = 1; s < c.rowspan; s++) if (out[i + s]) out[i + s]![j] = c.text;
      }),
    );
    return out;
  };
  let data: Uint8Array;
  const copied = (COPIED_LAYOUTS as readonly string[]).includes(v.choices.format);
  if (
    v.choices.shape === 'joined' ||
    v.choices.shapeStyle === 'joined' ||
    v.choices.shape === 'reportTable'
  ) {
    // Every line and cell run together without a gap: the whole form one line.
    const rows: LayoutRow[] = [
      ...lines.map((l) => ({ cells: [l], table: false })),
      ...textRows().map((cells) => ({ cells, table: true })),
    ];
    data = new TextEncoder().encode(joinedLines(rows).join('\n') + '\n');
  } else if (copied) {
    const rows: LayoutRow[] = [
      ...lines.map((l) => ({ cells: [l], table: false })),
      ...textRows().map((cells) => ({ cells, table: true })),
    ];
    const indent = rng(hash(`${v.id}/indent`));
    const text = copiedText(v.choices.format as CopiedLayout, rows, indent);
    data = new TextEncoder().encode(text.join('\n') + '\n');
  } else if (v.choices.format === 'pdf') {
    // The source's bytes; renderVariants converts them.
    // A PDF's page styles go into the source LibreOffice converts (never into the plain .docx / .xlsx formats).
    const source = { ...v, choices: { ...v.choices, format: v.choices.pdfFrom! } };
    data = (await renderVariant(source, v.choices.pdfPage)).data;
  } else if (v.choices.format === 'pipe') {
    const body = textRows().map((row) => `| ${row.join(' | ')} |`);
    data = new TextEncoder().encode([...lines, ...body].join('\n') + '\n');
  } else if (v.choices.format === 'tab') {
    const body = textRows().map((row) => row.join('\t').replace(/\t+$/, ''));
    data = new TextEncoder().encode([...lines, ...body].join('\n') + '\n');
  } else if (v.choices.format === 'html') {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const trs = grid.map(
      (row) =>
        `<tr>${row
          .filter((c): c is Cell => c !== null)
          .map(
            (c) =>
              `<td${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${esc(c.text)}</td>`,
          )
          .join('')}</tr>`,
    );
    const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(lines[0] ?? '')}</title></head><body>\n${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}\n<table border="1">\n${trs.join('\n')}\n</table>\n</body></html>\n`;
    data = new TextEncoder().encode(html);
  } else if (v.choices.format === 'docx') {
    // The page lines as paragraphs over one Word table, merges as gridSpan / vMerge.
    const width = Math.max(...grid.map((r) => r.length));
    const rows = grid.map((row) =>
      row.flatMap((c, j): LayoutCell[] =>
        c
          ? [{ col: j, text: c.text, rowSpan: c.rowspan, colSpan: c.colspan, style: 'value', align: 'left' }]
          : [],
      ),
    );
    const docx = await writeDocx({
      title: lines[0] ?? '',
      sections: [
        {
          name: 'Sheet1',
          columns: Array<number>(width).fill(10),
          orientation: width > 6 ? 'landscape' : 'portrait',
          blocks: [
            ...lines.map((text, k) => ({
              type: 'paragraph' as const,
              text,
              style: k === 0 ? ('title' as const) : ('text' as const),
              align: k === 0 ? ('center' as const) : ('left' as const),
            })),
            { type: 'table', rows, headerRows: 0 },
          ],
        },
      ],
    });
    const broken = page.includes('rowsBreak') ? rowsMayBreak(docx) : docx;
    const said = rng(hash(`${v.id}/pdfPage16/words`));
    const unit = unitOf(v);
    data = sameBytesEveryRun(
      page.includes('wordHead') || page.includes('wordFooter')
        ? wordPageLines(broken, {
            head: page.includes('wordHead') ? pick(said, WORD_HEADS)(unit) : undefined,
            foot: page.includes('wordFooter') ? pick(said, WORD_FOOTERS)(unit) : undefined,
          })
        : broken,
    );
  } else {
    const words = rng(hash(`${v.id}/pdfPage/words`));
    const said = rng(hash(`${v.id}/pdfPage16/words`));
    data = await officialSheet(grid, lines, {
      footer: page.includes('signFooter')
        ? pick(said, SIGN_FOOTERS)(unitOf(v))
        : page.includes('footer')
          ? pick(words, PAGE_FOOTERS)
          : undefined,
      runningHead: page.includes('runningHead') ? pick(words, RUNNING_HEADS) : undefined,
      repeatHead: page.includes('repeatHead') ? head : undefined,
      rowHeight: page.includes('tallRows') ? pick(words, [30, 36, 42]) : undefined,
      wide: page.includes('widePage') ? pick(said, ['downThenOver', 'overThenDown'] as const) : undefined,
    });
  }
  return { ...v, data };
}

/** Page-number footers of printed sheets (Excel's codes: &P the page, &N the pages). */
const PAGE_FOOTERS = ['&C第 &P 页，共 &N 页', '&C&P/&N', '&C- &P -', '&R第&P页'] as const;
/** Running heads of printed sheets (a fixed date: the same bytes every run, for --pdf-dir). */
const RUNNING_HEADS = ['&L附件2', '&R打印日期：2024年3月1日', '&C内部资料', '&L附件1&R2024-03-01'] as const;

/** The unit a footer or running head names on every page: the form's own, or a bureau's. */
function unitOf(v: Variant): string {
  const u = v.truth.forms[0]?.unit;
  return (u === undefined ? undefined : spellings(u)[0]) ?? '县财政局';
}
/** Footers of printed sheets that are more than a page number (Excel's codes; &P the page, &N the pages). */
const SIGN_FOOTERS: ReadonlyArray<(unit: string) => string> = [
  () => '&L制表人：&C审核人：&R单位（盖章）',
  () => '&L填报日期：2024年3月1日&R第 &P 页 共 &N 页',
  (unit) => `&C${unit}&R&P/&N`,
  () => '&L共 &N 页 第 &P 页&R制表：预算股',
  () => '&C第&P页 共&N页',
  () => '&R打印时间：2024-03-01 10:30',
];
/** Lines a Word document's header repeats on every page. */
const WORD_HEADS: ReadonlyArray<(unit: string) => string> = [
  () => '附件1',
  (unit) => unit,
  () => '预算绩效管理资料（2024年）',
  (unit) => `${unit}文件`,
];
/** Lines a Word document's footer prints over its page number on every page. */
const WORD_FOOTERS: ReadonlyArray<(unit: string) => string> = [
  () => '制表人：            审核人：            联系电话：',
  (unit) => `填报单位（盖章）：${unit}`,
  () => '2024年3月1日',
  (unit) => unit,
];

/** A sheet's print settings beyond the plain table (PDF_PAGE_STYLES). */
interface SheetPage {
  footer?: string;
  runningHead?: string;
  /** The grid's rows printed at the top of every page (the indicator header). */
  repeatHead?: { from: number; to: number };
  /** The table's rows at least this tall (points), as a template's rows are drawn. */
  rowHeight?: number;
  /** Not fitted to the page's width: columns past the page's right edge printed on later pages, in this order. */
  wide?: 'downThenOver' | 'overThenDown';
}

/** A Word table whose rows may break across pages, as Word's default leaves them (the exporter keeps them whole). */
function rowsMayBreak(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const body = files['word/document.xml'];
  if (body)
    files['word/document.xml'] = new TextEncoder().encode(
      new TextDecoder().decode(body).replace(/<w:cantSplit(?:\s[^>]*)?\/>/g, ''),
    );
  return zipSync(files);
}

/** The widest a column of the sheet grows (in character widths); longer texts wrap inside it. */
const MAX_COLUMN_WIDTH = 36;
const THIN = { style: 'thin' as const };

/**
 * The grid as a finance bureau's sheet is laid out: every column as wide as its longest single-column text (a
 * CJK character two widths), long texts wrapped in a column capped at MAX_COLUMN_WIDTH, thin borders on every
 * cell of the table, the page lines over it merged across, A4 landscape fitted to one page's width — so that
 * LibreOffice's PDF of it has a text layer a reader can take apart.
 */
async function officialSheet(
  grid: Grid,
  lines: readonly string[],
  page: SheetPage = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const width = Math.max(...grid.map((r) => r.length));
  const widths = Array<number>(width).fill(6);
  for (const row of grid)
    row.forEach((c, j) => {
      if (c && c.colspan === 1) widths[j] = Math.max(widths[j]!, displayWidth(c.text) + 2);
    });
  widths.forEach((w, j) => (sheet.getColumn(j + 1).width = Math.min(w, MAX_COLUMN_WIDTH)));
  let r = 1;
  for (const [k, l] of lines.entries()) {
    const cellAt = sheet.getCell(r, 1);
    cellAt.value = l;
    cellAt.alignment = { horizontal: k === 0 ? 'center' : 'left', vertical: 'middle' };
    if (k === 0) cellAt.font = { bold: true, size: 16 };
    sheet.mergeCells(r, 1, r, width);
    r++;
  }
  grid.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!c) return;
      const at = sheet.getCell(r + i, j + 1);
      at.value = c.text;
      // A text wider than its column (all its columns, when merged across) wraps; the others stay on one line.
      let room = 0;
      for (let s = 0; s < c.colspan; s++) room += Math.min(widths[j + s] ?? 6, MAX_COLUMN_WIDTH);
      const wrap = displayWidth(c.text) + 2 > room;
      at.alignment = { vertical: 'middle', horizontal: 'left', wrapText: wrap };
      // A wrapped text's row as tall as its lines, as Excel makes it when the text is typed in (LibreOffice
      // keeps the stored height, and a text taller than its row runs over the row under it).
      if (wrap && c.rowspan === 1) {
        const row = sheet.getRow(r + i);
        row.height = Math.max(row.height ?? 0, 15 * Math.ceil((displayWidth(c.text) + 2) / room));
      }
      if (c.rowspan > 1 || c.colspan > 1)
        sheet.mergeCells(r + i, j + 1, r + i + c.rowspan - 1, j + c.colspan);
    }),
  );
  if (page.rowHeight)
    for (let i = 0; i < grid.length; i++) {
      const row = sheet.getRow(r + i);
      row.height = Math.max(row.height ?? 0, page.rowHeight);
    }
  // Borders on every position of the table, merged ones included (LibreOffice draws a merged cell's from them).
  for (let i = 0; i < grid.length; i++)
    for (let j = 0; j < width; j++)
      sheet.getCell(r + i, j + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (page.footer) sheet.headerFooter.oddFooter = page.footer;
  if (page.runningHead) sheet.headerFooter.oddHeader = page.runningHead;
  if (page.wide) {
    // Portrait at full size, as a sheet printed without "fit to page" comes out.
    sheet.pageSetup.fitToPage = false;
    sheet.pageSetup.scale = 100;
    sheet.pageSetup.orientation = 'portrait';
    sheet.pageSetup.pageOrder = page.wide;
  }
  if (page.repeatHead && page.repeatHead.to > page.repeatHead.from)
    sheet.pageSetup.printTitlesRow = `${r + page.repeatHead.from}:${r + page.repeatHead.to - 1}`;
  // The same bytes on every run, so that --pdf-dir finds the PDF converted before (ExcelJS stamps the time).
  return sameBytesEveryRun(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** A copied table's lines in one of the copied layouts. */
function copiedText(layout: CopiedLayout, rows: LayoutRow[], r: () => number): string[] {
  switch (layout) {
    case 'cells':
      return cellLines(rows);
    case 'cellsBlank':
      return cellLines(rows, true);
    case 'lines':
      return bareLines(rows);
    case 'linesBlank':
      return bareLines(rows, true);
    case 'spaced':
      return spacedLines(rows);
    case 'narrow':
      return spacedLines(rows, ' ');
    case 'padded':
      return paddedLines(rows);
    case 'markdown':
      return markdownLines(rows);
    case 'indented': {
      // A table nested in a page's list or quote: its rows indented by two to eight spaces or a tab, as pipe rows.
      const lead = pick(r, ['  ', '    ', '\t', '        ']);
      return rows.map((row) => (row.table ? `${lead}| ${row.cells.join(' | ')} |` : row.cells.join(' ')));
    }
  }
}

/**
 * Variants rendered, their PDFs converted from their .docx or .xlsx by LibreOffice (`soffice --headless`) in
 * one run in a temporary folder (removed after), as a person's "save as PDF" makes them.
 */
export async function renderVariants(vs: readonly Variant[], keepIn?: string): Promise<Variant[]> {
  const out = await Promise.all(vs.map((v) => renderVariant(v)));
  // With keepIn (a folder outside the repository), PDFs converted before from the same bytes are taken again.
  const kept = (v: Variant) =>
    keepIn ? join(keepIn, `${hash(Buffer.from(v.data).toString('latin1'))}.pdf`) : '';
  const pdfs = out
    .map((v, k) => ({ v, k }))
    .filter(({ v, k }) => {
      if (v.choices.format !== 'pdf') return false;
      if (!keepIn || !existsSync(kept(v))) return true;
      out[k] = { ...v, data: new Uint8Array(readFileSync(kept(v))) };
      return false;
    });
  if (pdfs.length === 0) return out;
  const work = mkdtempSync(join(tmpdir(), 'variants-pdf-'));
  try {
    const names = pdfs.map(({ v, k }) => {
      const name = join(work, `v${k}.${v.choices.pdfFrom}`);
      writeFileSync(name, v.data);
      return name;
    });
    // A run LibreOffice ends with an error (status 255 seen under load) leaves its files to the retry one at a
    // time below, not the whole measure lost.
    const convert = (files: string[]) => {
      try {
        runSoffice(files);
      } catch {
        // The files it did not convert are tried again below.
      }
    };
    const runSoffice = (files: string[]) =>
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${work}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          ...files,
        ],
        { stdio: 'ignore', timeout: 600_000 },
      );
    // One LibreOffice run stops quietly after about 250 files (seen twice on 440): runs of 100 files.
    // Each run's PDFs kept as soon as it ends: a measure stopped midway takes them again on the next run.
    const keep = (from: number, to: number) => {
      if (!keepIn) return;
      mkdirSync(keepIn, { recursive: true });
      for (const { v, k } of pdfs.slice(from, to))
        if (existsSync(join(work, `v${k}.pdf`)))
          writeFileSync(kept(v), readFileSync(join(work, `v${k}.pdf`)));
    };
    for (let k = 0; k < names.length; k += 100) {
      convert(names.slice(k, k + 100));
      keep(k, k + 100);
    }
    // LibreOffice now and then skips a file of a long batch: those once more, one at a time.
    pdfs.forEach(({ k }, n) => {
      if (!existsSync(join(work, `v${k}.pdf`))) convert([names[n]!]);
    });
    for (const { v, k } of pdfs) {
      // One LibreOffice would not convert twice stays empty: read as a failure, never left out.
      if (!existsSync(join(work, `v${k}.pdf`))) {
        out[k] = { ...v, data: new Uint8Array() };
        continue;
      }
      const pdf = readFileSync(join(work, `v${k}.pdf`));
      if (keepIn && !existsSync(kept(v))) writeFileSync(kept(v), pdf);
      out[k] = { ...v, data: new Uint8Array(pdf) };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

/** A .docx or .xlsx with its creation time and its zip entries' times fixed: a variant is the same bytes on every run. */
function sameBytesEveryRun(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder()
        .decode(core)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12026-01-01T00:00:00Z'),
    );
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}
