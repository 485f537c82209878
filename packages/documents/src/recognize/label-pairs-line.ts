// A form's head copied with one space between cells: 项目名称: X 是否为专项资金: 实施(主管)单位 Y 金额单位: 万元 —
// several labels and their values on one line. Cut at its labels (a word ending in a colon, or a field label
// of the form's head), each label a cell and the words up to the next label its value, so the head reader
// pairs them as it pairs cells.
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { evaluationFieldOf, HEAD_OTHER_LABELS } from './evaluation-head-labels.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { halfWidthFigures, labelKey } from '../rows/clean-cell.ts';
import { departmentLabel, projectLabel } from './labels.ts';
import { lexiconKey, projectConcept } from './lexicon.ts';

const COLON_LABEL = /^[^\d:：]{2,16}[:：]$/;

const isLabelWord = (word: string) => COLON_LABEL.test(word) || evaluationFieldOf(word) !== null;

/** A label and its value printed without a space after the colon: 主管部门:某某局 (a PDF preview's text layer). */
const GLUED_LABEL = /^([^\d:：]{2,16}[:：])(.+)$/u;

/**
 * 主管部门:某某局 → 主管部门: | 某某局: a word that opens with a label and its colon is the label and its value, so
 * that the value ends at the next label as any other does. Only a label of Chinese words (http: is none).
 */
function ungluedLabel(word: string): string[] {
  const m = GLUED_LABEL.exec(word);
  return m && /\p{Script=Han}/u.test(m[1]!) ? [m[1]!, m[2]!] : [word];
}

/**
 * The cells of such a line, or null when it is not one: at least two labels, one of them a field of the head
 * with its colon (项目名称:), so that a sentence with a colon in it is left as it is.
 */
export function labelPairCells(text: string): string[] | null {
  const words = text
    .trim()
    .split(/[ \u3000]+/)
    .flatMap(ungluedLabel);
  const labels = words.filter(isLabelWord);
  if (labels.length < 2 || !labels.some((w) => /[:：]$/.test(w) && evaluationFieldOf(w) !== null))
    return bareLabelPairCells(words);
  const cells: string[] = [];
  let value: string[] = [];
  const flush = () => {
    if (value.length > 0) cells.push(value.join(' '));
    value = [];
  };
  for (const word of words) {
    // A budget system's card prints its labels bare among the colon ones (二级项目名称 X 项目总额 56万): a field
    // label of the head is a label here too.
    if (isLabelWord(word) || isHeadLabel(word) || isKnownHeadExtra(word)) {
      flush();
      cells.push(word);
    } else value.push(word);
  }
  flush();
  return cells;
}

/** A field label of a form's head written without its colon (项目全称, 主管部门, 年度资金总额（元）). */
export const isHeadLabel = (word: string) =>
  evaluationFieldOf(word) !== null ||
  projectLabel(word) !== null ||
  departmentLabel(word) !== null ||
  // 单位名称 某某局 联系人及电话 张三,1234: who fills the form in is a label of its head too.
  HEAD_OTHER_LABELS.includes(labelKey(word));

/** A label of the head the model keeps only as written (一级项目编码, 项目期限): a field of its own all the same. */
export const isKnownHeadExtra = (word: string) => projectConcept(lexiconKey(word)) === 'known';

/** A column heading of a budget block or an indicator table: never the value of a head label. */
const isColumnHeading = (word: string) => budgetColumnOf(word) !== null || indicatorColumnOf(word) !== null;

/**
 * 项目全称 某某补助资金 主管部门 某某局: a head line without colons, each label followed by its value. Read as
 * label–value cells only when the line opens with a head label, holds two or more, and every label is followed
 * by a value word of its own (a label straight after a label would be a header row, not a head line).
 */
