// Rows of a 部门预算公开, whole or a part of one → Disclosure: explanation sections 一…九, the standard tables,
// the table of contents, key figures and where each figure was read.
import { disclosureTableKind, threePublicLine, type Disclosure, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { labelKey, oneLine } from '../rows/clean-cell.ts';
import { firstFilled, soleText } from './row-helpers.ts';
import { readDisclosureFigures } from './disclosure-figures.ts';
import { readCellLines, readTable, type TableRead } from './disclosure-table.ts';
import { unitOfBudgetScope } from './disclosure-budget-scope.ts';
import { readSpacedRows } from './disclosure-spaced-rows.ts';
import { readAmountLines } from './disclosure-amount-lines.ts';
import {
  contentsEntry,
  cutSections,
  isSectionEntry,
  readFlatContents,
  withoutPageNumbers,
} from './disclosure-contents.ts';
import { titleParts } from './disclosure-detect.ts';
import { coverDepartment, labelledDepartment } from './disclosure-cover-label.ts';
import { withPrintedProse } from './disclosure-prose-rows.ts';
import type { Passage } from './disclosure-prose.ts';
import type { FieldSource } from './provenance.ts';

const SECTION = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.+?)[:：]?$/;
const TABLE_TITLE = /^(?:(19|20)\d{2}\s*年度?\s*)?(.{2,40}表)(（.{1,20}）|\(.{1,20}\))?$/;
const LIST_MARKER = /^\s*([（(]?[一二三四五六七八九十\d]+[)）、.．]|[-•·]\s)/;
const DATE = /发布日期\s*\]?\s*[|:：]?\s*((?:19|20)\d{2}-\d{2}-\d{2})/;

interface Lines {
  title: string;
  lines: Array<{ text: string; line: number | null }>;
}

export interface DisclosureReading {
  disclosure: Disclosure;
  /** Where each figure was read (paths /figures/<key>), for the import preview. */
  sources: FieldSource[];
}

export function recognizeDisclosure(rows: Row[], title: string | null): Disclosure {
  return readDisclosure(rows, title).disclosure;
}

