// A self-evaluation published as the report 财政部's outline asks for (…2023年度绩效自评报告: 一、绩效目标分解下达
// 情况 / 二、绩效情况分析 (一)资金投入情况分析 … (四)绩效指标完成情况分析) instead of the 自评表: no table, each
// indicator one sentence — {name}年初指标值为{target},全年实际完成值{actual}, or {name}指标为{target}实际完成值为
// {actual} with several run on in one line — under numbered headings that name the levels (1、产出数量指标:,
// 3.时效指标。), and the funds in the 资金投入 section's sentence (投入…29.6万,执行数29.6万,执行率100%). A table
// written as prose: where two sentences at least give both a target and an actual, the report is rebuilt as the
// 自评表 it states (its project and unit, the budget row, the indicator table) for the 自评表 reader. A report that
// only quotes its targets, or tells its results without them, stays a report and is refused as one.
import { canonicalLevel2, isLevel1Name, isLevel2Name, project88 } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isOfficeName } from './form-caption.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { valueAt } from './name-value-run.ts';
import { titleKind, yearIn } from './titles.ts';

export interface SentenceIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string | null;
}

/** The words that introduce a target: 年初指标值为, 指标值为, 目标值为, 指标为 (a colon after 指标值 / 目标值). */
const TARGET_CUE = /(?:年初|年度)?(?:(?:指标值|目标值|指标)(?:为|是)|(?:指标值|目标值)[:：])/gu;
/** The words that introduce the actual right after the target: ,全年实际完成值 / 实际完成值为 / 实际完成. */
const ACTUAL_CUE = /^[,，;；\s]*(?:全年|年末|年底|当年|年度)?(?:实际)?完成(?:值|数)?(?:为|是|[:：])?/u;
/** Where a sentence's clause opens: a name starts after the last of these before its target. */
const CLAUSE_MARK = /[。；;，,：:！!？?]/gu;
/** A numbered heading opening the line: 1、, 3., 二、. */
const NUMBERING = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]\s*/u;
/** An ordinal a report opens each indicator with: 第一,, 其二、. */
const ORDINAL = /^(?:第|其)[一二三四五六七八九十]+[,，、:：]?/u;
/** A unit's base the value reader stops before (260元/辆): a slash and a word or two, then the clause's end. */
const PER_BASE = /^[/／]\p{Script=Han}{1,2}(?=$|[。；;，,\s])/u;
/** Fewest sentences giving both a target and an actual that make a report's indicators a table. */
const MIN_PAIRED = 2;

/** The levels a heading names: 数量指标 (its 一级 from the tree), 产出数量指标 (the two run together), 效益指标. */
export function levelsOfHeading(text: string): { level1: string; level2: string } | null {
  const w = text.replace(/[。.:：\s]+$/u, '');
  if (w === '') return null;
  if (isLevel2Name(w)) {
    const l1 = project88.level1.find((l) => canonicalLevel2(project88, l.name, w) !== null);
    return { level1: l1?.name ?? '', level2: w };
  }
  for (const l1 of project88.level1)
    for (const n of [l1.name, ...l1.aliases]) {
      const stem = n.replace(/指标$/u, '');
      if (stem !== '' && w.startsWith(stem) && isLevel2Name(w.slice(stem.length)))
        return { level1: l1.name, level2: w.slice(stem.length) };
    }
  return isLevel1Name(w) ? { level1: w, level2: '' } : null;
}

/** A numbered heading at the line's start that names levels, and where the line's text goes on after it. */
function headingAt(line: string): { level1: string; level2: string; end: number } | null {
  const n = NUMBERING.exec(line);
  if (!n) return null;
  const rest = line.slice(n[0].length);
  // The longest run of words that names levels: 产出数量指标 before 数量指标's shorter reading of it.
  for (let k = Math.min(rest.length, 12); k >= 2; k--) {
    const levels = levelsOfHeading(rest.slice(0, k));
    if (!levels) continue;
    const mark = /^[。.:：]?/u.exec(rest.slice(k))![0];
    return { ...levels, end: n[0].length + k + mark.length };
  }
  return null;
}

