// A 申报表 may head a block of its label rows with a heading merged down the first column (项目基本情况 over
// 项目名称 / 项目负责人 / 项目类别 …, as 大庆's 部门预算项目支出绩效目标申报表 prints it). A spreadsheet or a
// copy keeps the heading in the block's first row only: 项目基本情况 | 项目名称 | … — the row's label is the
// second cell, and the heading is no label with the next cell its value.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { projectLabel } from './labels.ts';
import { lexiconKey } from './lexicon.ts';

/** Headings of a block of label rows. */
const BLOCK_HEADINGS: ReadonlySet<string> = new Set(
  ['项目基本情况', '基本情况', '项目基本信息'].map(lexiconKey),
);

/**
 * The heading of the funds block with the points its execution scores (项目资金 预算执行 10分, 奉节's 审批表): merged
 * down the first column over 项目总预算 / 当年年度预算 / 年度预算执行率 as 项目基本情况 is over the head's labels.
 */
const FUNDS_WORDS = ['项目资金', '资金情况', '预算执行情况', '预算执行'];
const FUNDS_HEADING = new RegExp(`^(?:${FUNDS_WORDS.join('|')})+(?:（万元）)?(?:（?\\d+(?:\\.\\d+)?分）?)$`);

/** The characters (by code) every block heading's key opens with: a row led by another is turned away at once. */
const HEADING_INITIALS: ReadonlySet<number> = new Set(
  [...BLOCK_HEADINGS, ...FUNDS_WORDS].map((w) => w.charCodeAt(0)),
);

/** The row without a block heading standing before a label of the form; the row itself otherwise. */
export function withoutBlockHeading(row: Row): Row {
  const at = row.cells.findIndex((c) => !isBlankCell(c));
  if (at < 0) return row;
  const key = lexiconKey(row.cells[at]!);
  if (!HEADING_INITIALS.has(key.charCodeAt(0))) return row;
  if (!BLOCK_HEADINGS.has(key) && !FUNDS_HEADING.test(key)) return row;
  const next = row.cells.findIndex((c, i) => i > at && !isBlankCell(c));
  if (next < 0 || projectLabel(row.cells[next]!) === null) return row;
  return { ...row, cells: row.cells.filter((_, i) => i !== at) };
}
