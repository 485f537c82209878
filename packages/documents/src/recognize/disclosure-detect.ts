// Is this (part of) a 部门预算公开? A package title of any spelling, a standard table's title, a table of contents
// of such tables, or text stating 三公经费 / budget totals. Also where its department and year are written.
import { disclosureTableKind, lexiconKey } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { filledCells } from './row-helpers.ts';
import { yearIn } from './titles.ts';

/** How the titles of a whole package or of one of its parts end (as lexiconKey writes them). */
const PACKAGE_TITLES = [
  '部门预算公开',
  '部门预算信息公开',
  '部门预算',
  '部门预算情况说明',
  '部门预算说明',
  '部门预算公开说明',
  // 部门决算公开: the year's final accounts, published in the same package form after the year.
  '部门决算公开',
  '部门决算公开表',
  '部门预算公开表',
  '部门决算信息公开',
  '部门决算',
  '部门决算情况说明',
  '单位决算公开',
  '单位预算公开',
  '单位预算',
  '单位预算情况说明',
  '政府预算报告',
  '预算公开',
  '三公经费预算',
  '三公经费支出预算',
  '三公经费预算安排情况',
  '三公经费支出预算安排情况',
  '三公经费预算情况说明',
  '三公经费支出预算情况说明',
];

/** Words that open the subject of a title after the department's name: "2024年昌宁县卡斯镇“三公”经费…". */
const TOPIC_WORDS = [
  '三公',
  '部门预算',
  '部门决算',
  '单位预算',
  '单位决算',
  '部门收支',
  '部门（单位）',
  '一般公共预算',
  '政府性基金',
  '财政拨款',
  '政府预算',
  '收支',
  '预算',
];

const MAX_TITLE = 60;

/** A package or part title ("…2023年部门预算情况说明"), or a standard table's title; null for other text. */
export function disclosureTitleText(text: string): string | null {
  const t = text
    .replace(/[|\s]+$/, '')
    // A file's name as its title (…部门决算公开表20221013044707503.xls): without its extension and the upload's
    // time stamp the site appended.
    .replace(/\.(?:pdf|xlsx?|docx?|wps|et)$/i, '')
    .replace(/(?<=\p{Script=Han})\d{12,}$/u, '')
    .trim();
  const k = lexiconKey(t).replace(/目录$/, '');
  if (k.length < 4 || k.length > MAX_TITLE || /[。；]/.test(k)) return null;
  if (PACKAGE_TITLES.some((p) => k.endsWith(p)) || disclosureTableKind(k)) return t;
  return null;
}

/** A list item naming a dated file: 附件1.2025年…, 2.2025年… (a number, then the year the file is of). */
const LISTED_ATTACHMENT = /^(?:附件|附表)?\s*\d{1,2}\s*[.、．:：]\s*(?:19|20)\d{2}\s*年/;

/**
 * The title a disclosure opens with in its first rows, before any other form's title (`before`): a title line,
 * one broken over two lines ("…管委会)2024年" + "一般公共预算“三公”经费预算"), or the head of a flattened page.
 */
export function disclosureOpening(rows: readonly Row[], before: number): string | null {
  const end = Math.min(rows.length, before, 20);
  let fileName: string | null = null;
  for (let i = 0; i < end; i++) {
    const f = filledCells(rows[i]!);
    if (f.length === 0 || f.length > 2) continue;
    const text = f[0]!;
    // "2.2025年某某项目绩效目标表" under 附件1.…: an item of a notice's list of attachments, not a package's title.
    if (LISTED_ATTACHMENT.test(text)) continue;
    const next = i + 1 < end ? filledCells(rows[i + 1]!)[0] : undefined;
    if (/年度?$/.test(text) && text.length <= 40 && next && disclosureTitleText(next))
      return `${text}${next}`;
    const head = /^(.{2,50}?(?:19|20)\d{2}\s*年度?\s*(?:部门|单位)预算(?:公开)?)(?=\s|目\s*录)/.exec(text);
    const title = disclosureTitleText(text) ?? (head ? head[1]! : null);
    if (!title) continue;
    // A page title that is a file name ("…2022年部门预算.pdf") names the unit shorter than the page does.
    if (/\.pdf$/i.test(text)) fileName ??= title;
    else return title;
  }
  return fileName;
}

