// Derives the budget data from a recognised 部门预算公开 (and the project forms published with it), so a
// department's existing disclosure can be imported once and regenerated from then on.
import { codeListFor } from '../codes/index.ts';
import { block, tableOf, zero } from '../checks/helpers/disclosure-tables.ts';
import { compact, readChanges, sentences } from '../checks/helpers/disclosure-text.ts';
import { Decimal } from '../money/decimal.ts';
import type { Disclosure } from '../model/disclosure.ts';
import type { Form } from '../model/form.ts';
import {
  basicColumns,
  emptyBudget,
  incomeSources,
  projectCategories,
  projectColumns,
  projectCodeSchema,
  type Budget,
  type EconomicLine,
  type FunctionalLine,
  type FundType,
  type LastYear,
} from './budget-model.ts';
import { functionalClasses } from './generate-tables.ts';
import { lineBasic, lineProject } from './budget-totals.ts';
import { attributeFundEconomic, readFundEconomicTables } from './read-fund-economic.ts';
import { otherFundEconomic, splitFunctionalByFund } from './read-funds.ts';
import { readUnits } from './read-units.ts';

const ZERO = new Decimal(0);
const fixed = (d: Decimal) => d.toFixed(2);

export function budgetFromDisclosure(d: Disclosure, siblings: readonly Form[] = []): Budget {
  const year = d.year ?? 0;
  const b = emptyBudget(d.department ?? '（未命名部门）', year);
  const text = (re: RegExp) => d.sections.find((s) => re.test(s.title))?.text ?? '';
  b.texts.profile = text(/^一、/);
  b.texts.tasks = text(/^二、/);
  b.income = readIncome(d, text(/^三、/));
  b.carryOverOther = readOtherCarryOver(d);
  // Spending of other funds needs other income: 事业收入, 上级补助 … or 其他结转.
  const otherIncome = (
    ['operating', 'superior', 'subordinate', 'business', 'other', 'specialAccount'] as const
  ).some((k) => !new Decimal(b.income[k]).isZero());
  const hasOtherFunds = otherIncome || !new Decimal(b.carryOverOther).isZero();
  const { functional, departmentCode, unitCode, units } = readFunctional(d, hasOtherFunds);
  b.functional = functional;
  b.units = readUnits(d, units);
  b.departmentCode = departmentCode;
  b.unitCode = unitCode;
  b.economic = readEconomic(d, hasOtherFunds, functional);
  b.projects = readProjects(siblings, text(/^五、/));
  const f = d.figures;
  const amount = (v: string | null | undefined) => fixed(zero(v));
  b.threePublic = {
    abroad: amount(f.threePublicAbroad),
    vehiclePurchase: amount(f.threePublicVehiclePurchase),
    vehicleOperation: amount(f.threePublicVehicleOperation),
    reception: amount(f.threePublicReception),
  };
  b.operatingCosts = amount(f.operatingCosts);
  b.procurement = {
    goods: amount(f.procurementGoods),
    works: amount(f.procurementWorks),
    services: amount(f.procurementServices),
  };
  b.vehicles = readVehicles(text(/^八、/));
  b.assets = readAssets(text(/^八、/));
  const scope = /单位范围[：:]\s*([^。\n]+)/.exec(text(/^六、/));
  b.texts.threePublicScope = scope ? compact(scope[1]!) : '';
  const { lastYear, reasons } = readLastYear(d, b);
  b.lastYear = lastYear;
  b.texts.reasons = reasons;
  return b;
}

/** Income by source from "收入包括：…X万元，…" in section 三, else the 部门收支总表. */
function readIncome(d: Disclosure, text: string): Budget['income'] {
  const income = Object.fromEntries(incomeSources.map(([k]) => [k, '0.00'])) as Budget['income'];
  const flat = compact(text);
  let found = false;
  for (const [key, label] of incomeSources) {
    const m = new RegExp(`${label}(\\d+(?:\\.\\d+)?)万元`).exec(flat);
    if (m) [income[key], found] = [fixed(new Decimal(m[1]!)), true];
  }
  if (found) return income;
  const table = tableOf(d, /^部门收支总表/)?.table;
  if (!table) return income;
  const cells = block(table, 0);
  const get = (re: RegExp) => fixed(zero(cells.find((c) => re.test(c.label))?.amount));
  income.generalPublic = get(/财政拨款（补助）$/);
  income.governmentFund = get(/政府性基金$/);
  income.stateCapital = get(/国有资本经营预算$/);
  income.specialAccount = get(/财政专户/);
  income.superior = get(/上级补助收入/);
  income.subordinate = get(/附属单位上缴/);
  income.business = get(/经营收入/);
  income.other = get(/其他收入/);
  income.carryOver = get(/上年结转$/);
  return income;
}

