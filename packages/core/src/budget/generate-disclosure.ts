// A whole 部门预算公开 generated from a budget: sections 一 … 九, the standard tables and the key figures,
// in the canonical Disclosure model so that the same checks and exporters apply.
import type { Disclosure } from '../model/disclosure.ts';
import type { Budget } from './budget-model.ts';
import { budgetTotals, money } from './budget-totals.ts';
import { generateSections } from './generate-text.ts';
import { generateTables } from './generate-tables.ts';

/** `formNames`: the approved project forms and the department form published with it. */
export function generateDisclosure(b: Budget, formNames: readonly string[] = []): Disclosure {
  const t = budgetTotals(b);
  const p = b.threePublic;
  return {
    kind: 'disclosure',
    formType: '部门预算公开',
    title: `${b.department} ${b.year} 年部门预算公开`,
    year: b.year,
    department: b.department,
    approvedOn: b.approvedOn,
    publishedOn: null,
    sections: generateSections(b),
    tables: generateTables(b),
    figures: {
      income: money(t.income),
      incomeThisYear: money(t.incomeThisYear),
      expenditure: money(t.expenditure),
      basicExpenditure: money(t.basic),
      projectExpenditure: money(t.project),
      threePublic: money(t.threePublic),
      threePublicAbroad: money(p.abroad),
      threePublicVehicles: money(t.threePublicVehicles),
      threePublicVehiclePurchase: money(p.vehiclePurchase),
      threePublicVehicleOperation: money(p.vehicleOperation),
      threePublicReception: money(p.reception),
      operatingCosts: money(b.operatingCosts),
      procurement: money(t.procurement),
      procurementGoods: money(b.procurement.goods),
      procurementWorks: money(b.procurement.works),
      procurementServices: money(b.procurement.services),
    },
    forms: [...formNames],
  };
}
