// Pure edits of a budget in the grid: amounts typed as text stay exact decimal strings; totals come
// from core (budgetTotals), the same arithmetic as the generated disclosure.
import {
  basicColumns,
  budgetTotals,
  codeListFor,
  lineBasic,
  lineProject,
  projectColumns,
  type Budget,
  type Classification,
  type FunctionalLine,
} from '@jixiao/core';

export type FunctionalColumn = (typeof basicColumns)[number] | (typeof projectColumns)[number];
export const functionalColumns: { key: FunctionalColumn; group: string; title: string }[] = [
  { key: 'wages', group: '基本支出', title: '工资福利支出' },
  { key: 'goods', group: '基本支出', title: '商品和服务支出' },
  { key: 'family', group: '基本支出', title: '对个人和家庭的补助' },
  { key: 'capital', group: '基本支出', title: '一般资本性支出' },
  { key: 'regular', group: '项目支出', title: '经常性项目' },
  { key: 'policy', group: '项目支出', title: '政策性项目' },
  { key: 'oneOff', group: '项目支出', title: '一次性项目' },
  { key: 'otherProject', group: '项目支出', title: '其他项目' },
];

/** What the user typed, as an amount: blank is zero, separators dropped; null when it is not a number. */
export function readAmount(text: string): string | null {
  const t = text.replace(/[,，\s]/g, '');
  if (t === '') return '0';
  return /^-?\d+(\.\d+)?$/.test(t) ? t : null;
}

export function setFunctional(b: Budget, row: number, patch: Partial<FunctionalLine>): Budget {
  return { ...b, functional: b.functional.map((l, i) => (i === row ? { ...l, ...patch } : l)) };
}

/**
 * A code typed into a line: the name follows from the year's code list while the name is empty or still
 * the official name of the previous code (a name the user wrote is kept; R-BUD-01 compares them).
 */
export function withCode<T extends { code: string; name: string }>(
  line: T,
  code: string,
  classification: Classification,
  year: number,
): T {
  const list = codeListFor(classification, year);
  const previous = list.get(line.code)?.name;
  const next = list.get(code)?.name;
  const keepName = line.name !== '' && line.name !== previous;
  return { ...line, code, name: keepName || !next ? line.name : next };
}

export function addFunctional(b: Budget): Budget {
  const zero = '0';
  return {
    ...b,
    functional: [
      ...b.functional,
      {
        code: '',
        name: '',
        fund: 'general',
        unitCode: null,
        wages: zero,
        goods: zero,
        family: zero,
        capital: zero,
        regular: zero,
        policy: zero,
        oneOff: zero,
        otherProject: zero,
      },
    ],
  };
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Row totals and the grid's 合计 row, as display strings with two decimals. */
export function gridTotals(b: Budget) {
  const t = budgetTotals(b);
  const column = (k: FunctionalColumn) =>
    b.functional.reduce((a, l) => a.plus(l[k] || '0'), t.basic.minus(t.basic)).toFixed(2);
  return {
    income: t.income.toFixed(2),
    expenditure: t.expenditure.toFixed(2),
    basic: t.basic.toFixed(2),
    project: t.project.toFixed(2),
    balanced: t.income.eq(t.expenditure),
    columns: Object.fromEntries(functionalColumns.map((c) => [c.key, column(c.key)])) as Record<
      FunctionalColumn,
      string
    >,
    row: (l: FunctionalLine) => ({
      basic: lineBasic(l).toFixed(2),
      project: lineProject(l).toFixed(2),
      total: lineBasic(l).plus(lineProject(l)).toFixed(2),
    }),
    threePublic: t.threePublic.toFixed(2),
    projectsListed: t.projectsListed.toFixed(2),
  };
}