function bareLabelPairCells(words: readonly string[]): string[] | null {
  const at = words.map(isHeadLabel);
  if (!at[0] || at.filter(Boolean).length < 2) return null;
  if (at.some((label, k) => label && (k + 1 >= words.length || at[k + 1]))) return null;
  // 项目资金（元） 调整后预算数 全年执行数 …: a block's label over its column headings is a header row.
  if (words.some((w, k) => !at[k] && isColumnHeading(w))) return null;
  const cells: string[] = [];
  words.forEach((word, k) => {
    if (at[k] || at[k - 1]) cells.push(word);
    else cells[cells.length - 1] += ` ${word}`;
  });
  return cells;
}

/**
 * 项目名称 某某补助资金: a line of one head label and its value, or null. Read as a pair only beside a head line
 * of several pairs (the caller's to know): alone, such a line may as well be a title or a sentence.
 */
export function loneLabelPair(text: string): string[] | null {
  const words = text.trim().split(/[ \u3000]+/);
  const rest = words.slice(1);
  // 1、事业收入 0.00: an item numbered in a block (a budget's sources) is no field of the head.
  if (/^(?:\d+|[一二三四五六七八九十]+)[、.．]|^[(（][\d一二三四五六七八九十]+[)）]/.test(words[0]!))
    return null;
  if (words.length < 2 || !isHeadLabel(words[0]!) || rest.some(isHeadLabel) || rest.some(isColumnHeading))
    return null;
  return [words[0]!, words.slice(1).join(' ')];
}

// 5.8万, 620.82万元: an amount may carry its money unit.
const FIGURE = /^\d[\d,]*(?:\.\d+)?(?:%|万元|万|元)?$/;
const AMOUNT_COLUMNS = new Set(['initial', 'annual', 'executed']);

/**
 * 预算数 6.84 到位数 6.84 执行数 6.84 100.00: a budget row of labels each followed by its figure, with one space
 * between. Cut into its words, so that a figure stays beside its label; null unless two budget amounts' labels
 * are each followed by a figure and every word is a label or a figure.
 */
export function budgetPairCells(text: string): string[] | null {
  const words = text.trim().split(/[ \u3000]+/);
  const labelled = words.filter((w, k) => budgetColumnOf(w) !== null && FIGURE.test(words[k + 1] ?? ''));
  // 转移支付预算数(A) 5.8万 预算执行率(B/A) 100%: an amount and its rate on one line are such a row too.
  if (labelled.length < 2 || !labelled.some((w) => AMOUNT_COLUMNS.has(budgetColumnOf(w) ?? ''))) return null;
  return words.every((w) => FIGURE.test(w) || /^\p{Script=Han}{2,8}$/u.test(w) || budgetColumnOf(w) !== null)
    ? words
    : null;
}

/**
 * 全年执行数(B) 20, 分值 10, 项目资金(万元) 年初预算数: a budget block printed one label and its figure a line
 * (or the block's label and its first column's, whose figure is left blank), copied with one space between;
 * 项目资金(万元) 调整后预算数 194.9: the block's label, its first column's and that column's figure. Cut into its
 * words; null for any other line.
 */
export function budgetLabelLine(text: string): string[] | null {
  const words = text.trim().split(/[ \u3000]+/);
  // Full-width figures (１００％) are figures as well.
  const figure = (w: string) =>
    FIGURE.test(halfWidthFigures(w).replace(/[％，]/g, (c) => (c === '％' ? '%' : ','))) ||
    /^[-—–－/]$/.test(w);
  const block = (w: string) => /^[^\d]{2,12}[(（](万元|元)[)）]$/.test(w);
  if (words.length === 3) {
    const [head, label, value] = words as [string, string, string];
    return block(head) && budgetColumnOf(label) !== null && figure(value) ? words : null;
  }
  if (words.length !== 2) return null;
  const [label, value] = words as [string, string];
  if (budgetColumnOf(label) !== null && figure(value)) return words;
  return block(label) && budgetColumnOf(value) !== null ? words : null;
}
