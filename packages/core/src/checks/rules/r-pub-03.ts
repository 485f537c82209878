// R-PUB-03: the "三公" table identity: 合计 = 因公出国（境） + 公务用车购置及运行维护费 + 公务接待费, and
// 公务用车购置及运行维护费 = 购置 + 运行维护 (DOMAIN.md §5), in every amount column (本年, 上年) of a table
// written one line a row or one line a column, whatever the labels' spelling (disclosure-lexicon.ts).
import { Decimal } from '../../money/decimal.ts';
import type { DisclosureTable } from '../../model/disclosure.ts';
import { disclosureTableKind, threePublicLine } from '../../model/disclosure-lexicon.ts';
import { compareValues } from '../helpers/amounts.ts';
import { cellPath, zero } from '../helpers/disclosure-tables.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** A 三公 line's amount where it stands; a listed line with a blank amount is 0. */
interface Line {
  key: string;
  label: string;
  row: number;
  col: number;
  amount: string | null;
  /** The cell is empty (the line listed, no amount written). */
  blank?: boolean;
}

export const rule: Rule = {
  meta: {
    id: 'R-PUB-03',
    severity: 'error',
    category: 'arithmetic',
    description: '“三公”经费合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和',
    messages: {
      mismatch:
        '“三公”经费表中「{total}」为 {expected} 万元，各项之和为 {actual} 万元（相差 {diff}）：请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-03',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const index = form.tables.findIndex(
      (t) => disclosureTableKind(t.title)?.kind === 'three-public' || /三公/.test(squash(t.title)),
    );
    if (index < 0) return [];
    const reports: RuleReport[] = [];
    const table = form.tables[index]!;
    // A line the lexicon does not know (or knows only by a stem) may be the part that closes the gap: the
    // difference is then a question, never an error — an unknown label is not a missing line.
    const unsure = unknownLines(table) || labelsUnsure(table);
    for (const lines of amountSets(table)) {
      const get = (key: string) => lines.find((l) => l.key === key) ?? null;
      const sum = (total: Line | null, parts: Array<Line | null>) => {
        if (!total?.amount || parts.every((p) => !p?.amount)) return;
        const written = parts.map((p) => p?.amount ?? null);
        const actual = written.reduce((a, v) => a.plus(zero(v)), new Decimal(0));
        const c = compareValues(actual, new Decimal(total.amount), [total.amount, ...written]);
        if (c.outcome !== 'equal')
          reports.push({
            messageId: 'mismatch',
            path: cellPath(index, total.row, total.col),
            data: {
              total: total.label,
              expected: total.amount,
              actual: actual.toFixed(),
              diff: c.difference.abs().toFixed(),
            },
            ...(c.outcome === 'rounding' || unsure ? { severity: 'info' as const } : {}),
          });
      };
      const vehicles = get('threePublicVehicles');
      // A table that lists 购置 and 运行 without their 小计 line: they stand for it in the total.
      const vehicleParts = vehicles
        ? [vehicles]
        : [get('threePublicVehiclePurchase'), get('threePublicVehicleOperation')];
      sum(get('threePublic'), [get('threePublicAbroad'), ...vehicleParts, get('threePublicReception')]);
      // 其中 lines left empty under a 用车 amount are a breakdown not filled in, not two zeros (寿县: 2 over blanks).
      const vehicleSplit = [get('threePublicVehiclePurchase'), get('threePublicVehicleOperation')];
      if (!(
        vehicles?.amount &&
        !new Decimal(vehicles.amount).isZero() &&
        vehicleSplit.every((p) => !p || p.blank)
      ))
        sum(vehicles, vehicleSplit);
    }
    return reports;
  },
};

/** What a column holds: an amount of a year (本年, 上年, 2024年预算数) or a change / rate (not summed here). */
const isAmountColumn = (name: string) => !/增.{0,2}减|幅度|率|%|说明|备注/.test(squash(name));

/** The sets of amounts the identity holds for: one per amount column (lines in rows) or per row (lines in columns). */
function amountSets(t: DisclosureTable): Line[][] {
  const byColumn = t.columns.map((c) => {
    const parts = squash(c).split('/');
    const last = parts.at(-1)!;
    return last === '小计'
      ? threePublicLine(parts[0]!)
      : (threePublicLine(last) ?? (parts.length > 1 ? threePublicLine(parts[0]!) : null));
  });
  if (byColumn.filter((m) => m !== null).length >= 2)
    return t.rows.map((r, row) =>
      byColumn.flatMap((m, col) =>
        m
          ? [
              {
                key: m.key,
                label: squash(t.columns[col]!),
                row,
                col,
                amount: amountOf(r[col]),
                blank: isBlank(r[col]),
              },
            ]
          : [],
      ),
    );
  const labelled = t.rows
    .map((r, row) => {
      const col = r.findIndex((c) => c.trim() !== '' && !AMOUNT.test(c.trim()));
      const m = col >= 0 ? threePublicLine(r[col]!) : null;
      return m ? { key: m.key, label: squash(r[col]!), row, col } : null;
    })
    .filter((l): l is Omit<Line, 'amount'> => l !== null);
  if (labelled.length === 0) return [];
  const labelCol = labelled[0]!.col;
  const width = Math.max(...t.rows.map((r) => r.length));
  const named = t.columns.length > labelCol + 1;
  const amountCols = [...Array(width).keys()].filter(
    (c) => c > labelCol && (named ? isAmountColumn(t.columns[c] ?? '') : c === labelCol + 1),
  );
  return amountCols.map((col) =>
    labelled.map((l) => ({
      ...l,
      col,
      amount: amountOf(t.rows[l.row]![col]),
      blank: isBlank(t.rows[l.row]![col]),
    })),
  );
}

const isBlank = (cell: string | undefined) => (cell ?? '').trim() === '';

/** An amount as written; a blank cell of a listed line is 0. */
function amountOf(cell: string | undefined): string | null {
  const c = (cell ?? '').trim();
  if (c === '') return '0';
  return AMOUNT.test(c) ? c : null;
}

/** Rows of a one-line-a-row table with an amount and a label that names no 三公 line. */
function unknownLines(t: DisclosureTable): boolean {
  if (t.columns.filter((c) => threePublicLine(squash(c).split('/').at(-1)!) !== null).length >= 2)
    return false;
  return t.rows.some((r) => {
    const col = r.findIndex((c) => c.trim() !== '' && !AMOUNT.test(c.trim()));
    if (col < 0 || !r.slice(col + 1).some((c) => AMOUNT.test(c.trim()))) return false;
    const label = squash(r[col]!);
    return threePublicLine(label) === null && !/^(项目|科目|名称|单位|序号)/.test(label);
  });
}

/** Whether a line was matched by a stem only (a spelling not seen yet). */
function labelsUnsure(t: DisclosureTable): boolean {
  const labels = [
    ...t.columns.map((c) => squash(c).split('/').at(-1)!),
    ...t.rows.map((r) => r.find((c) => c.trim() !== '' && !AMOUNT.test(c.trim())) ?? ''),
  ];
  return labels.some((l) => threePublicLine(l)?.exact === false);
}