/** 其他结转 of the 部门收支总表: the part of 上年结转 that is not 财政拨款. */
function readOtherCarryOver(d: Disclosure): string {
  const table = tableOf(d, /^部门收支总表/)?.table;
  return fixed(zero(table ? block(table, 0).find((c) => /其他结转$/.test(c.label))?.amount : null));
}

const columnOf = (columns: readonly string[], re: RegExp) =>
  columns.findIndex((c) => re.test(c.replace(/\s/g, '')));

/**
 * Functional lines: the 项 rows of the 部门支出总表, then for each 类 of the 部门收支总表 the part its 项
 * rows do not account for, as a 类-level line filled from the columns' remainders in column order (the
 * document does not say how that part splits; the totals of every column stay as published).
 */
interface ReadFunctional {
  functional: FunctionalLine[];
  departmentCode: string | null;
  unitCode: string | null;
  /** The units listed after the department row when there are several (their 项 rows follow each). */
  units: Array<{ code: string; name: string }>;
}

function readFunctional(d: Disclosure, hasOtherFunds: boolean): ReadFunctional {
  const lines: FunctionalLine[] = [];
  const columns = [...basicColumns, ...projectColumns] as const;
  const remainder = new Map<string, Decimal>(columns.map((c) => [c, ZERO]));
  let departmentCode: string | null = null;
  const units: Array<{ code: string; name: string }> = [];
  const spending = tableOf(d, /^部门支出总表/)?.table;
  if (spending) {
    const cols = spending.columns;
    const at: Record<(typeof columns)[number], number> = {
      wages: columnOf(cols, /^基本支出\/工资福利/),
      goods: columnOf(cols, /^基本支出\/商品和服务/),
      family: columnOf(cols, /^基本支出\/对个人和家庭/),
      capital: columnOf(cols, /^基本支出\/.*资本性/),
      regular: columnOf(cols, /^项目支出\/经常性/),
      policy: columnOf(cols, /^项目支出\/政策性/),
      oneOff: columnOf(cols, /^项目支出\/一次性/),
      otherProject: columnOf(cols, /^项目支出\/其他/),
    };
    const cell = (r: readonly string[], c: (typeof columns)[number]) =>
      fixed(zero(at[c] >= 0 ? r[at[c]] : null));
    for (const r of spending.rows) {
      const code = (r[0] ?? '').trim();
      if (r[1]?.replace(/\s/g, '') === '合计') for (const c of columns) remainder.set(c, zero(cell(r, c)));
      else if (/^2\d{6}$/.test(code)) {
        const line = {
          code,
          name: (r[1] ?? '').replace(/\s/g, ''),
          fund: 'general' as const,
          unitCode: units.at(-1)?.code ?? null,
        } as FunctionalLine;
        for (const c of columns) line[c] = cell(r, c);
        lines.push(line);
        for (const c of columns) remainder.set(c, remainder.get(c)!.minus(line[c]));
      } else if (/^\d+$/.test(code) && !/^2\d{2}(\d{2})?$/.test(code)) {
        // A 类 or 款 row (3 or 5 digits) is a subtotal of functional lines, not a unit.
        if (departmentCode === null) departmentCode = code;
        else units.push({ code, name: (r[1] ?? '').replace(/\s/g, '') });
      }
    }
  }
  const overview = tableOf(d, /^部门收支总表/)?.table;
  if (overview) {
    for (const c of block(overview, 4)) {
      const m = /^(\d{3})\s*(.+)$/.exec(c.label);
      if (!m || !functionalClasses.includes(m[1]! as (typeof functionalClasses)[number]) || !c.amount)
        continue;
      const listed = lines
        .filter((l) => l.code.startsWith(m[1]!))
        .reduce((a, l) => columns.reduce((s, k) => s.plus(l[k]), a), ZERO);
      let rest = new Decimal(c.amount).minus(listed);
      if (rest.lte(0)) continue;
      const line = { code: m[1]!, name: m[2]!, fund: 'general' as const, unitCode: null } as FunctionalLine;
      for (const k of columns) {
        const take = Decimal.max(ZERO, Decimal.min(rest, remainder.get(k)!));
        line[k] = fixed(take);
        remainder.set(k, remainder.get(k)!.minus(take));
        rest = rest.minus(take);
      }
      if (rest.gt(0)) line.wages = fixed(new Decimal(line.wages).plus(rest)); // more than the columns hold: shown as is
      lines.push(line);
    }
  }
  // One unit row is the department's own unit (a department that is one 预算单位): its lines need no unit.
  if (units.length <= 1) for (const l of lines) l.unitCode = null;
  const several = units.length > 1;
  return {
    functional: splitFunctionalByFund(lines, d, hasOtherFunds),
    departmentCode,
    unitCode: several ? null : (units[0]?.code ?? null),
    units: several ? units : [],
  };
}

