// R-IND-17: a row is either a whole indicator or nothing: a name needs a value and a value needs a name.
// A row that is the form's signature block (填表人 … 联系电话 …, （盖章） 年 月 日) is no indicator at all, and a
// person's mobile number never belongs in an indicator: the table is published with the form.
import { isLevel1Name, isLevel2Name } from '../../frameworks/index.ts';
import { isSignatureLine, mobileNumberIn } from '../../model/signature-lexicon.ts';
import type { Indicator } from '../../model/indicator.ts';
import {
  displayName,
  hasName,
  hasValue,
  indicatorEntries,
  type IndicatorEntry,
} from '../helpers/indicators.ts';
import { excerpt, squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const level = (t: string | null, known: (x: string) => boolean) => (t && !known(squash(t)) ? [t] : []);

/** The row's own cells: 一级/二级 filled down from the rows above are left out when they are level names. */
function rowCells(ind: Indicator): string[] {
  return [
    ...level(ind.level1, isLevel1Name),
    ...level(ind.level2, isLevel2Name),
    ind.name ?? '',
    ind.target.raw,
  ].filter((c) => c.trim() !== '');
}

/** Fewest valueless rows told as one table without values (one row alone is its own finding). */
const MIN_ROWS_FOR_TABLE = 3;

/** The last entry of each term's table (长期, 年度), in the form's order. */
function lastEntryOfEachTerm(entries: readonly IndicatorEntry[]): Set<IndicatorEntry> {
  const last = new Map<string, IndicatorEntry>();
  for (const e of entries) last.set(e.indicator.term, e);
  return new Set(last.values());
}

export const rule: Rule = {
  meta: {
    id: 'R-IND-17',
    severity: 'error',
    category: 'completeness',
    description: '三级指标名称和指标值须同时填写；签字、盖章、联系电话栏不是指标',
    messages: {
      missingValue:
        '三级指标「{name}」没有填写指标值：请填写比较符号、数值和单位（如「≥95%」），定性指标填写评价等级（如「良好」）',
      noValues:
        '指标表的{count}个三级指标都没有填写指标值（表中没有指标值栏，或整栏空白）：请为每个三级指标填写比较符号、数值和单位（如「≥95%」），定性指标填写评价等级（如「良好」）',
      missingName: '指标值「{value}」没有对应的三级指标名称：请填写该指标的名称，或删除这一行',
      signatureLine:
        '「{text}」是表尾的签字、盖章、日期或联系方式，不是绩效指标：请删除这一行；联系电话请填在表头的「联系电话」栏',
      personalPhone:
        '指标「{name}」中有手机号码「{phone}」：个人联系方式不能写进绩效指标（指标表随表公开），请删除；联系电话请填在表头的「联系电话」栏',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.6',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    const entries = indicatorEntries(form);
    // The document stops inside the form (a cut copy): its last row's value may lie past the cut. A form that
    // prints its long-term and annual tables side by side (中期 | 年度 columns) is cut on one line across both,
    // so the last row of each term stands at the cut (the long term's is not the form's last entry).
    const cutRows = form.cutOff ? lastEntryOfEachTerm(entries) : new Set<IndicatorEntry>();
    // A table where no row holds a value has no value column at all (an old template writing each 二级's aim as
    // prose, 质量指标:教学秩序良好…) or one left blank throughout: one finding for the table says so, where one per
    // row would repeat the same fault as many times as the table has rows.
    const valueless = entries.filter((e) => hasName(e.indicator) && !cutRows.has(e));
    const noValues = valueless.length >= MIN_ROWS_FOR_TABLE && !entries.some((e) => hasValue(e.indicator));
    if (noValues)
      reports.push({ messageId: 'noValues', path: '/indicators', data: { count: String(valueless.length) } });
    for (const e of entries) {
      const cells = rowCells(e.indicator);
      if (cells.length > 0 && isSignatureLine(cells)) {
        reports.push({
          messageId: 'signatureLine',
          path: e.path,
          data: { text: excerpt(cells.join(' '), 30) },
        });
        continue;
      }
      const phoneIn = (['name', 'target'] as const).find((f) =>
        mobileNumberIn(f === 'name' ? e.indicator.name : e.indicator.target.raw),
      );
      if (phoneIn) {
        const phone = mobileNumberIn(phoneIn === 'name' ? e.indicator.name : e.indicator.target.raw)!;
        reports.push({
          messageId: 'personalPhone',
          path: `${e.path}/${phoneIn}`,
          data: { name: displayName(e.indicator), phone },
        });
      }
      const named = hasName(e.indicator);
      const valued = hasValue(e.indicator);
      if (named && !valued && !cutRows.has(e) && !noValues)
        reports.push({
          messageId: 'missingValue',
          path: `${e.path}/target`,
          data: { name: displayName(e.indicator) },
        });
      else if (!named && valued)
        reports.push({
          messageId: 'missingName',
          path: `${e.path}/name`,
          data: { value: excerpt(e.indicator.target.raw) },
        });
    }
    return reports;
  },
};
