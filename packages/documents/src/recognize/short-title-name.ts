// A project whose own words in a title are too few to tell it from a sort of spending (反恐经费, 制装项目专项经费 beside
// 重点项目, 其他资金, 工作经费): the page that prints those words alone as its heading names the project by them.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { filledCells } from './row-helpers.ts';

/**
 * Whether the title's own words, `own` (two or three characters once the generic words are gone), stand alone as one
 * of the page's headings before the form: the heading reads as the start of the title's words (反恐 before
 * 反恐经费支出绩效评价表, 制装项目 before 制装项目专项经费绩效评价表) and holds those own words. A generic
 * qualifier (重点, 其他) is never a page's heading by itself, so it stays no project.
 */
export function headsPage(own: string, words: string, headings: readonly string[]): boolean {
  if (own.length < 2) return false;
  return headings.some((h) => {
    const key = labelKey(h);
    return (
      key.length >= own.length && key.length <= words.length && words.startsWith(key) && key.includes(own)
    );
  });
}

/**
 * The lines a page prints alone before its form's title (its heading, a breadcrumb's items): each row of one filled
 * cell above the row that holds the title. None where the title is not among the rows.
 */
export function headingsBeforeTitle(rows: readonly Row[], title: string | null): string[] {
  if (!title) return [];
  const key = labelKey(title);
  const at = rows.findIndex((r) => filledCells(r).some((c) => labelKey(c) === key));
  if (at < 0) return [];
  return rows
    .slice(0, at)
    .map(filledCells)
    .filter((cells) => cells.length === 1)
    .map((cells) => cells[0]!);
}
