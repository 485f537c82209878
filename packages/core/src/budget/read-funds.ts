// Splits the spending read from a disclosure by source of funds. The 部门支出总表 and 部门收支总表 show all
// funds; the 一般公共预算支出表, 政府性基金预算支出表 and 财政拨款收支总表 show 财政拨款 alone; what the
// department spends beyond them is its other funds (事业收入, 其他收入, 其他结转 …).
import { block, tableOf, zero } from '../checks/helpers/disclosure-tables.ts';
import { Decimal } from '../money/decimal.ts';
import type { Disclosure, DisclosureTable } from '../model/disclosure.ts';
import {
  basicColumns,
  projectColumns,
  type EconomicLine,
  type FunctionalLine,
  type FundType,
} from './budget-model.ts';
import { lineBasic, lineProject } from './budget-totals.ts';

const ZERO = new Decimal(0);
const fixed = (d: Decimal) => d.toFixed(2);
const columnOf = (columns: readonly string[], re: RegExp) =>
  columns.findIndex((c) => re.test(c.replace(/\s/g, '')));

/** Basic and project spending of one fund still to be matched to lines, by functional code. */
interface FundEntry {
  code: string;
  name: string;
  basic: Decimal;
  project: Decimal;
}

/**
 * The most detailed rows of a fund table (a 类 or 款 row is the sum of the rows below it). Columns are found
 * by their headings, else at the positions of the standard layout.
 */
function fundEntries(
  table: DisclosureTable | undefined,
  basicAt: number,
  projectAt: number,
): FundEntry[] | null {
  if (!table) return null;
  const b = Math.max(columnOf(table.columns, /基本支出$/), -1);
  const p = Math.max(columnOf(table.columns, /项目支出$/), -1);
  const rows = table.rows
    .map((r) => ({ code: /^(2\d{2,6})/.exec((r[0] ?? '').replace(/\s/g, ''))?.[1], r }))
    .filter((x): x is { code: string; r: string[] } => x.code !== undefined);
  return rows
    .filter((x) => !rows.some((y) => y.code.length > x.code.length && y.code.startsWith(x.code)))
    .map(({ code, r }) => ({
      code,
      name: (r[1] ?? '').replace(/\s/g, ''),
      basic: zero(r[b >= 0 ? b : basicAt]),
      project: zero(r[p >= 0 ? p : projectAt]),
    }));
}

/** Takes up to `basic` and `project` from the entries of a code (its own and finer first, then coarser). */
function take(
  entries: FundEntry[],
  code: string,
  basic: Decimal,
  project: Decimal,
): { basic: Decimal; project: Decimal } {
  const matching = entries
    .filter((e) => e.code.startsWith(code) || code.startsWith(e.code))
    .sort((x, y) => Number(!x.code.startsWith(code)) - Number(!y.code.startsWith(code)));
  let [b, p] = [ZERO, ZERO];
  for (const e of matching) {
    const tb = Decimal.min(e.basic, basic.minus(b));
    const tp = Decimal.min(e.project, project.minus(p));
    if (tb.gt(0)) [e.basic, b] = [e.basic.minus(tb), b.plus(tb)];
    if (tp.gt(0)) [e.project, p] = [e.project.minus(tp), p.plus(tp)];
  }
  return { basic: b, project: p };
}

/** Splits a line into parts of the given amounts, filling its columns in order (the tables give no finer split). */
function splitLine(
  line: FunctionalLine,
  parts: Array<{ fund: FundType; basic: Decimal; project: Decimal }>,
): FunctionalLine[] {
  const left = new Map([...basicColumns, ...projectColumns].map((c) => [c, new Decimal(line[c])]));
  const out: FunctionalLine[] = [];
  for (const part of parts) {
    if (part.basic.isZero() && part.project.isZero()) continue;
    const piece: FunctionalLine = { ...line, fund: part.fund };
    for (const [columns, amount] of [
      [basicColumns, part.basic],
      [projectColumns, part.project],
    ] as const) {
      let rest = amount;
      for (const c of columns) {
        const t = Decimal.min(rest, left.get(c)!);
        piece[c] = fixed(t);
        left.set(c, left.get(c)!.minus(t));
        rest = rest.minus(t);
      }
    }
    out.push(piece);
  }
  return out.length > 0 ? out : [line];
}

/**
 * Functional lines by fund: each line (all funds) takes its 一般公共预算 and 政府性基金 parts from those
 * tables, the rest is other funds. Without a 一般公共预算支出表 everything not 政府性基金 stays 一般公共预算 (the
 * document does not say otherwise), and so without other income. Rows of the 政府性基金 table matched by no line are added as lines.
 */