const economicLabels: Array<[string, RegExp]> = [
  ['301', /^工资福利/],
  ['302', /^商品和服务/],
  ['303', /^对个人和家庭/],
  ['307', /^债务利息/],
  ['309', /^资本性支出（基本建设）/],
  ['310', /^资本性支出$/],
  ['311', /^对企业补助（基本建设）/],
  ['312', /^对企业补助$/],
  ['313', /^对社会保障基金/],
  ['399', /^其他支出$/],
];

/**
 * Economic lines: 一般公共预算 basic spending by 款 from the 基本支出表; the rest of 财政拨款 spending per 类 from
 * the 财政拨款收支总表 (else the 部门收支总表), as 一般公共预算 project spending or, where the tables determine
 * it, 政府性基金 / 国有资本经营预算 spending (read-fund-economic.ts); other funds' spending per 类 from the
 * difference of the two.
 */
function readEconomic(
  d: Disclosure,
  hasOtherFunds: boolean,
  functional: readonly FunctionalLine[],
): EconomicLine[] {
  const lines: EconomicLine[] = [];
  const basicTable = tableOf(d, /基本支出表/)?.table;
  const rows = (basicTable?.rows ?? []).filter((r) => /^3\d{2}(\d{2})?$/.test(r[0] ?? ''));
  for (const r of rows) {
    const code = r[0]!;
    const hasItems = code.length === 3 && rows.some((x) => x[0]!.length === 5 && x[0]!.startsWith(code));
    if (!hasItems)
      lines.push({
        code,
        name: (r[1] ?? '').replace(/\s/g, ''),
        govCode: null,
        fund: 'general',
        basic: fixed(zero(r[2])),
        project: '0.00',
      });
  }
  const list = codeListFor('economic-department', d.year);
  if (hasOtherFunds)
    lines.push(...otherFundEconomic(d, economicLabels, (code, label) => list.get(code)?.name ?? label));
  const overview =
    (hasOtherFunds ? tableOf(d, /^财政拨款收支(预算)?总表/)?.table : null) ??
    tableOf(d, /^部门收支总表/)?.table;
  if (!overview) return lines;
  const cells = block(overview, 2);
  const basicAt = cells.findIndex((c) => /基本支出/.test(c.label));
  // Per 类: the 财政拨款 spending beyond 一般公共预算 basic spending, which is 一般公共预算 project spending and
  // the other 财政拨款 funds' spending (attributed where the tables determine it).
  const rest = new Map<string, Decimal>();
  const labels = new Map<string, string>();
  const general = lines.filter((l) => l.fund === 'general');
  for (const [code, re] of economicLabels) {
    const cell = cells.slice(0, basicAt < 0 ? undefined : basicAt).find((c) => re.test(c.label));
    if (!cell?.amount) continue;
    const basic = general.filter((l) => l.code.startsWith(code)).reduce((a, l) => a.plus(l.basic), ZERO);
    rest.set(code, new Decimal(cell.amount).minus(basic));
    labels.set(code, cell.label);
  }
  const spending = (fund: FundType) => {
    const of = functional.filter((l) => l.fund === fund);
    return {
      fund,
      basic: of.reduce((a, l) => a.plus(lineBasic(l)), ZERO),
      project: of.reduce((a, l) => a.plus(lineProject(l)), ZERO),
    };
  };
  // A fund whose own economic table is published is taken from it, and its 类 amounts leave the rest.
  const published = readFundEconomicTables(d);
  for (const l of published) {
    const code = l.code.slice(0, 3);
    if (rest.has(code)) rest.set(code, rest.get(code)!.minus(l.basic).minus(l.project));
  }
  lines.push(...published);
  const funds = [spending('governmentFund'), spending('stateCapital')].filter(
    (f) => !published.some((l) => l.fund === f.fund),
  );
  for (const part of attributeFundEconomic(rest, spending('general').project, funds)) {
    const own = part.fund === 'general' ? general.find((l) => l.code === part.code) : undefined;
    if (own) own.project = fixed(part.project);
    else
      lines.push({
        code: part.code,
        name: list.get(part.code)?.name ?? labels.get(part.code)!,
        govCode: null,
        fund: part.fund,
        basic: fixed(part.basic),
        project: fixed(part.project),
      });
  }
  return lines.sort((a, b) => a.code.localeCompare(b.code) || a.fund.localeCompare(b.fund));
}

