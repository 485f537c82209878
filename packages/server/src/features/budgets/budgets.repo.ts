// SQL for budgets: one row of scalars, income by source, functional and economic lines, projects.
import { Decimal, budgetSchema, incomeSourceKeys, type Budget } from '@jixiao/core';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { pageCountColumn, prepareCount, type PageCount } from '../../db/count-capped.ts';
import { prepareBuilt } from '../../db/prepared.ts';
import { formScope, type Scope } from '../forms/form-access.ts';
import type { Actor } from '../../http/access.ts';
import { afterPlaced, keysetPage } from '../../db/keyset.ts';
import type { TimeIdCursor } from '../../http/list-cursor.ts';
import { scopeByOrgIdsPlaced, scopeValues } from '../evaluation-common/evaluation-scope.ts';
import { readTogether, type Executor } from '../../db/client.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import {
  budgetEconomicLines,
  budgetFunctionalLines,
  budgetIncome,
  budgetProjects,
  budgetUnitIncome,
  budgetUnits,
  budgets,
} from '../../db/schema.ts';

export type BudgetRow = typeof budgets.$inferSelect;

/** NUMERIC comes back as "4804.6400": the shortest exact decimal string. */
const num = (v: string) => new Decimal(v).toFixed();
const optNum = (v: string | null) => (v === null ? null : num(v));

