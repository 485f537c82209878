// R-PUB-05: every required table is published, even when empty; an empty table carries a remark saying there
// is nothing to report ("空表也要公开并说明", DOMAIN.md §5.1). The list is configurable per region/year.
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

/** The 2020 Wuhan list (9 tables): the national 8 plus the 功能分类项级 table. */
export const defaultRequiredTables = [
  '部门收支总表',
  '部门收入总表',
  '部门支出总表',
  '财政拨款收支预算总表',
  '一般公共预算支出表',
  '一般公共预算支出表（功能分类项级）',
  '一般公共预算基本支出表',
  '一般公共预算“三公”经费支出表',
  '政府性基金预算支出表',
] as const;

const norm = (t: string) =>
  squash(t)
    .replace(/[“”"]/g, '')
    .replace(/[(]/g, '（')
    .replace(/[)]/g, '）')
    .replace(/^\d+[.、．]/, '');

export const rule: Rule = {
  meta: {
    id: 'R-PUB-05',
    severity: 'warning',
    category: 'completeness',
    description: '部门预算公开应包含全部规定报表，空表也要公开并说明',
    messages: {
      missingTable: '部门预算公开缺少《{table}》：规定报表即使没有数据也要公开，并注明没有相关支出',
      emptyWithoutNote: '《{table}》没有数据，也没有说明：请在表下注明本部门没有相关预算安排',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5.1 R-PUB-05',
    appliesTo: ['disclosure'],
  },
  check(form, context) {
    if (form.kind !== 'disclosure' || form.tables.length === 0) return [];
    const required = context.options.requiredDisclosureTables ?? defaultRequiredTables;
    const titles = form.tables.map((t) => norm(t.title));
    const reports: RuleReport[] = [];
    // A part of a package (one 三公 table, a 收支总表 page) is not missing the tables it was cut from.
    for (const name of form.partial ? [] : required) {
      const n = norm(name);
      // A title matches its own name exactly, or starts with it followed by a bracketed qualifier
      // (一般公共预算基本支出表（经济分类款级）), but 一般公共预算支出表 is not its 项级 sibling.
      const found = titles.some(
        (t) =>
          t === n ||
          (t.startsWith(n) && t.slice(n.length).startsWith('（') && !required.some((r) => norm(r) === t)),
      );
      if (!found) reports.push({ messageId: 'missingTable', path: '/tables', data: { table: name } });
    }
    form.tables.forEach((t, i) => {
      const hasData = t.rows.some((r) => r.some((c) => c.trim() !== ''));
      if (!hasData && !t.note?.trim())
        reports.push({ messageId: 'emptyWithoutNote', path: `/tables/${i}`, data: { table: t.title } });
    });
    return reports;
  },
};