function readProjects(siblings: readonly Form[], text: string): Budget['projects'] {
  const parens = (t: string) => t.replace(/\(/g, '（').replace(/\)/g, '）');
  const flat = parens(compact(text).replace(/\n/g, ''));
  return siblings.flatMap((f) => {
    if (f.kind !== 'project' || !f.name) return [];
    const category = (projectCategories as readonly string[]).includes(f.category ?? '')
      ? (f.category as Budget['projects'][number]['category'])
      : '其他项目';
    const name = parens(f.name.replace(/\s/g, ''));
    // The text may shorten the name ("公共资源交易中心工作经费" for "东西湖区公共资源交易中心工作经费").
    const purpose = new RegExp(`${escape(name.slice(-8))}项目[\\d.]+万元。主要用于[：:]([^。]*)`).exec(flat);
    return [
      {
        code: f.code && projectCodeSchema.safeParse(f.code).success ? f.code : null,
        name: f.name,
        category,
        amount: fixed(zero(f.budget.current)),
        purpose: purpose ? purpose[1]! : null,
      },
    ];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readVehicles(text: string): Budget['vehicles'] {
  const flat = compact(text);
  const n = (re: RegExp) => Number(re.exec(flat)?.[1] ?? 0);
  return {
    general: n(/一般公务用车(\d+)辆/),
    enforcement: n(/执法执勤用车(\d+)辆/),
    special: n(/特种专业技术车(\d+)辆/),
  };
}

/** Equipment held, from "单位价值50万元以上通用设备N台（套）…" (单价 in some documents). */
function readAssets(text: string): Budget['assets'] {
  const flat = compact(text).replace(/\n/g, ''); // a PDF line may break inside the sentence
  const n = (re: RegExp) => Number(re.exec(flat)?.[1] ?? 0);
  return {
    generalEquipment: n(/(?:单位价值|单价)50万元(?:以上|及以上)的?通用设备(\d+)台/),
    specialEquipment: n(/(?:单位价值|单价)100万元(?:以上|及以上)的?专用设备(\d+)台/),
  };
}

/** Last year's figures from the sentences that state a change (or 持平), and the reasons they give. */
function readLastYear(d: Disclosure, b: Budget): { lastYear: LastYear; reasons: Record<string, string> } {
  // Line breaks are layout (a PDF breaks "其中：" from what follows): sentences end at 。 and ；.
  const all = d.sections
    .filter((s) => /^[三五六]、/.test(s.title))
    .flatMap((s) => sentences(s.text.replace(/\n/g, '')));
  const reasons: Record<string, string> = {};
  const before = (key: string, re: RegExp, now: string | null): string | null => {
    const s = all.find((x) => re.test(x) && (/持平/.test(x) || readChanges(x).length > 0));
    if (!s) return null;
    const reason = /主要(?:原因|是)(?:是)?[：:]?([^。]+)/.exec(s);
    if (reason) reasons[key] = reason[1]!.trim();
    if (/持平/.test(s) && readChanges(s).length === 0) return now;
    const c = readChanges(s)[0]!;
    const amount = new Decimal(c.amount);
    return fixed(c.direction === 'decrease' ? amount.plus(c.delta) : amount.minus(c.delta));
  };
  const tp = b.threePublic;
  const abroad = before('abroad', /因公出国/, tp.abroad);
  const vehicles = before('vehicles', /公务用车购置及运行/, null);
  const purchase = before('vehiclePurchase', /公务用车购置费/, tp.vehiclePurchase);
  const operation = before('vehicleOperation', /公务用车运行维护费\d/, tp.vehicleOperation);
  const reception = before('reception', /公务接待费/, tp.reception);
  const threePublic =
    abroad !== null && reception !== null
      ? {
          abroad,
          vehiclePurchase: purchase ?? vehicles ?? '0.00',
          vehicleOperation: operation ?? '0.00',
          reception,
        }
      : null;
  return {
    lastYear: {
      total: before('total', /部门收支总预算/, null),
      generalPublic: before('generalPublic', /一般公共预算财政拨款支出预算/, null),
      basic: before('basic', /基本支出/, null),
      project: before('project', /项目支出/, null),
      publicFunds: before('publicFunds', /公用经费/, null),
      threePublic,
    },
    reasons,
  };
}