/** The budget row; `lock` holds it (FOR UPDATE) until the transaction ends, so a save reads the latest version. */
export async function findBudgetRow(
  ex: Executor,
  regionCode: string,
  orgId: string,
  year: number,
  lock = false,
): Promise<BudgetRow | undefined> {
  // budgets_org_year leads with region_code: by organisation and year alone no index applies.
  const q = ex
    .select()
    .from(budgets)
    .where(and(eq(budgets.regionCode, regionCode), eq(budgets.orgId, orgId), eq(budgets.year, year)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export interface BudgetFilter {
  year?: number | undefined;
  limit: number;
  /** The page after this position (keyset); the total is then not counted again. */
  after?: TimeIdCursor | undefined;
}

/** The statements of a page of budgets of one shape (scope kind, year given, first page or not). */
function budgetPageStatements(ex: Executor, kind: Scope['kind'], hasYear: boolean, counting: PageCount) {
  const p = (name: string) => sql.placeholder(name);
  const cond = and(
    hasYear ? eq(budgets.year, p('year')) : undefined,
    scopeByOrgIdsPlaced(ex, kind, budgets.orgId),
  );
  const after = afterPlaced(budgets.updatedAt, budgets.id, counting !== 'none');
  const page = ex
    .select({
      id: budgets.id,
      orgId: budgets.orgId,
      year: budgets.year,
      department: budgets.department,
      version: budgets.version,
      // ISO text, no Date a row (db/timestamp-text.ts): the answer writes it as it is.
      updatedAt: isoTimestamp(budgets.updatedAt),
      at: sql<string>`${budgets.updatedAt}::text`,
      matching: pageCountColumn(counting, budgets, cond),
    })
    .from(budgets)
    .where(and(cond, after))
    // budgets_updated's order: read from the index, not sorted.
    .orderBy(sql`${budgets.updatedAt} desc nulls last`, asc(budgets.id))
    .limit(p('limit'));
  return { page: prepareBuilt(page), count: prepareCount(ex, budgets, cond) };
}

/** A page of the budgets the actor may read (its scope in SQL, as for forms), the latest saved first. */
export async function listBudgetPage(ex: Executor, actor: Actor, f: BudgetFilter) {
  const scope = formScope(actor);
  const hasYear = f.year !== undefined;
  const { shown, end } = await keysetPage(
    ex,
    `budgets.page ${scope.kind} ${hasYear}`,
    { ...scopeValues(scope), year: f.year ?? null },
    f,
    (counting) => budgetPageStatements(ex, scope.kind, hasYear, counting),
  );
  // The rows as read: the route's compiled serializer writes budgetListItem's fields, not id/at/matching.
  return { items: shown, ...end };
}

/**
 * A budget's lines by the budget's whole key: the unique indexes of income and units lead with region_code,
 * so by budget_id alone they were read in full.
 */
function ofBudget(
  t: { regionCode: AnyPgColumn; budgetId: AnyPgColumn; year: AnyPgColumn },
  budget: { regionCode: string; id: string; year: number },
): SQL {
  // The year too: the line tables are partitioned by it, so only the budget's year is read.
  return and(eq(t.regionCode, budget.regionCode), eq(t.year, budget.year), eq(t.budgetId, budget.id))!;
}

export async function loadBudget(ex: Executor, row: BudgetRow): Promise<Budget> {
  const [income, functional, economic, projects, units, unitIncome] = await readTogether(ex, [
    () => ex.select().from(budgetIncome).where(ofBudget(budgetIncome, row)),
    () =>
      ex
        .select()
        .from(budgetFunctionalLines)
        .where(ofBudget(budgetFunctionalLines, row))
        .orderBy(asc(budgetFunctionalLines.position)),
    () =>
      ex
        .select()
        .from(budgetEconomicLines)
        .where(ofBudget(budgetEconomicLines, row))
        .orderBy(asc(budgetEconomicLines.position)),
    () =>
      ex
        .select()
        .from(budgetProjects)
        .where(ofBudget(budgetProjects, row))
        .orderBy(asc(budgetProjects.position)),
    () => ex.select().from(budgetUnits).where(ofBudget(budgetUnits, row)).orderBy(asc(budgetUnits.position)),
    () => ex.select().from(budgetUnitIncome).where(ofBudget(budgetUnitIncome, row)),
  ]);
  const incomeBySource = Object.fromEntries(incomeSourceKeys.map((k) => [k, '0']));
  for (const i of income) incomeBySource[i.source] = num(i.amount);
  const hasLastThree = row.lastThreePublicAbroad !== null;
  return budgetSchema.parse({
    year: row.year,
    department: row.department,
    departmentCode: row.departmentCode,
    unitCode: row.unitCode,
    approvedOn: row.approvedOn,
    income: incomeBySource,
    carryOverOther: num(row.carryOverOther),
    units: units.map((u) => ({
      code: u.code,
      name: u.name,
      income: Object.fromEntries(
        unitIncome.filter((i) => i.unitCode === u.code).map((i) => [i.source, num(i.amount)]),
      ),
    })),
    functional: functional.map((l) => ({
      code: l.code,
      name: l.name,
      fund: l.fund,
      unitCode: l.unitCode,
      wages: num(l.wages),
      goods: num(l.goods),
      family: num(l.family),
      capital: num(l.capital),
      regular: num(l.regular),
      policy: num(l.policy),
      oneOff: num(l.oneOff),
      otherProject: num(l.otherProject),
    })),
    economic: economic.map((l) => ({
      code: l.code,
      name: l.name,
      govCode: l.govCode,
      fund: l.fund,
      basic: num(l.basic),
      project: num(l.project),
    })),
    projects: projects.map((p) => ({
      code: p.code,
      name: p.name,
      category: p.category,
      amount: num(p.amount),
      purpose: p.purpose,
    })),
    threePublic: {
      abroad: num(row.threePublicAbroad),
      vehiclePurchase: num(row.threePublicVehiclePurchase),
      vehicleOperation: num(row.threePublicVehicleOperation),
      reception: num(row.threePublicReception),
    },
    operatingCosts: num(row.operatingCosts),
    procurement: {
      goods: num(row.procurementGoods),
      works: num(row.procurementWorks),
      services: num(row.procurementServices),
    },
    vehicles: {
      general: row.vehiclesGeneral,
      enforcement: row.vehiclesEnforcement,
      special: row.vehiclesSpecial,
    },
    assets: { generalEquipment: row.assetsGeneralEquipment, specialEquipment: row.assetsSpecialEquipment },
    lastYear: {
      total: optNum(row.lastTotal),
      generalPublic: optNum(row.lastGeneralPublic),
      basic: optNum(row.lastBasic),
      project: optNum(row.lastProject),
      publicFunds: optNum(row.lastPublicFunds),
      threePublic: hasLastThree
        ? {
            abroad: num(row.lastThreePublicAbroad!),
            vehiclePurchase: num(row.lastThreePublicVehiclePurchase ?? '0'),
            vehicleOperation: num(row.lastThreePublicVehicleOperation ?? '0'),
            reception: num(row.lastThreePublicReception ?? '0'),
          }
        : null,
    },
    texts: {
      profile: row.profile,
      tasks: row.tasks,
      threePublicScope: row.threePublicScope,
      reasons: row.reasons as Record<string, string>,
    },
  });
}

/**
 * Writes the whole budget (scalars upserted, lines replaced) as version `version`, only if the stored one is
 * still `version - 1` (none stored for version 1): the condition sits in the write itself, so two saves from
 * the same base can never both succeed, whatever the isolation level. Undefined when the base is stale.
 */
export async function saveBudget(
  ex: Executor,
  regionCode: string,
  orgId: string,
  b: Budget,
  userId: string | null,
  version: number,
): Promise<BudgetRow | undefined> {
  const ly = b.lastYear;
  const values = {
    regionCode,
    orgId,
    year: b.year,
    department: b.department,
    departmentCode: b.departmentCode,
    unitCode: b.unitCode,
    approvedOn: b.approvedOn,
    threePublicAbroad: b.threePublic.abroad,
    threePublicVehiclePurchase: b.threePublic.vehiclePurchase,
    threePublicVehicleOperation: b.threePublic.vehicleOperation,
    threePublicReception: b.threePublic.reception,
    operatingCosts: b.operatingCosts,
    procurementGoods: b.procurement.goods,
    procurementWorks: b.procurement.works,
    procurementServices: b.procurement.services,
    vehiclesGeneral: b.vehicles.general,
    vehiclesEnforcement: b.vehicles.enforcement,
    vehiclesSpecial: b.vehicles.special,
    assetsGeneralEquipment: b.assets.generalEquipment,
    assetsSpecialEquipment: b.assets.specialEquipment,
    lastTotal: ly.total,
    lastGeneralPublic: ly.generalPublic,
    lastBasic: ly.basic,
    lastProject: ly.project,
    lastPublicFunds: ly.publicFunds,
    lastThreePublicAbroad: ly.threePublic?.abroad ?? null,
    lastThreePublicVehiclePurchase: ly.threePublic?.vehiclePurchase ?? null,
    lastThreePublicVehicleOperation: ly.threePublic?.vehicleOperation ?? null,
    lastThreePublicReception: ly.threePublic?.reception ?? null,
    profile: b.texts.profile,
    tasks: b.texts.tasks,
    threePublicScope: b.texts.threePublicScope,
    reasons: b.texts.reasons,
    carryOverOther: b.carryOverOther,
    version,
    updatedBy: userId,
    updatedAt: new Date(),
  };
  const [row] = await ex
    .insert(budgets)
    .values(values)
    .onConflictDoUpdate({
      target: [budgets.regionCode, budgets.orgId, budgets.year],
      set: values,
      setWhere: eq(budgets.version, version - 1),
    })
    .returning();
  if (!row) return undefined;
  const id = row.id;
  const line = { regionCode, budgetId: id, year: row.year };
  await ex.delete(budgetIncome).where(ofBudget(budgetIncome, row));
  await ex.delete(budgetFunctionalLines).where(ofBudget(budgetFunctionalLines, row));
  await ex.delete(budgetEconomicLines).where(ofBudget(budgetEconomicLines, row));
  await ex.delete(budgetProjects).where(ofBudget(budgetProjects, row));
  await ex.delete(budgetUnits).where(ofBudget(budgetUnits, row));
  await ex.delete(budgetUnitIncome).where(ofBudget(budgetUnitIncome, row));
  await ex
    .insert(budgetIncome)
    .values(Object.entries(b.income).map(([source, amount]) => ({ ...line, source, amount })));
  if (b.functional.length > 0)
    await ex
      .insert(budgetFunctionalLines)
      .values(b.functional.map((l, position) => ({ ...line, position, ...l })));
  if (b.economic.length > 0)
    await ex
      .insert(budgetEconomicLines)
      .values(b.economic.map((l, position) => ({ ...line, position, ...l })));
  if (b.units.length > 0) {
    await ex
      .insert(budgetUnits)
      .values(b.units.map((u, position) => ({ ...line, position, code: u.code, name: u.name })));
    await ex.insert(budgetUnitIncome).values(
      b.units.flatMap((u) =>
        Object.entries(u.income).map(([source, amount]) => ({
          ...line,
          unitCode: u.code,
          source,
          amount,
        })),
      ),
    );
  }
  if (b.projects.length > 0)
    await ex.insert(budgetProjects).values(b.projects.map((p, position) => ({ ...line, position, ...p })));
  return row;
}
