// A department's list of its projects' targets as a budget system publishes it (单位编码 | 单位名称(项目类别/支出项目)
// | 年度预算安排 | 项目内容 | 绩效目标), copied one cell a paragraph: the department's and its units' lines (a code, a
// name, an amount), a category's (其他运转类 | 1681680), then each project — its code, its name, its amount — and
// its cells in bracketed headings: 【项目概况】: its content, 【总体目标】 over its goal, and its targets as one heading
// per level pair (【产出指标-数量指标】) over lines of 指标1:name(value), the value in the brackets closing the line.
// Lists print the headings in other brackets ([…], 〔…〕, (…), 〖…〗), number the slots otherwise (1., （1）, 1、, none)
// and give a value after a colon (name：value): the levels a heading pairs are what make such a list.
// Each project is written again as the label rows and the indicator table the form reader reads, in its place;
// the lines before it (the department's, the units', the categories') stay as they are.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { soleTrimmedCell } from './row-helpers.ts';
import { isOfficeName } from './form-caption.ts';
import { goalConcept, lexiconKey } from './lexicon.ts';

/** The brackets a list's headings are printed in (as a character class's contents). */
const OPEN = '【\\[〔〖(（';
const CLOSE = '】\\]〕〗)）';
/** A level pair heading: 【一级-二级】, the two levels parted by a dash. */
const LEVEL_HEADING = new RegExp(
  `^[${OPEN}]\\s*([^${CLOSE}\\-—－–]+?)\\s*[-—－–]+\\s*([^${CLOSE}]+?)\\s*[${CLOSE}]$`,
);
/** Any bracketed heading opening a line (【项目概况】: …, 【总体目标】), the text after it on the line if any. */
const HEADING = new RegExp(`^[${OPEN}]\\s*([^${CLOSE}]+?)\\s*[${CLOSE}]\\s*[:：]?\\s*(.*)$`);
/** A line opening with a heading's bracket: the next heading, where a heading's text ends. */
const OPENS_HEADING = new RegExp(`^[${OPEN}]`);
/** A target's slot before its name: 指标1: (or ：, ，), 1., 1、, （1）. */
const SLOT = String.raw`(?:指标\s*\d{1,2}\s*[:：，,、.．]?|\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])`;
/**
 * A target line: an optional slot, the name, and the value in the brackets closing the line or after a colon
 * (指标1:机柜数量(≥77台), （2）维护成本：<1681680元).
 */
const TARGET = new RegExp(
  String.raw`^(?:${SLOT}\s*)?(.+?)(?:\s*[(（]([^()（）]+)[)）]|\s*[:：]\s*([^:：]+))$`,
);
/** A line opening with a numbered slot in brackets, （1）: a target's, not a heading. */
const SLOTTED = /^[(（]\d{1,2}[)）]/;
const AMOUNT = /^\d+(?:\.\d+)?$/;
/** A category the list files projects under: 其他运转类, 特定目标类, 本级项目. */
const SPENDING_CATEGORY = /(类|项目)$/;
const CODE = /^\d{3,12}$/;
/** Lines of a heading's text (项目概况, 总体目标) before the next heading. */
const TEXT_REACH = 3;

/**
 * The longest line each pattern is tried on: headings and target lines are short, and on a long line without its
 * closing bracket the lazy groups of these patterns backtrack in polynomial time (a hostile cell of 10,000
 * characters held LEVEL_HEADING for seconds).
 */
const LEVEL_HEADING_MAX = 80;
const HEADING_MAX = 2000;
const TARGET_MAX = 500;
const within = (text: string | null, max: number): string | null =>
  text !== null && text.length <= max ? text : null;

const soleText = soleTrimmedCell;

/** A row whose one text heads a level pair (a function, not a closure made per call). */
function opensLevelPair(r: Row): boolean {
  const text = soleText(r);
  return text !== null && OPENS_HEADING.test(text) && levelPair(text) !== null;
}