/** `printed`: the rows as the file gave them, spaces and all (a table whose cells are parted by spaces). */
export function readDisclosure(
  given: Row[],
  title: string | null,
  printed: readonly Row[] = [],
): DisclosureReading {
  // A sentence a reading cut into cells (事业收入 | 0万元；…) is read as the prose the file printed.
  const rows = withPrintedProse(given, printed);
  const { department, year } = titleParts(title);
  const sections: Array<Lines & { text?: string }> = [];
  const tables: DisclosureTable[] = [];
  const reads: TableRead[] = [];
  const contents: string[] = [];
  const notes: Passage[] = [];
  const loose: Lines = { title: '', lines: [] };
  let publishedOn: string | null = null;
  let part: string | null = null;
  let partDepartment: string | null = null;
  let current: Lines | null = null;
  let sectionsDone = false;
  let inContents = false;

  const closeSection = () => {
    if (current) sections.push(current);
    current = null;
  };
  const addTable = (read: TableRead) => {
    closeSection();
    sectionsDone = true;
    tables.push(read.table);
    reads.push(read);
    if (read.table.note)
      notes.push({ text: read.table.note, heading: read.table.title, starts: [{ at: 0, line: null }] });
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const text = firstFilled(row);
    publishedOn ??= DATE.exec(row.cells.join('|'))?.[1] ?? null;
    if (row.table) {
      // A title in a table row of its own (a page whose rows were split on |): the table follows.
      const sole = soleText(row);
      const kind = sole ? disclosureTableKind(sole) : null;
      if (sole && kind) {
        const read = readTable(rows, i, tableTitleOf(sole));
        addTable(read);
        i = read.end - 1;
      } else if (sole && /^(注|备注)[:：]/.test(labelKey(sole)))
        notes.push({ text: sole, heading: null, starts: [{ at: 0, line: row.line ?? null }] });
      else if (
        !reads.some((r) => r.end > i) &&
        (i === 0 || !rows[i - 1]!.table) &&
        untitledThreePublic(rows, i)
      ) {
        // A 三公 table printed before its title (单位：万元 | 项目 | 2022年预算数 …, the 说明 under it).
        const read = readTable(rows, i - 1, UNTITLED_THREE_PUBLIC);
        addTable(read);
        i = read.end - 1;
      }
      continue;
    }
    const t = text.trim();
    if (/目\s*录$/.test(labelKey(t)) && t.length <= 60) {
      inContents = true;
      continue;
    }
    // Inside a 目录, numbered lines naming tables are its entries (a numbered heading 一、… is the text's own).
    const next = rows[i + 1] && !rows[i + 1]!.table ? firstFilled(rows[i + 1]!) : '';
    const listed =
      inContents &&
      !current &&
      sections.length === 0 &&
      /^(\d{1,2}\s*[、.．]|[一二三四五六七八九十]+、)/.test(t) &&
      /表/.test(t + next.slice(0, 12));
    if (/^[-•·]\s/.test(row.cells[0] ?? '') || listed) {
      // An entry of the table of contents, maybe broken over two lines ("…“三公”经费支" + "出表").
      const bare = t.replace(/^[-•·]\s*/, '');
      const joined =
        !/表([（(].*[)）])?$/.test(bare) && next && !/^([-•·]|\d{1,2}\s*[、.．]|第)/.test(next)
          ? contentsEntry(bare + next, inContents)
          : null;
      const entry = joined ?? contentsEntry(bare, inContents);
      if (entry) contents.push(entry);
      if (joined) i++;
      continue;
    }
    // The contents end at the first line that is neither an entry nor a part heading (第二部分 …).
    if (!/^第[一二三四五六七八九十]+部分/.test(t)) inContents = false;
    // A PDF page flattened into one paragraph: its contents, then its sections cut at the headings listed.
    if (t.length > 200 && /目\s*录/.test(t)) {
      const flat = readFlatContents(withoutPageNumbers(t));
      if (flat) {
        closeSection();
        const body = withoutPageNumbers(t).slice(flat.body);
        const headings = flat.parts.flatMap((p) => p.entries.filter(isSectionEntry));
        contents.push(
          ...flat.parts.flatMap((p) =>
            p.entries.map((e) => contentsEntry(e, true)).filter((e): e is string => e !== null),
          ),
        );
        for (const s of cutSections(body, headings))
          if (s.text) sections.push({ title: s.title, lines: [{ text: s.text, line: row.line ?? null }] });
        continue;
      }
    }
    const tableTitle = isTableTitle(t, rows, i);
    if (tableTitle) {
      addTable(orAmountLines(readTable(rows, i, tableTitle), rows, i, tableTitle, printed));
      i = reads.at(-1)!.end - 1;
      continue;
    }
    // A numbered title ("一、2024年…“三公”经费支出预算表") opens a table when table rows or cell lines follow;
    // otherwise it is an entry of the table of contents.
    const named = disclosureTableKind(t.replace(/^(\d{1,2}\s*[、.．]|[一二三四五六七八九十]+、)/, ''))
      ? tableTitleOf(t)
      : null;
    const lined = named
      ? orAmountLines(
          tableFollows(rows, i)
            ? readTable(rows, i, named)
            : (readCellLines(rows, i, named) ?? readSpacedRows(rows, i, named, printed)),
          rows,
          i,
          named,
          printed,
        )
      : null;
    if (lined) {
      addTable(lined);
      i = lined.end - 1;
      continue;
    }
    const entry = contentsEntry(t);
    if (entry) {
      contents.push(entry);
      continue;
    }
    const s = SECTION.exec(t);
    if (s && t.length <= 40 && (!sectionsDone || (sections.length === 0 && !current))) {
      closeSection();
      const title =
        part && sections.some((x) => x.title.startsWith(`${s[1]}、`))
          ? `${part}：${s[1]}、${s[2]}`
          : `${s[1]}、${s[2]}`;
      current = { title, lines: [] };
      continue;
    }
    if (/情况说明$|公开说明$/.test(labelKey(t)) && t.length <= 60) {
      closeSection();
      part = t.replace(/^.*?(?:19|20)\d{2}\s*年\s*/, '');
      // A part heading names the department before its year where the title names none: "宣州区审计局2018年预算
      // “三公”经费情况说明" over its table (fresh/638).
      partDepartment ??= unitNamed(titleParts(t).department);
      continue;
    }
    const c = current as Lines | null;
    if (c && !/^\.+$/.test(t)) c.lines.push({ text: t, line: row.line ?? null });
    else if (!c && t && t !== title && !/^(目\s*录|#)/.test(t))
      loose.lines.push({ text: t, line: row.line ?? null });
  }
  closeSection();
  // Text without any heading (a page of prose about the 三公经费) is the explanation itself; so is the text a page
  // cut from the middle of a package holds before its first heading (the end of the section before it).
  if (sections.length === 0 && loose.lines.some((l) => /\d/.test(l.text) && l.text.length > 20))
    sections.push({ ...loose, title: '说明' });
  else if (loose.lines.some((l) => /\d(亿元|万元|千元|\s*元)[，,。；]/.test(l.text)))
    sections.unshift({ ...loose, title: '说明' });

  const joined = sections.map((s) => ({ title: s.title, ...joinLines(s.lines) }));
  const passages: Passage[] = [
    ...joined.map((s) => ({ text: s.text, heading: s.title, starts: s.starts })),
    ...notes,
  ];
  const kinds = tables.map((x) => disclosureTableKind(x.title)?.kind);
  const whole =
    kinds.some((k) => k === 'summary' || k === 'fiscal-summary') && kinds.includes('three-public');
  const disclosure: Disclosure = {
    kind: 'disclosure',
    formType: '部门预算公开',
    title,
    year: year ?? null,
    // A title naming only its place (上海市普陀区2026年区级部门预算) yields to the package's own label, 预算主管部门：X.
    department:
      unitNamed(department) ??
      labelledDepartment(rows) ??
      // A title of the year and the package only (2025 年度部门决算): the cover's lines above it name the department.
      (title && !department && /^(19|20)\d{2}/.test(title.trim())
        ? coverDepartment(rows, title, isUnitName)
        : null) ??
      department ??
      partDepartment ??
      unitNamedIn(joined) ??
      unitOfBudgetScope(joined.map((s) => s.text)),
    sections: joined.map((s) => ({ title: s.title, text: s.text })),
    tables,
    figures: {},
    ...(publishedOn ? { publishedOn } : {}),
    ...(whole ? {} : { partial: true }),
    // A part says which tables the package has; a whole package shows them.
    ...(!whole && contents.length > 0 ? { contents } : {}),
  };
  const read = readDisclosureFigures(disclosure, reads, passages);
  // A fragment without a title: the year is the one its first figure is stated for.
  if (disclosure.year === null) disclosure.year = read.year;
  disclosure.figures = read.figures;
  if (Object.keys(read.statedInText).length > 0) disclosure.statedInText = read.statedInText;
  return { disclosure, sources: read.sources };
}

/**
 * A table the readers above found no data row in (or no table at all) read again from its lines as printed, when
 * they are rows of a label and amounts parted by single spaces or written one cell a line (disclosure-amount-lines.ts).
 */
function orAmountLines<T extends TableRead | null>(
  read: T,
  rows: Row[],
  i: number,
  title: string,
  printed: readonly Row[],
): TableRead | T {
  if (read && read.table.rows.length > 0) return read;
  return readAmountLines(rows, i, title, printed) ?? read;
}

/** Paragraph lines of a PDF extraction joined back: a line that does not end a sentence continues. */
function joinLines(lines: Lines['lines']): { text: string; starts: Passage['starts'] } {
  let out = '';
  const starts: Array<{ at: number; line: number | null }> = [];
  for (const { text: l, line } of lines) {
    if (out === '') out = l;
    else if (/[。；！？:：]$/.test(out) || LIST_MARKER.test(l)) out += '\n' + l;
    else out += /[\p{Script=Han}%）)]$/u.test(out) && /^[\p{Script=Han}\d（(]/u.test(l) ? l : ' ' + l;
    starts.push({ at: out.length - l.length, line });
  }
  return { text: out.replace(/(\d)\s+(?=[%万])/g, '$1').trim(), starts };
}

/** A table title as kept: its own words, brackets full-width, without the year, numbering or trailing cells. */
const UNTITLED_THREE_PUBLIC = '“三公”经费表';

/** Table rows from `i` whose first cells name at least three lines of the 三公 table exactly (合计, 公务接待费 …). */
function untitledThreePublic(rows: readonly Row[], i: number): boolean {
  const keys = new Set<string>();
  for (let k = i; k < rows.length && rows[k]!.table; k++) {
    // A title among the rows: the table has one (read where it stands).
    const sole = soleText(rows[k]!);
    if (sole && disclosureTableKind(sole)) return false;
    const m = threePublicLine(firstFilled(rows[k]!));
    if (m?.exact) keys.add(m.key);
  }
  return keys.size >= 3;
}

function tableTitleOf(text: string): string {
  const key = labelKey(oneLine(text)).replace(/^([一二三四五六七八九十]+、|\d{1,2}[、.．])/, '');
  const m = TABLE_TITLE.exec(key);
  return m ? m[2]! + (m[3] ?? '') : key;
}

/** Table rows follow within a few short lines (单位名称, 单位：万元). */
function tableFollows(rows: Row[], i: number): boolean {
  for (let k = i + 1; k < Math.min(rows.length, i + 6); k++) {
    if (rows[k]!.table) return true;
    if (labelKey(firstFilled(rows[k]!)).length > 30) return false;
  }
  return false;
}

function isTableTitle(text: string, rows: Row[], i: number): string | null {
  const key = labelKey(text);
  const m = TABLE_TITLE.exec(key);
  if (!m || /^(\d{1,2}\s*[.、．]|-)/.test(key)) return null;
  // A title is followed (within a few paragraphs of 单位名称/单位) by table rows.
  for (let k = i + 1; k < Math.min(rows.length, i + 6); k++) {
    if (rows[k]!.table) return (m[2]! + (m[3] ?? '')).replace(/\(/g, '（').replace(/\)/g, '）');
    const t = labelKey(firstFilled(rows[k]!));
    // Only short lines (单位名称：…, a wrapped name, 单位：万元) sit between a title and its table.
    if (t.length > 30 || SECTION.test(t)) return null;
  }
  return null;
}

const UNIT_SUFFIX =
  '中心|局|委员会|政府|院|所|站|办公室|办事处|馆|队|学校|小学|中学|幼儿园|协会|厅|处|镇|街道';

/**
 * A part heading's name when it names a unit: "奉新县2023年“三公”经费预算增减变化情况说明" is the county's 本级
 * total, no department (wide/266, 408).
 */
/** Whether a cover's line names a unit (ends as one does: …局, …办事处, …中心). */
function isUnitName(name: string): boolean {
  return new RegExp(`(${UNIT_SUFFIX})$`, 'u').test(name);
}

function unitNamed(name: string | null): string | null {
  return name && new RegExp(`(${UNIT_SUFFIX}|部|会|乡|社|团)$`, 'u').test(name) ? name : null;
}

/** The unit a profile section names as its subject: "祁阳市浯溪街道教育管理中心是祁阳市教育局下设二级机构". */
function unitNamedIn(sections: ReadonlyArray<{ title: string; text: string }>): string | null {
  const profile = sections.find((s) => /基本(情况|概况)|职责|职能|概况/.test(s.title));
  const m = profile
    ? new RegExp(`(?:^|\\n)([\\p{Script=Han}（）()]{4,30}?(?:${UNIT_SUFFIX}))(?:是|为|系|隶属于)`, 'u').exec(
        profile.text,
      )
    : null;
  return m ? m[1]! : null;
}
