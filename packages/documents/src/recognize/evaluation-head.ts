// The head of a 自评表 / 监控表: 项目名称, 主管部门, 实施单位 (label and value in separate cells or written
// "部门：…" in one), and the year from the title or the line under it.
import { isOfficeName } from './form-caption.ts';
import { labelKey } from '../rows/clean-cell.ts';
import type { StreamCell } from './evaluation-cells.ts';
import { budgetColumnOf, budgetColumnSpellings } from './evaluation-budget-labels.ts';
import {
  evaluationFieldOf,
  HEAD_OTHER_LABELS,
  totalLabelOf,
  type EvaluationField,
} from './evaluation-head-labels.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { splitInlineLabel } from './labels.ts';
import { unitBeforeRunOn } from './run-on-unit.ts';
import { standaloneYear, titleKind, yearIn, yearOfPeriodLine } from './titles.ts';
import { kindOfLabel } from './tokenize.ts';

export type EvaluationHead = Record<EvaluationField, string | null>;

const isLabel = (t: string) =>
  evaluationFieldOf(t) !== null ||
  budgetColumnOf(t) !== null ||
  indicatorColumnOf(t) !== null ||
  /^项目负责人/.test(labelKey(t)) ||
  HEAD_OTHER_LABELS.includes(labelKey(t).replace(/[:：]$/, '')) ||
  // 主管部门 | 评价方式: 自评: an empty value's cell, the next label with its own value after a colon in the cell below.
  HEAD_OTHER_LABELS.includes(labelKey(splitInlineLabel(t)?.label ?? '')) ||
  // 项目主管单位 | 自评总分: | 95: a template printing the total in its head puts its label beside the others.
  totalLabelOf(t) !== null ||
  // 中央主管部门, 资金情况（万元）: the target forms' labels (a transfer's ministry, the budget block's heading).
  kindOfLabel(t) === 'label';

/** A piece of a name or a unit's name: words only, no figure, no bracket left open or closed alone. */
const NAME_PIECE = /^[\p{Script=Han}]+(（[\p{Script=Han}]+）)?[\p{Script=Han}]*$/u;

/** The most lines a value cell beside a one-line label is wrapped over and still read before it. */
const MAX_WRAPPED = 2;

/**
 * The value a PDF's text layer put before its label (普陀体育中心与委托运营方结 | 算费用 | 项目名称 | 主管部门): a value
 * wrapped over two lines is centred beside its one-line label, so its first line comes out above the label's.
 * Taken only when the label has no value after it, from word pieces that are no label and no other label's value.
 */
function wrappedBefore(stream: readonly StreamCell[], i: number): string | null {
  let from = i;
  while (from > 0 && i - from < MAX_WRAPPED) {
    const t = labelKey(stream[from - 1]!.text);
    if (!NAME_PIECE.test(t) || isLabel(t) || /表$/.test(t)) break;
    from--;
  }
  if (from === i) return null;
  // The pieces right after another label (a field's, or 中央主管部门's) are that label's value.
  const before = stream[from - 1]?.text;
  if (before !== undefined && isLabel(before)) return null;
  return stream
    .slice(from, i)
    .map((c) => labelKey(c.text))
    .join('');
}

/**
 * The budget block's labels wrapped into lines and run together (年初 | 全年预算 | 全年 of 年初预算数 | 全年预算数 |
 * 全年执行数): a text made wholly of two or more starts of the block's labels, of two characters or more each.
 */
export function isWrappedBudgetLabels(text: string): boolean {
  const key = labelKey(text);
  const spellings = budgetColumnSpellings().map(([k]) => k);
  let at = 0;
  let pieces = 0;
  while (at < key.length && pieces < 20) {
    let best = 0;
    for (const s of spellings) {
      let n = 0;
      while (n < s.length && key[at + n] === s[n]) n++;
      if (n > best) best = n;
    }
    if (best < 2) return false;
    at += best;
    pieces++;
  }
  return pieces >= 2;
}

/** A signature's label a head value may run into: 主要领导签字：, 负责人签名. */
const SIGNATURE = /^(单位)?(主要)?(领导|负责人)?(签字|签名|签章)[:：]?/;

