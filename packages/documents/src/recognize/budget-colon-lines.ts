// The budget block's lines printed as label：figure pairs run together (a .docx text layer of 部门整体 自评表:
// 按收入性质分:2456.18按支出性质分:2456.18其中:一般公共预算:2456.18其中:基本支出:2299.98政府性基金拨款:项目支出:156.2).
import type { Atom } from './evaluation-atoms.ts';

/**
 * A figure with its decimals between a label's colon and the next label's words is that label's one value: a
 * colon is written before a single value, and a run of cells' figures would hold a second point or no words
 * after it. It is never cut into columns (2456.18 is no 2 | 45 | 6.18).
 */
export function isPairedFigure(atoms: readonly Atom[], k: number): boolean {
  const before = atoms[k - 1];
  const after = atoms[k + 1];
  return (
    before?.kind === 'text' &&
    /[:：]$/.test(before.text) &&
    /^\d+\.\d{1,2}$/.test(atoms[k]!.text) &&
    (after === undefined || after.kind === 'text')
  );
}

/**
 * 政府性基金拨款:项目支出: a label left blank (its colon with no figure) ran into the next one; the line is the
 * label its figure follows.
 */
export const lastColonLabel = (name: string): string => name.replace(/^.*[:：](?=[^:：]+$)/, '');

/**
 * 按收入性质分 / 按支出性质分: the headings of two breakdowns of the same funds (by income, by spending); the figure
 * beside one is the total again, no source of it.
 */
export const isBreakdownHeading = (name: string): boolean => /^按.{1,8}分类?$/.test(name);

/**
 * The lines a block's sources are: where it breaks its funds down by spending too (按支出性质分, printed beside the
 * breakdown by income), the spending lines (基本支出, 项目支出) share the total with the sources and are none of
 * them; the headings go too.
 */
export function sourceLinesOf<L extends { name: string }>(lines: readonly L[]): L[] {
  const bySpending = lines.some((l) => isBreakdownHeading(l.name) && /^按支出/.test(l.name));
  return lines.filter((l) => !isBreakdownHeading(l.name) && !(bySpending && /支出$/.test(l.name)));
}