/** True for rows that state disclosure figures in their text or list its standard tables. */
export function statesDisclosure(rows: readonly Row[]): boolean {
  let listed = 0;
  let threePublicNamed = false;
  let threePublicLine = false;
  for (const r of rows) {
    for (const c of filledCells(r)) {
      const t = lexiconKey(c);
      // "…三公经费项目 | 合计 | 因公出国(境)费 …" over its figures, and a text stating a 三公 line's amount
      // (决算车辆运行维护费用2.94万元, 公务接待费用4万元) without the word 三公 near it: a 三公 page too, when both stand.
      if (/三公/.test(t)) threePublicNamed = true;
      if (
        /(公务接待|公务用车|车辆(购置|运行)|因公出国)[^。；;，,\d]{0,10}?\d+(\.\d+)?(亿元|万元|千元|元)/.test(
          t,
        )
      )
        threePublicLine = true;
      // In 万元 or in 元 / 千元 / 亿元 alike ("基本支出预算 2476260.58 元").
      if (
        /三公.{0,40}?\d+(\.\d+)?(亿元|万元|千元|元)/.test(t) ||
        /(收入|支出)(总)?预算[^。]{0,12}?\d+(\.\d+)?(亿元|万元|千元|元)/.test(t) ||
        // A 决算's totals (本年收入合计3765.66万元, 支出决算为67.64万元) and a 政府采购 budget (政府采购预算 17000 元)
        // are a disclosure's own figures as well.
        /(收入|支出)(合计|总计|决算[为数]?)\d+(\.\d+)?(亿元|万元|千元|元)/.test(t) ||
        /政府采购(预算|支出)[^。]{0,6}?\d+(\.\d+)?(亿元|万元|千元|元)/.test(t) ||
        // A unit's own totals and funds in any wording (总收入581.45万元, 本年支出 116.12 万元, 财政拨款收支总预算
        // 7,057,486.18 元, 一般公共预算拨款支出 7,034,418.94 元), figures with thousands' separators alike.
        /(总收入|总支出|本年收入|本年支出|收支总预算|财政拨款收入|一般公共预算(财政)?拨款(收入|支出))[^。，,]{0,4}?\d{1,3}(,?\d{3})*(\.\d+)?(亿元|万元|千元|元)/.test(
          t,
        )
      )
        return true;
      if (t.length <= MAX_TITLE && disclosureTableKind(t.replace(/^\d{1,2}[、.．]/, ''))) listed++;
      if (t.length > MAX_TITLE && (t.match(/[一二三四五六七八九十]+、[^、]{2,30}?表/g)?.length ?? 0) >= 3)
        return true;
    }
  }
  return listed >= 2 || (threePublicNamed && threePublicLine);
}

/** A name of the words 部门 and 单位 alone, with their separators: 部门/, 部门（单位）. */
const GENERIC_UNIT = /^(部门|单位|[/／、（）()])+$/u;

/** Department and year from a title: the name before the year, or between the year and the subject. */
export function titleParts(title: string | null): { department: string | null; year: number | null } {
  if (!title) return { department: null, year: null };
  const t = title
    .replace(/\.pdf$/i, '')
    .replace(/^\d{3,}\s*[-_]\s*/, '')
    .replace(/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*/, '')
    // "关于上海市嘉定区司法局2017年度…情况说明": 关于 opens the heading, not the name (wide/260).
    .replace(/^关于\s*/, '')
    .trim();
  const m = /^(.*?)\s*((?:19|20)\d{2})\s*年度?\s*(.*)$/.exec(t);
  if (!m) return { department: null, year: yearIn(t) };
  let department = m[1]!.trim();
  if (!department) {
    const rest = lexiconKey(m[3]!);
    const at = Math.min(...TOPIC_WORDS.map((w) => rest.indexOf(w)).filter((i) => i >= 0));
    department = Number.isFinite(at) && at >= 2 ? rest.slice(0, at) : '';
  }
  const name = department ? withoutScope(withoutRegion(department.replace(/\s+/g, ''))) : '';
  // "2024年部门/单位预算情况说明" names no one: 部门 / 单位 are the package's words for whoever publishes it (fresh/640).
  return { department: name && !GENERIC_UNIT.test(name) ? name : null, year: Number(m[2]) };
}

/**
 * "海城市委宣传部（本级）" → "海城市委宣传部": 本级 (the department's own accounts) and 汇总 (its units' summed) say
 * which accounts a package covers, not who the department is.
 */
function withoutScope(name: string): string {
  return name.replace(/[（(]?(?:部门|单位)?(?:本级|汇总)[)）]?$/u, '');
}

/**
 * "新疆维吾尔自治区巴音郭楞蒙古自治州若羌县…卫生院" → "若羌县…卫生院": a unit names itself from its county. A province's
 * name is two to five characters before 省 / 自治区: 中国人民政治协商会议云南省 is the body's name, kept (wide/360).
 */
function withoutRegion(name: string): string {
  const m =
    /^(?:[\p{Script=Han}]{2,5}?(?:自治区|省))?(?:[\p{Script=Han}]{2,14}?(?:自治州|地区|盟))?(.+)$/u.exec(
      name,
    );
  const rest = m?.[1] ?? name;
  return rest !== name && /^[\p{Script=Han}]{1,8}?(县|区|市|旗)/u.test(rest) && rest.length >= 6
    ? rest
    : name;
}