/** Whether `rest` is wholly the labels (and figures) of the form's head or budget block. */
function onlyLabels(rest: string): boolean {
  const spellings = budgetColumnSpellings().map(([k]) => k);
  let at = 0;
  let labels = 0;
  while (at < rest.length) {
    const tail = rest.slice(at);
    const label =
      spellings.filter((k) => tail.startsWith(k)).sort((a, b) => b.length - a.length)[0] ??
      SIGNATURE.exec(tail)?.[0] ??
      null;
    if (label) {
      at += label.length;
      labels++;
      continue;
    }
    const figure = /^[\d.%]+|^[\s:：]+/.exec(tail)?.[0];
    if (!figure) return false;
    at += figure.length;
  }
  return labels > 0;
}

/**
 * A head value with the labels after it run in where a text layer or a copy dropped the gap: the value before them.
 * Two kinds of run-in: a tail made wholly of the budget block's or a signature's labels (某某卫生院全年预算数全年执行数,
 * 某某局年初预算数 0, 某某图书馆主要领导签字:), and the head's next label anywhere after the value's start
 * (某卫生院下属单位个数0整体支出规模…). The one place a head value is parted from what ran into it.
 */
export function beforeRunInLabels(value: string): string {
  const key = labelKey(value);
  for (let i = 2; i < key.length; i++) if (onlyLabels(key.slice(i))) return cutAtNextLabel(key.slice(0, i));
  return cutAtNextLabel(value);
}

/** The head's next label (one the form prints beside the name: 下属单位个数, 联系人, 填报日期) ends the value before it. */
function cutAtNextLabel(value: string): string {
  let cut = value.length;
  for (const label of HEAD_OTHER_LABELS) {
    if (label.length < 4) continue;
    const at = value.indexOf(label, 2);
    if (at > 0 && at < cut) cut = at;
  }
  return cut === value.length ? value : value.slice(0, cut).trim();
}

/**
 * 泰州市姜堰区农业农村局 (盖章): the seal's note a cover prints after the blank the unit is written in (项目实施单位:
 * ______ (盖章)) stays behind the name once it is filled; it is no part of the name.
 */
export function withoutSealNote(value: string): string {
  return value.replace(/\s*[（(]\s*(盖章|公章|印章|签章)\s*[)）]\s*$/, '') || value;
}

/** An option of a tick-box list: a tick or a box first (☑自由探索类基础研究, □科技创新基地建设). */
const TICKED_OPTION = /^[√✓✔☑■▣□☐]/;

/** （盖章） / (公章) / （签章） before a unit's name. */
const SEAL_NOTE = /^[（(](盖章|公章|签章)[）)][:：]?/;
/** （2022年度） after a unit's name: the form's year, printed under the head. */
const YEAR_NOTE = /[（(](19|20)\d{2}年度?[）)]$/;

/** The supervisors above the spending unit's own 主管部门 a transfer's or a fund's head may name. */
const UPPER_SUPERVISORS = ['中央主管部门', '省级主管部门'];

