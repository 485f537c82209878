// The project a 自评表's title names (马铃薯种薯繁育示范推广项目绩效目标自评表（2022年度）), and the choice between it
// and the 项目名称 cell: a name cell the OCR garbled shares almost no characters with the title, while the
// title, which is printed larger, survives. The title is taken only where it plainly names a project.
import { labelKey } from '../rows/clean-cell.ts';
import { isOfficeName } from './form-caption.ts';
import { headsPage } from './short-title-name.ts';

/** Stars a page prints for a name it hides from non-members (****2024年度…). */
const MASK = /^[*＊]{2,}/;

/** An office's name before the title's year: 雅安市名山区林业局2024年度林业草原改革发展资金 → [局, 2024年度…]. */
function titledUnitSplit(key: string): [string, string] | null {
  const m = /^(.{2,30}?)((19|20)\d{2}年)/.exec(key);
  return m && isOfficeName(m[1]!) ? [m[1]!, key.slice(m[1]!.length)] : null;
}

/** The title's words without the office it opens with (the unit, not the project). */
function withoutTitledUnit(key: string): string {
  return titledUnitSplit(key)?.[1] ?? key;
}

/**
 * The title's words without the area it opens with before its year (彭水自治县2024年度中央对地方转移支付…): where the
 * form is issued, as an office is who issues it — neither is the project, and neither is the form's unit.
 */
function withoutTitledPlace(key: string): string {
  const m = /^(.{2,20}?)((19|20)\d{2}年)/.exec(key);
  return m && PLACES_ONLY.test(m[1]!) ? key.slice(m[1]!.length) : key;
}

/**
 * The unit a 自评表's title names before its year (某某县林业局2024年度某某资金绩效评价表 → 某某县林业局), where the
 * title goes on to name its project or fund; null otherwise.
 */
export function unitInTitle(title: string | null): string | null {
  if (!title) return null;
  const split = titledUnitSplit(labelKey(title));
  return split && projectNameInTitle(title) !== null ? split[0] : null;
}

/**
 * The office a page's own heading opens with before its year, where the heading publishes a self-evaluation
 * (某某县民政局2022年度中央对地方转移支付项目绩效自评情况公示 → 某某县民政局): the unit of a form whose copy begins
 * past its head, so that no unit cell is printed.
 */
export function unitInPublishingHeading(text: string): string | null {
  const key = labelKey(text);
  if (key.length > 60 || !/绩效自评/.test(key)) return null;
  return titledUnitSplit(key)?.[0] ?? null;
}

/**
 * A title whose unit the page masked (****2024年度某某资金绩效评价表) printed whole elsewhere in the document (the
 * page's own heading): that one; otherwise the title as it is.
 */
export function unmaskedTitle(title: string | null, titles: ReadonlyArray<string | null>): string | null {
  if (!title || !MASK.test(title.trim())) return title;
  const rest = labelKey(title).replace(MASK, '');
  return titles.find((t) => t && !MASK.test(t.trim()) && labelKey(t).endsWith(rest)) ?? title;
}

/** Words any project-expenditure title may hold; what remains names the project. */
const GENERIC_WORDS =
  /年度|本级|[省市县区乡镇]级|财政|预算|项目|专项|资金|支出|经费|转移支付|补助|绩效|目标/g;

/** Words that are place names only, one after another (拉萨市城关区, 某某县): an area, no project. */
const PLACES_ONLY = /^(\p{Script=Han}{1,7}?(省|自治区|市|自治州|州|盟|地区|自治县|县|区|旗|镇|乡|街道))+$/u;

/**
 * The project named in a title: the words before 绩效（目标）自评表, when they end as a project's name does.
 * `headings`: the lines the page prints alone before its form (its heading, a system page's breadcrumb).
 */
export function projectNameInTitle(title: string | null, headings: readonly string[] = []): string | null {
  if (!title) return null;
  const key = labelKey(title);
  // …资金绩效评价表: a fund's evaluation written on a form, titled as a 自评表 is; …项目自评结果: its result sheet.
  const m = /(项目)?(支出)?(?:绩效(目标)?(自评(价)?|评价)表|(?:绩效)?自评结果$)/.exec(key);
  if (!m) return null;
  const written = withoutTitledPlace(
    withoutTitledUnit(
      key
        .slice(0, m.index + (m[1] ?? '').length)
        // 文本内容：马铃薯…: a page's label before the title is no part of the name (附件：2022年… stays a year's title).
        .replace(/^[^：:]*[：:](?!\d)/, '')
        // ****2024年度…: a page that masks the unit's name before the year.
        .replace(MASK, ''),
    ),
  );
  const lead = /^[（(]?(19|20)\d{2}年度?[）)]?/.exec(written)?.[0] ?? '';
  const rest = written.slice(lead.length);
  // A unit's or a year's generic title (某局2022年度项目支出绩效自评表) names no project: a year or 部门 in it, or
  // nothing before 项目, and it is left alone.
  if (/(19|20)\d{2}|部门|单位整体/.test(rest)) return null;
  // 年度财政项目, 县级专项资金: the words of a kind of form, not of one project — at least four other characters,
  // or two or three that the page prints as its own heading (short-title-name.ts).
  const own = rest.replace(GENERIC_WORDS, '');
  if (own.length < 4 && !headsPage(own, rest, headings)) return null;
  // 拉萨市城关区项目支出绩效自评表: a place before 项目 is where the form is issued, not a project's name.
  if (PLACES_ONLY.test(own)) return null;
  // 2020年省级…补助经费: a year written before the words (2020年, not the report's 2020年度) is the project's own.
  const words = /^(19|20)\d{2}年$/.test(lead) ? written : rest;
  // …专项业务费: a fee names the money as 经费 does.
  return /(项目|资金|工程|费|专项)$/.test(words) ? words : null;
}

/** The share of the first text's characters that the second holds too. */
function sharedShare(cell: string, title: string): number {
  const chars = [...labelKey(cell)];
  if (chars.length === 0) return 0;
  const inTitle = new Set(title);
  return chars.filter((c) => inTitle.has(c)).length / chars.length;
}

/**
 * The project name: the name cell, unless the title names a project and the cell shares less than half of
 * its characters with it (a garbled cell); the title's name where there is no cell.
 */
export function chooseProjectName(
  cell: string | null,
  title: string | null,
  headings: readonly string[] = [],
): string | null {
  // A page's heading vouches for a short name only where no name cell is printed: a cell names the project surely.
  const fromTitle = projectNameInTitle(title, cell === null ? headings : []);
  if (!fromTitle) return cell;
  if (cell === null) return fromTitle;
  // A 绩效评价表 is titled by the fund that supported the project (…专项资金 项目绩效评价表): its own name is the cell's.
  if (/绩效评价表/.test(labelKey(title ?? ''))) return cell;
  // A cell that holds most of the title's words is no garbled copy of it, however much longer it runs
  // (车辆购置税收入补助地方资金（普通省道公路建设） under a page titled 中央车购税对地方补助资金…自评表).
  return sharedShare(cell, fromTitle) < 0.5 && sharedShare(fromTitle, cell) < 0.75 ? fromTitle : cell;
}
