// The key totals of a disclosure, read from its tables (preferred) and from its explanation text.
import { parseAmount, type Disclosure, type DisclosureTable } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';

export function findTable(d: Pick<Disclosure, 'tables'>, pattern: RegExp): DisclosureTable | undefined {
  return d.tables.find((t) => pattern.test(labelKey(t.title)));
}

/** The amount written right of the first cell whose label matches, in any column pair of the table. */
export function amountBeside(table: DisclosureTable | undefined, label: RegExp): string | null {
  if (!table) return null;
  for (const row of table.rows) {
    for (let k = 0; k < row.length; k++) {
      const key = labelKey(row[k] ?? '').replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
      if (label.test(key)) {
        const v = row[k + 1];
        return v ? parseAmount(v) : null;
      }
    }
  }
  return null;
}

function fromText(d: Pick<Disclosure, 'sections'>, pattern: RegExp): string | null {
  for (const s of d.sections) {
    const m = pattern.exec(s.text.replace(/\s+/g, ''));
    if (m) return parseAmount(m[1]!);
  }
  return null;
}

export function readDisclosureFigures(d: Pick<Disclosure, 'tables' | 'sections'>): Record<string, string | null> {
  const summary = findTable(d, /部门收支总表/);
  const threePublic = findTable(d, /三公/);
  const figures: Record<string, string | null> = {
    income: amountBeside(summary, /^收入总计$/) ?? fromText(d, /收支总预算([\d.,]+)万元/),
    incomeThisYear: amountBeside(summary, /^本年收入合计$/),
    expenditure: amountBeside(summary, /^支出总计$/),
    basicExpenditure: amountBeside(summary, /^其中[:：]?基本支出$/) ?? fromText(d, /基本支出([\d.,]+)万元/),
    projectExpenditure: amountBeside(summary, /^其中[:：]?(部门)?项目支出$/) ?? fromText(d, /项目支出([\d.,]+)万元/),
    threePublic: amountBeside(threePublic, /^合计$/) ?? fromText(d, /“三公”经费预算([\d.,]+)万元/),
    threePublicAbroad: amountBeside(threePublic, /因公出国/),
    threePublicVehicles: amountBeside(threePublic, /^公务用车购置及运行维护费$/),
    threePublicVehiclePurchase: amountBeside(threePublic, /^(其中[:：]?)?(（\d）)?公务用车购置(费)?$/),
    threePublicVehicleOperation: amountBeside(threePublic, /^(（\d）)?公务用车运行维护费$/),
    threePublicReception: amountBeside(threePublic, /公务接待费/),
    operatingCosts: fromText(d, /机关运行经费([\d.,]+)万元/),
    procurement: fromText(d, /政府采购预算支出合计([\d.,]+)万元/),
    procurementGoods: fromText(d, /货物类([\d.,]+)万元/),
    procurementWorks: fromText(d, /工程类([\d.,]+)万元/),
    procurementServices: fromText(d, /服务类([\d.,]+)万元/),
  };
  return figures;
}
