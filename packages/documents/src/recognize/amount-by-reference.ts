// A fund line whose amount cell refers the reader elsewhere (参见附件1具体金额, 详见附表2): a source with no amount.
//
// WHY: a 绩效目标表 sent with a 分配表 often leaves the amount of a source to the allocation list attached to the
// letter and writes in its cell where to find it. That cell is the amount's place, not a line of its own: read as
// a source it becomes a fund called 参见附件1具体金额, and the source it stands for (其中：中央财政补助, on the line
// before) is lost. A reference is short, opens with 见 / 参见 / 详见 (or 具体金额见) and points at an attachment, a
// schedule or a table; a sentence that mentions an attachment in passing is none.
import type { ProjectForm } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import { projectLabel } from './labels.ts';
import { stripNumbering } from './row-helpers.ts';

type Source = ProjectForm['budget']['sources'][number];

const REFERENCE =
  /^(?:具体(?:金额|数额|资金))?(?:请)?(?:参|详)?见(?:附件|附表|附|表)[\d一二三四五六七八九十]*(?:[-－—.、]\d+)?(?:中的|所列|的)?(?:具体)?(?:金额|数额|资金|明细|分配表|分配情况)?$/u;

/** Whether a cell stands where an amount goes and says the amount is in an attachment or schedule. */
export function refersForAmount(text: string): boolean {
  const t = labelKey(text).replace(/[()（）《》“”"]/g, '');
  return t.length <= 24 && REFERENCE.test(t);
}

/**
 * The source a reference cell gives the amount of: the fund part named last in the cells before it (其中：中央财政补助
 * at the end of the row above, or a part the lexicon knows), with no amount; null where the cells before name no part.
 */
export function sourceReferredFor(before: readonly string[]): Source | null {
  const last = before.at(-1);
  // 其中： says the cell names a part of the total above, whatever the lexicon knows of its name.
  if (last === undefined || !(/^其中\s*[：:]/.test(last.trim()) || projectLabel(last) === 'budget.part'))
    return null;
  const name = stripNumbering(last.replace(/^其中\s*[：:]?\s*/, '')).replace(/[：:]$/, '');
  return name === '' ? null : { name, amount: null };
}