/** The level pair a line heads (【产出指标-数量指标】), or null. */
function levelPair(text: string | null): [string, string] | null {
  const line = within(text, LEVEL_HEADING_MAX);
  const m = line === null ? null : LEVEL_HEADING.exec(line);
  return m && isLevel1Name(m[1]!) && isLevel2Name(m[2]!) ? [m[1]!, m[2]!] : null;
}

interface Project {
  /** The first line of the project's head (its code, else its name) and the line after its last. */
  start: number;
  end: number;
  code: string | null;
  name: string;
  amount: string;
  goal: { label: string; text: string } | null;
  indicators: Array<{ cells: string[]; line?: number }>;
}

/** The rows with each project of such a list written as label rows and an indicator table. */
export function readBracketedGoalList(rows: Row[]): Row[] {
  // Without one level pair heading there is no such list (asked cheaply first: a line opening with 【).
  if (!rows.some(opensLevelPair)) return rows;
  const projects: Project[] = [];
  for (let i = 2; i < rows.length; i++) {
    const p = projectAt(rows, i);
    if (p === null) continue;
    projects.push(p);
    i = p.end - 1;
  }
  if (!projects.some((p) => p.indicators.length > 0)) return rows;
  const unit = unitOf(rows, projects);
  const yuan = statesYuan(rows.slice(0, projects[0]!.start)) ?? projects.some(costStatesAmountInYuan);
  const out: Row[] = [];
  let at = 0;
  for (const [n, p] of projects.entries()) {
    // Between two projects the list's own lines (a category over its sum, a unit's code, name and sum) would run
    // on into the indicator table before them: they are no field of either form.
    out.push(...(n === 0 ? rows.slice(at, p.start) : withoutListLines(rows.slice(at, p.start))));
    out.push(...buildProject(p, unit, yuan, rows[p.start]?.line));
    at = p.end;
  }
  out.push(...rows.slice(at));
  return out;
}

/** The project whose bracketed cells open at `i` (its name and amount on the two lines before), or null. */
function projectAt(rows: readonly Row[], i: number): Project | null {
  const first = within(soleText(rows[i]), HEADING_MAX);
  if (first === null || !HEADING.test(first)) return null;
  const amount = soleText(rows[i - 1]);
  const name = soleText(rows[i - 2]);
  if (
    amount === null ||
    !AMOUNT.test(amount) ||
    name === null ||
    AMOUNT.test(name) ||
    OPENS_HEADING.test(name)
  )
    return null;
  const code = soleText(rows[i - 3]);
  // A figure over the name is its code, unless it is the sum of the name over it (a category's: 专项业务类 | 450000
  // just before an uncoded project).
  const above = soleText(rows[i - 4]);
  const coded =
    code !== null && CODE.test(code) && (above === null || AMOUNT.test(above) || CODE.test(above));
  const project: Project = {
    start: coded ? i - 3 : i - 2,
    end: i,
    code: coded ? code : null,
    name,
    amount,
    goal: null,
    indicators: [],
  };
  let k = i;
  while (k < rows.length) {
    const text = soleText(rows[k]);
    const pair = levelPair(text);
    const headingLine = within(text, HEADING_MAX);
    const heading = headingLine === null ? null : HEADING.exec(headingLine);
    if (pair !== null) {
      k++;
      for (; k < rows.length; k++) {
        const line = within(soleText(rows[k]), TARGET_MAX) ?? '';
        // The next heading (in round brackets a target's pattern would take it too) ends the targets.
        if (HEADING.test(line) && !SLOTTED.test(line)) break;
        const m = TARGET.exec(line);
        if (!m) break;
        project.indicators.push({
          cells: [pair[0], pair[1], m[1]!.trim(), (m[2] ?? m[3]!).trim()],
          line: rows[k]!.line,
        });
      }
    } else if (heading !== null) {
      // A heading of the project's other cells: its text on its line, or on the lines before the next heading.
      k++;
      const lines = [heading[2]!.trim()].filter((t) => t !== '');
      let n = 0;
      while (k + n < rows.length && n < TEXT_REACH && !OPENS_HEADING.test(soleText(rows[k + n]) ?? '【')) n++;
      if (lines.length === 0 && k + n < rows.length && n > 0) {
        lines.push(...rows.slice(k, k + n).map((r) => soleText(r) ?? ''));
        k += n;
      }
      const label = heading[1]!.trim();
      if (goalConcept(lexiconKey(label)) !== null && lines.length > 0)
        project.goal = { label, text: lines.join('') };
    } else break;
  }
  project.end = k;
  return project;
}