/** The identifying fields written before `end` (the first of each label wins). */
export function readHead(stream: readonly StreamCell[], end: number): EvaluationHead {
  const head: EvaluationHead = { name: null, unit: null, department: null };
  let ministry: string | null = null;
  let titledName: string | null = null;
  for (let i = 0; i < Math.min(end, stream.length); i++) {
    const text = stream[i]!.text;
    // A central transfer's 自评表 names the ministry above the local 主管部门: the form's own only where the
    // local one is left empty. So does a province's fund (专项名称 | 省级主管部门 | 四川省财政厅, no local one).
    if (UPPER_SUPERVISORS.includes(labelKey(text)) && ministry === null) {
      const next = stream[i + 1]?.text;
      ministry = next && !isLabel(next) ? next : null;
    }
    let field = evaluationFieldOf(text);
    let value: string | null;
    if (field) {
      const next = stream[i + 1]?.text;
      value = next && !isLabel(next) && !isWrappedBudgetLabels(next) ? next : null;
      // 新田县教育局 | 部门名称 | 年初全年预算全年: a label followed by the budget block's labels wrapped into lines, the
      // office's name printed on the line above it (a PDF's text layer orders a row by its lines' baselines).
      const above = stream[i - 1]?.text;
      if (next !== undefined && isWrappedBudgetLabels(next) && above && isOfficeName(labelKey(above)))
        value = above;
      // 项目实施单位 | / | 项目负责人 | 原州区农技中心/杨勃兴: two labels paired by a slash, their values paired too.
      const pair = stream[i + 3]?.text;
      if (value === '/' && isLabel(stream[i + 2]?.text ?? '') && pair?.includes('/'))
        value = pair.split('/')[0]!.trim() || null;
      if (value === null && next !== undefined && isLabel(next)) value = wrappedBefore(stream, i);
    } else {
      const inline = splitInlineLabel(text);
      field = inline ? evaluationFieldOf(inline.label) : null;
      value = inline?.value || null;
    }
    // 专项名称 | ☑自由探索类基础研究 | 口科技创新基地建设 …: a tick-box list of the template's kinds names no project.
    if (field === 'name' && value !== null && TICKED_OPTION.test(value.trim())) continue;
    // 项目名称: 某某资金转移支付区域(项目)绩效自评表 — a tender site's heading over its copy labels the page's
    // title so: the form's own name label after it names the project; the titled value only where none does.
    if (field === 'name' && value !== null && titleKind(value) !== null && head.name === null) {
      titledName ??= value;
      continue;
    }
    // 项目单位（盖章）：单位：万元 — the amount unit of the sheet, not the unit's name.
    if (!field || !value || head[field] !== null || /^单位[:：]|^（?(万元|元)）?$/.test(labelKey(value)))
      continue;
    // 项目实施单位/项目负责人 | 原州区农技中心/杨勃兴: the unit is the part before the slash.
    const own = labelKey(text).includes('/') && value.includes('/') ? value.split('/')[0]!.trim() : value;
    // 银川市教育局实施第位自评得分98…: a unit's name OCR ran on into the cells after it.
    // 承担单位：（盖章）某某局（2022年度）: the seal's note the template prints before the space for the name, and
    // the form's year a preview ran on after it, are no part of the name.
    const unsealed = field === 'name' ? own : own.replace(SEAL_NOTE, '').replace(YEAR_NOTE, '').trim() || own;
    head[field] = withoutSealNote(beforeRunInLabels(field === 'name' ? own : unitBeforeRunOn(unsealed)));
  }
  if (head.department === null && ministry !== null)
    head.department = beforeRunInLabels(unitBeforeRunOn(ministry));
  if (head.name === null && titledName !== null) head.name = beforeRunInLabels(titledName);
  return head;
}

/** A signature's label: 单位领导审签, 负责人签字, （签章）. */
const SIGNATURE_LABEL = /(审签|签字|签章|签名)[:：]?$/;
/** What a project's name ends in. */
const PROJECT_NAME_END = /(项目|工程|经费|资金)$/;

/**
 * 项目名称 | 项目主管单位 | … 单位领导审签: | 乡村道路建设养护项目: a text layer moved the name's cell after the
 * signature's label beside it. A signature is written by hand, never typed; a text after its label that reads as a
 * project's name is the form's name, where the name's label went without a value.
 */
export function nameAfterSignature(stream: readonly StreamCell[], end: number): string | null {
  const named = stream.slice(0, end).some((c) => evaluationFieldOf(c.text) === 'name');
  if (!named) return null;
  for (let i = 0; i + 1 < Math.min(end, stream.length); i++) {
    if (!SIGNATURE_LABEL.test(labelKey(stream[i]!.text))) continue;
    const next = labelKey(stream[i + 1]!.text);
    if (!isLabel(next) && next.length >= 4 && next.length <= 40 && PROJECT_NAME_END.test(next)) return next;
  }
  return null;
}

/** The year of the table: in its title, or on a line of its own under it, or in the first lines. */
export function readYear(title: string | null, stream: readonly StreamCell[]): number | null {
  const fromTitle = yearIn(title);
  if (fromTitle) return fromTitle;
  // The year stands under the title (（ 2023年度 ）): look from the title on, not from the file's first line.
  // (The title's last mention before the table: a note above it may name the form too.)
  const at = title
    ? Math.max(
        0,
        stream.slice(0, 80).findLastIndex((c) => c.text === title),
      )
    : 0;
  const early = stream.slice(at, at + 12);
  for (const c of early) {
    const y = standaloneYear(c.text) ?? yearOfPeriodLine(c.text);
    if (y) return y;
  }
  for (const c of early) {
    const y = /年度/.test(c.text) ? yearIn(c.text) : null;
    if (y) return y;
  }
  return null;
}