/** The value a sentence gives at the start of `text`, its unit's base with it (260元/辆), or null. */
function sentenceValue(text: string): string | null {
  const value = valueAt(text);
  return value === null ? null : value + (PER_BASE.exec(text.slice(value.length))?.[0] ?? '');
}

/** Where the clause holding `at` opens: after the last clause mark before it, never before `from`. */
function clauseStart(line: string, at: number, from: number): number {
  let start = from;
  for (const m of line.slice(0, at).matchAll(CLAUSE_MARK)) if (m.index + 1 > start) start = m.index + 1;
  return start;
}

/**
 * The indicators one line of a report states, each a name with its target and (where the sentence gives one as
 * a value) its actual, under the levels of the heading the line opens with or of `levels` (the heading before).
 */
export function sentenceIndicators(
  line: string,
  levels: { level1: string; level2: string } = { level1: '', level2: '' },
): { indicators: SentenceIndicator[]; levels: { level1: string; level2: string } } {
  const heading = headingAt(line);
  const at = heading ? { level1: heading.level1, level2: heading.level2 } : levels;
  const out: SentenceIndicator[] = [];
  let consumed = heading?.end ?? 0;
  for (const m of line.matchAll(TARGET_CUE)) {
    if (m.index < consumed) continue;
    const afterCue = m.index + m[0].length;
    const target = sentenceValue(line.slice(afterCue));
    if (target === null) continue;
    const name = line
      .slice(clauseStart(line, m.index, consumed), m.index)
      .trim()
      .replace(ORDINAL, '')
      .trim();
    // A name is a phrase of a few words: two Han characters at least, no sentence of its own.
    if (!/\p{Script=Han}.*\p{Script=Han}/u.test(name) || name.length > 40) continue;
    let end = afterCue + target.length;
    const cue = ACTUAL_CUE.exec(line.slice(end));
    const actual = cue && /完成/u.test(cue[0]) ? sentenceValue(line.slice(end + cue[0].length)) : null;
    if (cue && actual !== null) end += cue[0].length + actual.length;
    out.push({ ...at, name, target, actual });
    consumed = end;
  }
  return { indicators: out, levels: at };
}

/** A line that heads a section of the report: (一)资金投入情况分析, 二、绩效情况分析, 总体绩效情况分析. */
const SECTION_HEADING =
  /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)|情况分析[。.]?\s*$/u;
/** An amount in 万元 after the words of money put in (投入, 收到…共, 下达, 到位), and after those of money spent. */
const PUT_IN = /(?:投入|收到|到位|下达|安排)[^。；;，,\d]{0,12}?(\d+(?:\.\d+)?)\s*万/u;
const SPENT = /(?:执行数|支出|执行|使用)(?:资金)?(?:为|了)?\s*(\d+(?:\.\d+)?)\s*万/u;
const RATE = /执行率(?:为|是|达)?\s*(\d+(?:\.\d+)?[%％])/u;

/** The budget row the 资金投入 section states: put in, spent, the rate where printed. */
function fundsOf(lines: readonly string[]): { annual: string; executed: string; rate: string } | null {
  const start = lines.findIndex((l) => /资金投入(情况)?/u.test(l) && SECTION_HEADING.test(l));
  if (start < 0) return null;
  let text = '';
  for (let i = start + 1; i < lines.length && !SECTION_HEADING.test(lines[i]!); i++) text += lines[i]! + '。';
  const annual = PUT_IN.exec(text)?.[1];
  const executed = SPENT.exec(text)?.[1];
  if (annual === undefined || executed === undefined) return null;
  return { annual, executed, rate: RATE.exec(text)?.[1] ?? '' };
}

/** A people's organisation named as an office is (镜湖区残联, 某县妇联): the unit a report's title may open with. */
const ORGANISATION = /^\p{Script=Han}{2,20}(?:残联|妇联|总工会|团委|科协|侨联|文联|工商联)$/u;
const isUnitName = (text: string) => isOfficeName(text) || ORGANISATION.test(text);