/** Rows without the list's own lines: codes, sums, and the names printed over a sum. */
function withoutListLines(rows: readonly Row[]): Row[] {
  const figure = (r: Row | undefined) => {
    const t = soleText(r);
    return t !== null && (AMOUNT.test(t) || CODE.test(t));
  };
  return rows.filter((r, k) => !figure(r) && !(soleText(r) !== null && figure(rows[k + 1])));
}

/**
 * The unit the projects belong to: the name on the line after the first line printing their code, where that
 * line is not a project's own (the unit's line heads its projects in the list: 037001 | 黄山市公安局 | 27955180).
 */
function unitOf(rows: readonly Row[], projects: readonly Project[]): string | null {
  const code = projects[0]!.code;
  const at = code === null ? -1 : rows.findIndex((r) => soleText(r) === code);
  if (at >= 0 && !projects.some((p) => p.start === at)) {
    const name = soleText(rows[at + 1]);
    return name !== null && !AMOUNT.test(name) && !OPENS_HEADING.test(name) ? name : null;
  }
  // No code: the list's first name over its sum (the department heads its list), an office's or any but a
  // category of spending's (其他运转类, 本级项目).
  for (let k = 0; k + 1 < projects[0]!.start; k++) {
    const name = soleText(rows[k]);
    if (name === null || !AMOUNT.test(soleText(rows[k + 1]) ?? '') || AMOUNT.test(name)) continue;
    return isOfficeName(name) || !SPENDING_CATEGORY.test(name) ? name : null;
  }
  return null;
}

/**
 * The unit the list says its amounts are in, before its first project: a heading's note (年度预算安排(元)) or a
 * line of its own (单位：元, 金额单位:万元); null where it says none.
 */
function statesYuan(rows: readonly Row[]): boolean | null {
  for (const r of rows) {
    const m = /(?:单位[:：]\s*|[(（])(万元|元)[)）]?$/.exec(soleText(r) ?? '');
    if (m) return m[1] === '元';
  }
  return null;
}

/**
 * Whether a project's 成本 target states its amount in 元 (维护成本(<1681680元) beside 1681680): the list prints
 * every amount in the one unit its column has, so one such project says the column is in 元.
 */
function costStatesAmountInYuan(p: Project): boolean {
  return p.indicators.some(({ cells }) => {
    if (!/成本/.test(`${cells[0]}${cells[1]}`)) return false;
    const figure = /([\d.]+)\s*元/.exec(cells[3]!.replace(/,/g, ''));
    return figure !== null && !/万元/.test(cells[3]!) && Number(figure[1]) === Number(p.amount);
  });
}

/** The label rows and the indicator table one project makes. */
function buildProject(p: Project, unit: string | null, yuan: boolean, line: number | undefined): Row[] {
  const row = (cells: string[], at?: number): Row => ({
    cells,
    table: true,
    ...(at !== undefined ? { line: at } : {}),
  });
  const built: Row[] = [];
  // The name first: a form opens at its 项目名称, so a label row above it would close the project before.
  built.push(row(['项目名称', p.name], line));
  if (unit !== null) built.push(row(['单位名称', unit], line));
  built.push(row([yuan ? '年度资金总额（元）' : '年度资金总额', p.amount], line));
  if (p.goal) built.push(row([p.goal.label, p.goal.text], line));
  built.push(row(['一级指标', '二级指标', '三级指标', '指标值'], line));
  for (const i of p.indicators) built.push(row(i.cells, i.line));
  return built;
}
