// Reads the scored fields out of an imported form of any kind, including kinds whose shapes are still being
// built (self-evaluation, monitoring): each field is looked up where the canonical model, or the agreed
// self-evaluation shape, puts it.
type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, key: string): unknown => (isRec(v) ? v[key] : undefined);

/** A string, a number, or the `raw` of an IndicatorValue, as text. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const raw = get(v, 'raw');
  return typeof raw === 'string' ? raw : null;
}

const firstText = (...vs: unknown[]): string | null => {
  for (const v of vs) {
    const t = textOf(v);
    if (t !== null && t.trim() !== '') return t;
  }
  return null;
};

export const formKind = (form: unknown): string => String(get(form, 'kind') ?? '');

/** Project name, or the department for department forms and disclosures. */
export function formName(form: unknown): string | null {
  return firstText(get(form, 'name'), get(form, 'projectName'), get(form, 'department'));
}

/** Every unit a form names: 申报单位, 主管部门, 执行/实施单位, department. */
export function formUnits(form: unknown): string[] {
  return ['unit', 'supervisor', 'executor', 'department', 'implementer']
    .map((k) => textOf(get(form, k)))
    .filter((t): t is string => t !== null);
}

const TOTAL_LINE = /合计|总计|总额|总量|年度预算/;

/**
 * The year's budget, as the corpus's truth states it (the manifest's budget_wan is the year's amount): project
 * budget.current (项目当年预算) when read, else budget.total — a multi-year project prints both (项目总预算 75,
 * 当年预算 25) and the truth wants 25; department a total line of its funds, else the total the form states
 * beside its name (department `total`: 资金总额, 区级支出预算总量).
 */
export function formBudget(form: unknown): string | null {
  const budget = get(form, 'budget');
  const own = firstText(
    get(budget, 'current'),
    get(budget, 'total'),
    get(budget, 'annual'),
    get(budget, 'initial'),
  );
  if (own !== null) return own;
  const funds = get(form, 'funds');
  for (const side of ['income', 'expenditure']) {
    const lines = get(funds, side);
    if (!Array.isArray(lines)) continue;
    const total = lines.find((l) => TOTAL_LINE.test(String(get(l, 'name') ?? '')));
    const line = total ?? (lines.length === 1 ? lines[0] : undefined);
    const t = firstText(get(line, 'current'));
    if (t !== null) return t;
  }
  return formKind(form) === 'department' ? firstText(get(form, 'total')) : null;
}

/**
 * A budget row of a 自评表 / 监控表 (initial, annual, executed, rate, weight, score). A 监控表 holds the
 * amount executed so far as `executedToDate` and its 年初预算数 as the year's budget (`annual`).
 */
export function formBudgetRow(form: unknown, key: string): unknown {
  const budget = get(form, 'budget');
  const monitoring = formKind(form) === 'monitoring';
  const aliases: Record<string, string[]> = {
    executed: ['executed', 'executedToDate'],
    initial: monitoring ? ['initial', 'annual'] : ['initial'],
  };
  for (const k of aliases[key] ?? [key]) {
    const v = get(budget, k);
    if (v !== undefined && v !== null) return v;
  }
  return null;
}

export interface ReadIndicator {
  name: string | null;
  target: string | null;
  actual: string | null;
  weight: unknown;
  score: unknown;
  /** The term a target form's indicator is held under (annual / long), null where none. */
  term: string | null;
}

export function formIndicators(form: unknown): ReadIndicator[] {
  const list = get(form, 'indicators');
  if (!Array.isArray(list)) return [];
  return list.map((i) => ({
    name: textOf(get(i, 'name')),
    target: textOf(get(i, 'target')),
    actual: textOf(get(i, 'actual') ?? get(i, 'actualToDate')),
    weight: get(i, 'weight') ?? null,
    score: get(i, 'score') ?? null,
    term: textOf(get(i, 'term')),
  }));
}

export const formTotal = (form: unknown): unknown => get(form, 'total') ?? get(form, 'totalScore') ?? null;
export const formGrade = (form: unknown): string | null => textOf(get(form, 'grade'));
export const formFigure = (form: unknown, key: string): unknown => get(get(form, 'figures'), key) ?? null;