/** What follows a unit's name at a report title's head: the level of the funds, a transfer, the year. */
const AFTER_UNIT = /^(?:中央|省级|市级|县级|区级|本级)?(?:转移支付|(?:19|20)\d{2}年)/u;

/** The page's publisher (来源:某局, 发布机构: 某局), or the unit the title opens with. */
function unitOf(lines: readonly string[], titleAt: number, title: string): string | null {
  for (const l of lines.slice(0, titleAt)) {
    const m = /(?:来源|发布机构|发文单位)\s*[:：]\s*([^\s|:：]+)/u.exec(l);
    if (m && isUnitName(m[1]!)) return m[1]!;
  }
  // The title's opening office, where the fund or the year follows it (镜湖区残联中央转移支付2023年度…): a title
  // opening with a name that ends like an office (城区公共厕所…) names no unit.
  for (let k = 4; k <= Math.min(20, title.length); k++)
    if (isUnitName(title.slice(0, k)) && AFTER_UNIT.test(title.slice(k))) return title.slice(0, k);
  return null;
}

/** The project or fund a report's title names: its bracketed note (…报告(某某补助资金)), or its words before the year. */
function subjectOf(title: string, unit: string | null): string | null {
  const note = /[（(]([^（）()]+)[)）]\s*$/u.exec(title);
  if (note && /(?:资金|经费|项目|补助|补贴)$/u.test(note[1]!)) return note[1]!;
  let t = title.replace(/[（(][^（）()]*[)）]\s*$/u, '').trim();
  if (unit && t.startsWith(unit)) t = t.slice(unit.length);
  t = t
    .replace(/(?:19|20)\d{2}年度?/gu, '')
    .replace(/(?:项目)?(?:支出)?绩效(?:单位)?(?:自评|评价)报告$/u, '')
    .trim();
  return /\p{Script=Han}{4}/u.test(t) ? t : null;
}

function holdsReportWord(r: Row): boolean {
  for (const c of r.cells) if (c.includes('告')) return true;
  return false;
}

/** The rows with a self-evaluation report whose indicators are sentences rebuilt as its 自评表; else as they were. */
export function readReportSentences(rows: Row[]): Row[] {
  // Every report's title ends in 报告 (titles.ts), which keying leaves as it is: a document without 告 in any
  // cell has none, and its rows are not joined into lines to look (most documents are forms).
  if (!rows.some(holdsReportWord)) return rows;
  const lines = rows.map((r) => r.cells.filter((c) => c.trim() !== '').join(' '));
  const titleAt = lines.findIndex((l) => l.length <= 80 && titleKind(l) === 'evaluation-report');
  if (titleAt < 0) return rows;
  // A report printed with its 自评表: the table is read, not the sentences that tell it again.
  if (rows.some((r) => r.cells.length > 1 && isIndicatorHeader(r))) return rows;
  const indicators: SentenceIndicator[] = [];
  let levels = { level1: '', level2: '' };
  for (const line of lines.slice(titleAt + 1)) {
    const read = sentenceIndicators(line, levels);
    levels = read.levels;
    indicators.push(...read.indicators);
  }
  if (indicators.filter((i) => i.actual !== null).length < MIN_PAIRED) return rows;
  const title = lines[titleAt]!.trim();
  const unit = unitOf(lines, titleAt, title);
  const subject = subjectOf(title, unit);
  const funds = fundsOf(lines.slice(titleAt + 1));
  const year = yearIn(title);
  const at = rows[titleAt]!;
  const line = at.line !== undefined ? { line: at.line } : {};
  const row = (cells: string[]): Row => ({ cells, table: true, ...line });
  return [
    row([`${year !== null ? `${year}年度` : ''}项目支出绩效自评表`]),
    ...(subject ? [row(['项目名称', subject])] : []),
    ...(unit ? [row(['主管部门', unit])] : []),
    ...(funds
      ? [
          row(['项目资金（万元）', '全年预算数', '全年执行数', '执行率']),
          row(['年度资金总额', funds.annual, funds.executed, funds.rate]),
        ]
      : []),
    row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值']),
    ...indicators.map((i) => row([i.level1, i.level2, i.name, i.target, i.actual ?? ''])),
  ];
}
