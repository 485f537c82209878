// R-PUB-08: classification codes in the disclosure tables exist in the code list of the year and carry
// their own names; older names known as aliases are accepted with a note (DOMAIN.md §5, §6).
import {
  codeListFor,
  codeStructureProblem,
  matchCodeName,
  unlistedParent,
  type Classification,
} from '../../codes/index.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const classificationOf = (code: string): Classification | null =>
  code.startsWith('2')
    ? 'functional'
    : code.startsWith('3')
      ? 'economic-department'
      : code.startsWith('5')
        ? 'economic-government'
        : null;

/** Words that make a column one of amounts (合计, 基本支出, 预算数, 金额), whatever group header is over it. */
const AMOUNT_LEAF = /合计|小计|总计|支出|收入|经费|预算数?|决算数?|金额|数$/;

/**
 * A column of codes: its name says 编码 / 代码 / 经济科目 / 功能科目 — and its own (last) header does not name
 * an amount: a header 功能分类科目编码 written over the whole table is carried onto 合计 / 基本支出 / 项目支出,
 * whose whole amounts in 元 (3296600) are no codes.
 */
function isCodeColumn(column: string): boolean {
  const name = squash(column);
  if (!/编码|代码|经济科目|功能科目$/.test(name)) return false;
  const leaf = name.split('/').at(-1) ?? name;
  return !(AMOUNT_LEAF.test(leaf) && !/编码|代码|科目/.test(leaf));
}

export const rule: Rule = {
  meta: {
    id: 'R-PUB-08',
    severity: 'warning',
    category: 'consistency',
    description: '公开报表中的功能分类、经济分类科目编码应存在于当年科目表，名称与编码一致',
    messages: {
      unknownCode: '《{table}》中的科目编码 {code}「{name}」不在{year}年政府收支分类科目中：请核对编码',
      badStructure: '《{table}》中的科目编码 {code}：{problem}',
      nameDiffers:
        '《{table}》中科目 {code} 写作「{name}」，科目表中的名称为「{official}」：请按科目表填写名称',
      aliasNames:
        '《{table}》中有 {count} 个科目使用旧称或简称（如 {example}）：建议按{year}年科目表更新名称',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-08, §6 R-CODE-01/02',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.tables.forEach((table, ti) => {
      const aliasExamples: string[] = [];
      const codeColumns = new Set(
        table.columns.map((c, k) => (isCodeColumn(c) ? k : -1)).filter((k) => k >= 0),
      );
      table.rows.forEach((row, ri) => {
        row.forEach((cell, ci) => {
          let code: string | null = null;
          let name: string | null = null;
          const inline = /^(\d{3,8})\s*([\p{Script=Han}（）()“”、]+.*)$/u.exec(cell);
          // a year with its 年 (2016年, 2016年比2015年增减%: a row of a table by year) is no code
          if (inline && !/^年/.test(inline[2]!)) [code, name] = [inline[1]!, inline[2]!];
          else if (codeColumns.has(ci) && /^\d{3,8}$/.test(cell)) [code, name] = [cell, row[ci + 1] ?? ''];
          if (!code) return;
          const classification = classificationOf(code);
          if (!classification) return; // unit codes (004, 004001) are not classification codes
          const path = `/tables/${ti}/rows/${ri}/${ci}`;
          const problem = codeStructureProblem(code, classification);
          if (problem) {
            reports.push({
              messageId: 'badStructure',
              path,
              severity: 'error',
              data: { table: table.title, code, problem },
            });
            return;
          }
          const list = codeListFor(classification, form.year);
          const entry = list.get(code);
          // 2120101 行政运行 under 21201, a 款 the list gives without its 项 (../shared/codes/README.md: 项 only
          // for the 款 an administrative department typically uses): the list cannot tell, so nothing is said.
          if (!entry && unlistedParent(list, code)) return;
          if (!entry) {
            reports.push({
              messageId: 'unknownCode',
              path,
              data: { table: table.title, code, name, year: list.year },
            });
            return;
          }
          if (!name) return;
          const match = matchCodeName(list, code, name);
          if (match === 'alias') aliasExamples.push(`${code}「${squash(name)}」`);
          else if (match === 'different')
            reports.push({
              messageId: 'nameDiffers',
              path,
              data: { table: table.title, code, name: squash(name), official: entry.name },
            });
        });
      });
      if (aliasExamples.length > 0)
        reports.push({
          messageId: 'aliasNames',
          path: `/tables/${ti}`,
          severity: 'info',
          data: {
            table: table.title,
            count: aliasExamples.length,
            example: aliasExamples.slice(0, 2).join('、'),
            year: codeListFor('functional', form.year).year,
          },
        });
    });
    return reports;
  },
};