export function splitFunctionalByFund(
  lines: readonly FunctionalLine[],
  d: Disclosure,
  hasOtherFunds: boolean,
): FunctionalLine[] {
  // Without other income nothing can be paid from other funds: a 一般公共预算支出表 that says otherwise is an
  // inconsistency of the document (the checks report it), not a reason to invent other funds.
  const general = hasOtherFunds
    ? fundEntries(tableOf(d, /^一般公共预算支出表$/)?.table ?? tableOf(d, /^一般公共预算支出表/)?.table, 3, 4)
    : null;
  // The functional tables, not a fund's economic table where a layout publishes one (read-fund-economic.ts).
  const fund = fundEntries(tableOf(d, /^政府性基金预算支出表(?!.*经济分类)/)?.table, 5, 6) ?? [];
  const capital =
    fundEntries(tableOf(d, /^国有资本经营预算(财政拨款)?支出表(?!.*经济分类)/)?.table, 3, 4) ?? [];
  const byLine = new Map<FunctionalLine, FunctionalLine[]>();
  // Finer codes first, so a 类-level line takes only what its 项 lines have not.
  for (const line of [...lines].sort((a, b) => b.code.length - a.code.length)) {
    const basic = lineBasic(line);
    const project = lineProject(line);
    const f = take(fund, line.code, basic, project);
    const c = take(capital, line.code, basic.minus(f.basic), project.minus(f.project));
    const [restBasic, restProject] = [
      basic.minus(f.basic).minus(c.basic),
      project.minus(f.project).minus(c.project),
    ];
    const g = general
      ? take(general, line.code, restBasic, restProject)
      : { basic: restBasic, project: restProject };
    const other = { basic: restBasic.minus(g.basic), project: restProject.minus(g.project) };
    byLine.set(
      line,
      splitLine(line, [
        { fund: 'general', ...g },
        { fund: 'governmentFund', ...f },
        { fund: 'stateCapital', ...c },
        { fund: 'other', ...other },
      ]),
    );
  }
  const out = lines.flatMap((l) => byLine.get(l)!);
  for (const [fundType, entries] of [
    ['governmentFund', fund],
    ['stateCapital', capital],
  ] as const)
    for (const e of entries) {
      if (e.basic.isZero() && e.project.isZero()) continue;
      // The fund tables have no economic split: basic spending is taken as 商品和服务, projects as 其他项目.
      out.push({
        code: e.code,
        name: e.name,
        fund: fundType,
        unitCode: null,
        wages: '0.00',
        goods: fixed(e.basic),
        family: '0.00',
        capital: '0.00',
        regular: '0.00',
        policy: '0.00',
        oneOff: '0.00',
        otherProject: fixed(e.project),
      });
    }
  return out;
}

const basicRows: Array<[string, RegExp]> = [
  ['301', /^工资福利/],
  ['302', /^商品和服务/],
  ['303', /^对个人和家庭/],
  ['310', /资本性支出$/],
];

/**
 * Economic spending of other funds by 类: the 部门收支总表's class amount less the 财政拨款收支总表's, its
 * basic part from the two tables' 其中：基本支出 rows. Empty without a 财政拨款收支总表.
 */
export function otherFundEconomic(
  d: Disclosure,
  classes: ReadonlyArray<[string, RegExp]>,
  name: (code: string, label: string) => string,
): EconomicLine[] {
  const all = tableOf(d, /^部门收支总表/)?.table;
  const fiscal = tableOf(d, /^财政拨款收支(预算)?总表/)?.table;
  if (!all || !fiscal) return [];
  const split = (t: DisclosureTable) => {
    const cells = block(t, 2);
    const at = cells.findIndex((c) => /基本支出/.test(c.label));
    const end = cells.findIndex((c, i) => i > at && /^其中/.test(c.label));
    return {
      classes: cells.slice(0, at < 0 ? undefined : at),
      basic: at < 0 ? [] : cells.slice(at + 1, end < 0 ? undefined : end),
    };
  };
  const [a, f] = [split(all), split(fiscal)];
  const amount = (cells: typeof a.classes, re: RegExp) => zero(cells.find((c) => re.test(c.label))?.amount);
  const lines: EconomicLine[] = [];
  for (const [code, re] of classes) {
    const other = amount(a.classes, re).minus(amount(f.classes, re));
    if (other.lte(0)) continue;
    const basicRe = basicRows.find(([c]) => c === code)?.[1];
    const basic = basicRe
      ? Decimal.max(ZERO, Decimal.min(other, amount(a.basic, basicRe).minus(amount(f.basic, basicRe))))
      : ZERO;
    const label = a.classes.find((c) => re.test(c.label))?.label ?? code;
    lines.push({
      code,
      name: name(code, label),
      govCode: null,
      fund: 'other',
      basic: fixed(basic),
      project: fixed(other.minus(basic)),
    });
  }
  return lines;
}
