// Rows → canonical forms: splits a document into the forms it holds (by their titles and their first
// fields, never by position) and hands each part to the recogniser of its kind.
import { joinValuesAroundLabels } from './labels-between-wrapped-values.ts';
import { unmaskedTitle } from './evaluation-title-name.ts';
import { withoutBlockHeading } from './block-heading.ts';
import {
  canonicalLevel1,
  canonicalLevel2,
  detectFramework,
  frameworkById,
  type EvaluationDocument,
  type Form,
  type ProjectForm,
} from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { labelKey, oneLine } from '../rows/clean-cell.ts';
import { cleanRows } from '../rows/clean-rows.ts';
import {
  departmentLabel,
  isKnownLabel,
  projectLabel,
  splitInlineLabel,
  withTaughtLabels,
  type ProjectField,
} from './labels.ts';
import { isLevelName } from './level-names.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { readBlankPartedCells } from './blank-parted-cells.ts';
import { departmentSources, projectSources } from './locate-sources.ts';
import type { FieldSource, RecognizeOptions } from './provenance.ts';
import {
  isEvaluationKind,
  isUnsupportedKind,
  reportSectionKind,
  titleKind,
  type EvaluationKind,
  type TitleKind,
  type UnsupportedKind,
} from './titles.ts';
import { filledCells } from './row-helpers.ts';
import { recognizeProjectForm } from './project-form.ts';
import { mentionFinder } from './project-mentions.ts';
import { findProjectListHeader, recognizeProjectList } from './project-list-table.ts';
import { recognizeDepartmentForm } from './department-form.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';
import { reportFormEvaluation } from './report-form.ts';
import { gridFromCellLines } from './cell-line-grid.ts';
import { recognizeMonitoringDocument } from './monitoring-document.ts';
import { readDisclosure } from './disclosure.ts';
import { disclosureOpening, statesDisclosure } from './disclosure-detect.ts';
import { retabulate } from './cell-stream.ts';
import { readGoalSlotRows } from './goal-slot-rows.ts';
import { withoutFillingNotes } from './filling-notes.ts';
import { readLabelColumn } from './label-column.ts';
import { partsFiguresByGaps } from './gap-parted-figures.ts';
import { lexiconKey } from './lexicon.ts';
import { joinBrokenLines } from './broken-lines.ts';
import { readCellLineIndicatorRows, readSpacedIndicatorRows } from './cell-line-indicator-rows.ts';
import { endsInsideEvaluation } from './cut-evaluation.ts';
import { joinHeaderLines } from './header-lines.ts';
import { endsInsideForm } from './cut-form.ts';
import { cutNextFormName } from './cut-next-form.ts';
import { cutInHeaderName } from './cut-in-header-form.ts';
import { isAttachmentMark } from './attachment-mark-cell.ts';
import { splitSpacedRows } from './spaced-rows.ts';
import { readSpacedProjectList } from './spaced-project-list.ts';
import { partLevelsTouchingNames } from './level-touching-name.ts';
import { joinSplitHeaders } from './split-header.ts';
import { withoutLevelPoints } from './level-points-columns.ts';
import { takeTrailingCaptions } from './form-caption.ts';
import { readOutlineTables } from './outline-table.ts';
import { readHeadingOutlines } from './heading-outline.ts';
import { readCodedListRows } from './coded-list-rows.ts';
import { readBracketedGoalList } from './bracketed-goal-list.ts';
import { readGradedRuns } from './graded-runs.ts';
import { headsEvaluationTable } from './evaluation-title-heading.ts';
import { budgetColumnOf, periodOfLabel } from './evaluation-budget-labels.ts';
import { opensUntitledDepartment } from './untitled-department.ts';
import { readReportSentences } from './report-sentences.ts';
import { readNumberedIndicatorCells } from './numbered-indicator-cells.ts';
import { readLabelledIndicatorCells } from './labelled-indicator-cells.ts';
import { rebuildRuns } from './rebuilt-runs.ts';

export interface Segment {
  kind: TitleKind;
  title: string | null;
  rows: Row[];
  /** The segment has seen its identifying field (项目名称 / 部门名称). */
  named: boolean;
}

export function recognizeForms(input: Row[], options: RecognizeOptions = {}): Form[] {
  // Callers that want the forms only do not pay for locating every value.
  return withTaughtLabels(options.labels ?? [], () => recognize(input, false)).forms;
}

export interface RecognizedDocument {
  forms: Form[];
  /** 自评表 and 监控表 read as documents of their own. */
  evaluations: EvaluationDocument[];
  /** Kinds recognised by title but not read (prose reports). */
  unsupported: UnsupportedKind[];
  /** 自评表 / 监控表 titled as such whose table could not be read (cells run together, no header). */
  unread: EvaluationKind[];
  /** Per form, in the order of `forms`: where each value was read (a disclosure: /figures/<key>). */
  sources: FieldSource[][];
  /** Labels written in the forms that the lexicon does not know (their values are kept as written). */
  unknownLabels: string[];
  /**
   * When no form was found: what the document did hold — an indicator table and how many indicators (null
   * without one), and the title of a target form that named nothing under it.
   */
  found: { indicators: number | null; title: string | null } | null;
}

/** The rows with an indicator table written one cell a line, its rows parted by blank lines, rebuilt. */
function blankPartedCells(input: Row[]): Row[] {
  return readBlankPartedCells(input) ?? input;
}

/**
 * The passes that rebuild what a copy broke before the forms are cut out, in order: each takes the rows and gives
 * them back rebuilt (or as they were). Cells are re-tabulated as written (their spaces still part cells), then
 * cleaned. Named, so that bench/import-passes.ts can time each over a batch.
 */
export const ROW_PASSES: ReadonlyArray<readonly [string, (rows: Row[]) => Row[]]> = [
  ['readGradedRuns', readGradedRuns],
  ['readNumberedIndicatorCells', readNumberedIndicatorCells],
  ['readLabelledIndicatorCells', readLabelledIndicatorCells],
  ['readBracketedGoalList', readBracketedGoalList],
  ['readLabelColumn', readLabelColumn],
  ['joinWrappedTitles', joinWrappedTitles],
  ['withoutFillingNotes', withoutFillingNotes],
  ['readGoalSlotRows', readGoalSlotRows],
  ['blankPartedCells', blankPartedCells],
  ['readCodedListRows', readCodedListRows],
  ['readOutlineTables', readOutlineTables],
  ['readSpacedProjectList', readSpacedProjectList],
  // Before the spaced rows are cut: a row whose values wrapped around its labels' line (fresh/641).
  ['joinValuesAroundLabels', joinValuesAroundLabels],
  ['splitSpacedRows', splitSpacedRows],
  // The rows the gap splitting left whole: single spaces part these cells (fresh/641).
  ['readSpacedIndicatorRows', readSpacedIndicatorRows],
  ['partLevelsTouchingNames', partLevelsTouchingNames],
  ['joinHeaderLines', joinHeaderLines],
  ['joinBrokenLines', joinBrokenLines],
  ['retabulate', retabulate],
  // Last of the table builders: only the lines no pass above took (fresh/641, 642; docs/001 is the grid's).
  ['readCellLineIndicatorRows', readCellLineIndicatorRows],
  ['cleanRows', cleanRows],
  ['joinSplitHeaders', joinSplitHeaders],
  ['withoutLevelPoints', withoutLevelPoints],
];

/** The rows after every pass of ROW_PASSES. */
export function readRows(input: Row[]): Row[] {
  let rows = input;
  for (const [, pass] of ROW_PASSES) rows = pass(rows);
  return rows;
}

/** The forms of a document, its 自评表 / 监控表, where their values were read, and what could not be placed. */
export function recognizeDocument(input: Row[], options: RecognizeOptions = {}): RecognizedDocument {
  return withTaughtLabels(options.labels ?? [], () => recognize(input, true));
}

function recognize(given: Row[], locate: boolean): RecognizedDocument {
  // A table copied one cell per line with its empty cells kept is rebuilt on its header's width first
  // (cell-line-grid.ts): the empty cells, which the passes below drop, place each figure in its column.
  const grid = gridFromCellLines(given);
  // Targets set out as an outline of numbered headings (heading-outline.ts) are rebuilt as their table first.
  // … and a self-evaluation report whose indicators are sentences, as the 自评表 it states (report-sentences.ts).
  const input = readReportSentences(readHeadingOutlines(grid ?? given));
  const rows = readRows(input);
  const segments = segment(rows);
  // A copy that printed its figures apart by gaps keeps each figure whole (gap-parted-figures.ts); only a 自评表
  // asks, so the scan over every cell waits for one.
  let gaps: boolean | undefined;
  const evaluations: EvaluationDocument[] = [];
  // A 自评报告 whose body is a 自评表's form (report-form.ts) is read as that 自评表; one in prose stays a report.
  const reports: UnsupportedKind[] = [];
  for (const s of segments) {
    if (!isUnsupportedKind(s.kind)) continue;
    const form =
      s.kind === 'evaluation-report'
        ? reportFormEvaluation(s.rows, s.title, grid !== null || (gaps ??= partsFiguresByGaps(input)))
        : null;
    if (form) evaluations.push(form);
    else reports.push(s.kind);
  }
  const unsupported = [...new Set(reports)];
  const unread: EvaluationKind[] = [];
  for (const s of segments) {
    if (!isEvaluationKind(s.kind)) continue;
    const doc =
      s.kind === 'self-evaluation'
        ? grid !== null
          ? recognizeSelfEvaluationDocument(
              s.rows,
              s.title,
              null,
              true,
              true,
              true,
              printedRows(given, s.rows),
            )
          : recognizeSelfEvaluationDocument(
              s.rows,
              s.title,
              null,
              (gaps ??= partsFiguresByGaps(input)),
              false,
              true,
              printedRows(given, s.rows),
            )
        : recognizeMonitoringDocument(s.rows, s.title);
    if (doc && doc.kind === 'self-evaluation' && s === segments.at(-1) && endsInsideEvaluation(s.rows))
      doc.cutOff = true;
    if (doc) evaluations.push(doc);
    else unread.push(s.kind);
  }
  const forms: Form[] = [];
  const sources: FieldSource[][] = [];
  const unknown = new Set<string>();
  // A part of a disclosure without any title (a page of prose about the 三公经费) is still one.
  const disclosure =
    segments.find((s) => s.kind === 'disclosure') ??
    (segments.length === 0 && statesDisclosure(rows)
      ? { kind: 'disclosure' as const, title: null, rows, named: false }
      : undefined);
  const reading = disclosure
    ? readDisclosure(disclosure.rows, disclosure.title, printedRows(given, disclosure.rows))
    : null;
  const d = reading?.disclosure ?? null;
  const mentionsOf = mentionFinder(rows);
  if (d) {
    forms.push(d);
    sources.push(locate ? reading!.sources : []);
  }
  for (const s of segments) {
    const listed = s.kind === 'project' ? findProjectListHeader(s.rows) : null;
    if (listed) {
      const defaults = { year: d?.year ?? null, unit: d?.department ?? null };
      const listedForms = recognizeProjectList(s.rows, listed, s.title, defaults);
      // A list of projects the copy stops inside: its last project is the one cut (its rows run to the end).
      const lastListed = s === segments.at(-1) ? listedForms.at(-1) : undefined;
      if (lastListed && endsInsideForm(s.rows, lastListed)) lastListed.cutOff = true;
      for (const f of listedForms) {
        forms.push(withFramework(f));
        sources.push(locate ? projectSources(f, s.rows) : []);
      }
    } else if (s.kind === 'project') {
      const f = recognizeProjectForm(s.rows, s.title, { year: d?.year ?? null, unit: d?.department ?? null });
      // The page's next form, titled as the one before it, cut by the copy before its table (cut-next-form.ts).
      const before = forms.findLast((g): g is ProjectForm => g.kind === 'project');
      // … or the last form, cut inside its indicator table's header, named by its title (cut-in-header-form.ts).
      if (!f.name && f.indicators.length === 0 && s === segments.at(-1))
        f.name = cutNextFormName(s.title, before) ?? cutInHeaderName(s.title, s.rows);
      if (f.name || f.indicators.length > 0) {
        if (s === segments.at(-1) && endsInsideForm(s.rows, f)) f.cutOff = true;
        const mentions = mentionsOf(f.name);
        if (mentions.length > 0) f.mentions = mentions;
        forms.push(withFramework(f));
        sources.push(locate ? projectSources(f, s.rows) : []);
        for (const label of Object.keys(f.extra ?? {})) if (!isKnownLabel(label)) unknown.add(label);
      }
    } else if (s.kind === 'department') {
      const f = recognizeDepartmentForm(s.rows, s.title, { year: d?.year ?? null });
      if (f.department || f.indicators.length > 0 || f.funds.income.length > 0) {
        if (s === segments.at(-1) && endsInsideForm(s.rows, f)) f.cutOff = true;
        forms.push(withFramework(f));
        sources.push(locate ? departmentSources(f, s.rows) : []);
        if (locate) for (const label of unknownDepartmentLabels(s.rows)) unknown.add(label);
      }
    }
  }
  dropNamesBesideForms(forms, sources, evaluations.length);
  if (d)
    d.forms = forms
      .filter((f) => f !== d)
      .map((f) => (f.kind === 'project' ? (f.name ?? '') : (f.department ?? '')));
  // No form: say what there was, so the message can name what is missing.
  const nothing = forms.length === 0 && evaluations.length === 0;
  const table = nothing && rows.some(isIndicatorHeader);
  const title = nothing
    ? (segments.find((s) => (s.kind === 'project' || s.kind === 'department') && s.title)?.title ?? null)
    : null;
  const found =
    table || title !== null
      ? {
          indicators: table
            ? recognizeProjectForm(rows, null, { year: null, unit: null }).indicators.length
            : null,
          title,
        }
      : null;
  return { forms, evaluations, unsupported, unread, sources, unknownLabels: [...unknown], found };
}

function withFramework<F extends Form & { kind: 'project' | 'department' }>(form: F): F {
  if (form.indicators.length === 0) return form;
  form.framework = detectFramework(form.kind, form.indicators).id;
  // Names were normalised row by row; the form's own framework decides between look-alike trees
  // (满意度 is a department 一级 and a project alias).
  const fw = frameworkById(form.framework);
  if (fw) {
    for (const ind of form.indicators) {
      if (ind.level1) ind.level1 = canonicalLevel1(fw, ind.level1) ?? ind.level1;
      if (ind.level2) ind.level2 = canonicalLevel2(fw, ind.level1, ind.level2) ?? ind.level2;
    }
    for (const e of form.emptyLevel2 ?? []) {
      if (e.level1) e.level1 = canonicalLevel1(fw, e.level1) ?? e.level1;
      e.level2 = canonicalLevel2(fw, e.level1, e.level2) ?? e.level2;
    }
  }
  return form;
}

/**
 * A department form of nothing but a name — no title, no indicator, no fund — beside a form or a 自评表 / 监控表
 * read in the same document is no form: it is a unit named in the text around that form (a portal page's 发文单位
 * over the table, a label the organisation taught for the table's own 实施单位). Alone it stays: the name is all a
 * user has to tell which form a file is (the preview lets them point at the rest). Removed in place, with its
 * sources.
 */
function dropNamesBesideForms(forms: Form[], sources: FieldSource[][], evaluations: number): void {
  const nameOnly = (f: Form) =>
    f.kind === 'department' &&
    !f.title &&
    f.indicators.length === 0 &&
    f.funds.income.length === 0 &&
    f.funds.expenditure.length === 0;
  if (evaluations === 0 && forms.every(nameOnly)) return;
  for (let i = forms.length - 1; i >= 0; i--)
    if (nameOnly(forms[i]!)) {
      forms.splice(i, 1);
      sources.splice(i, 1);
    }
}

/** The title a row's filled cells give (one or two cells, the first a title), or null. */
function titleOf(f: readonly string[]): { kind: TitleKind; text: string } | null {
  if (f.length === 0 || f.length > 2) return null;
  // 附件2 | 某某资金绩效目标表: the attachment's number in a cell of its own before the title, where the copy put the
  // two lines in one row (attachment-mark-cell.ts).
  const at = f.length === 2 && isAttachmentMark(f[0]!) ? 1 : 0;
  const kind = titleKind(f[at]!);
  return kind ? { kind, text: f[at]! } : null;
}

/** Department labels a project form uses for its unit too: they do not start a department form by themselves. */
const NAMES_ANY_UNIT: ReadonlySet<string> = new Set(
  ['单位名称', '预算单位', '预算单位名称', '预算部门'].map(lexiconKey),
);

/**
 * Rows holding an indicator table's header: in one row, or broken word by word over rows of their own (一级 /
 * 指标 / 二级 / 指标 / 三级 / 指标, as a Word or PDF copy of a printed table gives it) — the level headings in order.
 */
function holdsIndicatorHeader(rows: readonly Row[]): boolean {
  if (rows.some(isIndicatorHeader)) return true;
  const key = lexiconKey(rows.map((r) => filledCells(r).join('')).join(''));
  const l1 = key.indexOf('一级指标');
  return l1 >= 0 && key.indexOf('三级指标', l1) > l1;
}

/** Fewest indicator rows led by a level name that make the rows before a title an earlier form's tail. */
const MIN_TAIL_LEVEL_ROWS = 2;

/**
 * Rows that end an earlier 自评表 cut before its header: indicator rows led by a 一级 / 二级 name (成本指标 | … | 5),
 * then the form's closing — its 合计 / 总分 with a figure, or its 评价结论 / signature labels — and no title or
 * header among them.
 */
function closesEarlierForm(rows: readonly Row[]): boolean {
  if (rows.length === 0 || holdsIndicatorHeader(rows)) return false;
  let levelRows = 0;
  let closed = false;
  for (const r of rows) {
    const f = filledCells(r);
    const first = f[0] ?? '';
    if (
      levelRows >= MIN_TAIL_LEVEL_ROWS &&
      /^(合计|总分)$/.test(labelKey(first)) &&
      f.slice(1).some((c) => /^\d+(\.\d+)?$/.test(c.trim()))
    )
      closed = true;
    if (levelRows >= MIN_TAIL_LEVEL_ROWS && /^(评价结论|项目负责人)[:：]?$/.test(labelKey(first)))
      closed = true;
    if (f.length >= 3 && isLevelName(first) !== null) levelRows++;
  }
  return closed;
}

/** The tail of a title a page's width wrapped onto a line of its own: a few characters (效目标自评表). */
const MAX_TITLE_TAIL = 12;
/** A line the page's width wrapped is long; a short one is a line of its own (a goal, a heading's words). */
const MIN_WRAPPED_LINE = 16;
/** A line that ends a sentence or a clause was not wrapped inside a title. */
const CLAUSE_END = /[。．.；;：:，,、！!？?]$/;

/**
 * The rows with a title a page's width wrapped over two lines whole again (…转移支付区域(项目)绩 / 效目标自评表, a
 * PDF's centred heading): two paragraph lines, neither a title, that make one joined.
 */
function joinWrappedTitles(rows: Row[]): Row[] {
  return rebuildRuns(rows, (i) => {
    const a = paragraphLine(rows[i]);
    const b = paragraphLine(rows[i + 1]);
    const joined =
      a !== null &&
      b !== null &&
      b.length <= MAX_TITLE_TAIL &&
      a.length >= MIN_WRAPPED_LINE &&
      !CLAUSE_END.test(a) &&
      titleKind(a) === null &&
      titleKind(b) === null &&
      titleKind(a + b) !== null;
    return joined ? { rows: [{ ...rows[i]!, cells: [a + b] }], end: i + 2 } : null;
  });
}

/** A paragraph's one line, trimmed; null for a table's row or no row. */
function paragraphLine(r: Row | undefined): string | null {
  return r !== undefined && !r.table && r.cells.length === 1 ? r.cells[0]!.trim() : null;
}

/** The document's rows cut into the forms they hold (exported for bench/import-passes.ts). */
/**
 * The rows of the file as given that a segment's rows came from: those of each sheet, table or page whose line
 * lies within the lines the segment's rows of it hold (a text's lines; the readings may have joined or parted them).
 */
function printedRows(given: readonly Row[], rows: readonly Row[]): Row[] {
  const spans = new Map<string | undefined, [number, number]>();
  for (const r of rows) {
    if (r.line === undefined) continue;
    const span = spans.get(r.source);
    spans.set(r.source, span ? [Math.min(span[0], r.line), Math.max(span[1], r.line)] : [r.line, r.line]);
  }
  return given.filter((r) => {
    const span = r.line === undefined ? undefined : spans.get(r.source);
    return span !== undefined && r.line! >= span[0] && r.line! <= span[1];
  });
}

export function segment(rows: Row[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const preamble: Row[] = [];
  // A disclosure opens with its own title; everything until the first embedded form belongs to it.
  const firstAt = rows.slice(0, 20).findIndex((r) => titleOf(filledCells(r)) !== null);
  const firstTitle = firstAt < 0 ? null : titleOf(filledCells(rows[firstAt]!));
  if (firstTitle?.kind === 'disclosure')
    current = startSegment(segments, preamble, 'disclosure', firstTitle.text);
  else {
    // A disclosure (or a part of one) titled in another province's words, before any other form's title.
    const opening = disclosureOpening(rows, firstAt < 0 ? rows.length : firstAt);
    if (opening) current = startSegment(segments, preamble, 'disclosure', opening);
  }

  let lastProjectTitle: string | null = null;
  const titles: { kind: TitleKind; key: string }[] = [];
  // Only the copy's end cuts a title short: a line before it that opens like a title (the unit's name alone,
  // above its signature) is a line of the form.
  let lastFilled = rows.length - 1;
  while (lastFilled >= 0 && filledCells(rows[lastFilled]!).length === 0) lastFilled--;
  for (const [at, row] of rows.entries()) {
    // The row's filled cells, worked out once for the title, the first label and the counts below.
    const filled = filledCells(row);
    const title = titleOf(filled);
    const first = filled[0] ?? '';
    if (title) titles.push({ kind: title.kind, key: labelKey(title.text) });
    // The beginning of a title the document printed before, alone on its last row: the next form's title, cut
    // by the copy (…2019年项目支出预算绩). It opens that form; it is no row of the form before.
    const cutTitle = title || at !== lastFilled ? undefined : cutRepeatOf(filled, titles);
    if (cutTitle && current?.kind !== 'disclosure') {
      current = startSegment(segments, preamble, cutTitle.kind, first);
      current.rows.push(row);
      continue;
    }
    // A disclosure's text names later stages (…绩效评价报告) without holding them: not a new part.
    // … unless an evaluation title heads its own table there (a 决算 page's 附件二 部门整体支出绩效自评表).
    const mentionOnly =
      title !== null &&
      (isUnsupportedKind(title.kind) || isEvaluationKind(title.kind)) &&
      current?.kind === 'disclosure' &&
      !(isEvaluationKind(title.kind) && headsEvaluationTable(rows, at + 1, (f) => titleOf(f) !== null));
    // The form's own title printed again at the head of each page (a .doc's page header), over rows that name no
    // project of their own: the same form goes on, the repeat is no row of it.
    if (
      title &&
      current?.named &&
      current.kind === title.kind &&
      title.text === current.title &&
      !namesProjectAhead(rows, at + 1)
    ) {
      // 佳县财政支出项目绩效目标申报表 | 长期绩效指标: what the copy put on the title's line after it (the heading of
      // the table below) is the form's still.
      const k = row.cells.findIndex((c) => oneLine(c) === first);
      if (filled.length > 1 && k >= 0) current.rows.push({ ...row, cells: row.cells.slice(k + 1) });
      continue;
    }
    if (title && title.kind !== 'disclosure' && !mentionOnly) {
      // A second title over an unnamed form retitles it (附件1 over 项目支出绩效目标表), unless the form already
      // holds its indicator table: a page of several projects' targets heads each with its own name.
      const holdsTable =
        current !== null && title.text !== current.title && current.rows.some(isIndicatorHeader);
      // (A repeat whose unit the page masked, ****2024年度…, keeps the title that prints it.)
      if (current?.kind === title.kind && !current.named && !holdsTable)
        current.title = unmaskedTitle(title.text, [current.title]);
      else current = startSegment(segments, preamble, title.kind, title.text);
      if (title.kind === 'project') lastProjectTitle = title.text;
      current.rows.push(row);
      continue;
    }
    // A report's own section heading (（三）项目自评步骤及方法) under no title: the page is that report, and the
    // tables it quotes (its indicators, its funds by 项目名称) are no forms of their own.
    const section = filled.length === 1 && !title ? reportSectionKind(first) : null;
    if (
      section &&
      current?.kind !== 'disclosure' &&
      !isUnsupportedKind(current?.kind) &&
      !isEvaluationKind(current?.kind)
    ) {
      current = startSegment(segments, preamble, section, null);
      current.rows.push(row);
      continue;
    }
    // 项目基本情况 | 项目名称 | …: a block's heading merged down the first column stands before the row's label.
    // (Most rows have none, and keep the filled cells worked out above.)
    const unheaded = withoutBlockHeading(row);
    const heading = unheaded === row ? filled : filledCells(unheaded);
    // The first cell's field, asked once: the pairs' test starts from it too.
    const headField = projectLabel(heading[0] ?? '');
    const field = namesProjectInPairs(heading, headField) ? 'name' : headField;
    // Inside a 自评表 or 监控表 the 项目名称 row belongs to that table, not to a new target form.
    const inOtherKind =
      current?.kind === 'department' || isUnsupportedKind(current?.kind) || isEvaluationKind(current?.kind);
    // A 项目名称 heading a row of column headings (单位名称/项目名称 over 一级指标 | … | 分值 | 得分, joined into
    // one row) labels the table's name column, not a project: a scoring table names no form by it.
    const namesProject = field === 'name' && filled.length >= 2 && !isIndicatorHeader(row);
    // A form stored without its title (the page kept from the year row on): its head names the project, and the
    // budget's columns say which form it is — what was spent (全年执行数) is a 自评表's, what was spent so far
    // (1-6月执行数) a 监控表's; a target form states only what is planned.
    const untitledKind =
      namesProject && !inOtherKind && lastProjectTitle === null && titles.length === 0
        ? executionKindAhead(rows, at + 1)
        : null;
    if (untitledKind) {
      current = startSegment(segments, preamble, untitledKind, null);
      current.named = true;
    } else if (namesProject && !inOtherKind) {
      if (!current || current.kind !== 'project' || current.named) {
        const before: Segment | null = current;
        current = startSegment(segments, preamble, 'project', lastProjectTitle);
        // 207101某法院 | 单位:万元 closing the form before: the caption of this one.
        if (before?.kind === 'project') current.rows.push(...takeTrailingCaptions(before.rows));
      }
      current.named = true;
    }
    // A 项目名称 after a 自评表's indicator table, in the same table (a .docx of several projects' forms run on
    // under one title): the next project's 自评表 begins.
    if (
      namesProject &&
      current &&
      isEvaluationKind(current.kind) &&
      current.named &&
      current.rows.some(isIndicatorHeader)
    )
      current = startSegment(segments, preamble, current.kind, current.title);
    // A second 自评表 titled after a named one starts a table of its own.
    if (field === 'name' && current && isEvaluationKind(current.kind)) current.named = true;
    const dept = departmentLabel(first);
    const namesDepartment =
      dept === 'department' && filled.length >= 2 && !NAMES_ANY_UNIT.has(lexiconKey(first));
    // Before any form: a 部门（单位）名称 whose project is named right under it heads that project's form (its title
    // lost in the text before it).
    // Before any title: a 单位名称 / 预算单位 over an indicator table of targets with no 项目名称 between them heads a
    // department form copied without its title (untitled-department.ts).
    const namesUnitUntitled =
      dept === 'department' &&
      filled.length >= 2 &&
      current === null &&
      titles.length === 0 &&
      NAMES_ANY_UNIT.has(lexiconKey(first)) &&
      opensUntitledDepartment(rows, at);
    if (namesDepartment && current === null && namesProjectRightBelow(rows, at + 1))
      current = startSegment(segments, preamble, 'project', lastProjectTitle);
    else if (namesUnitUntitled) {
      current = startSegment(segments, preamble, 'department', null);
      current.named = true;
    } else if (
      namesDepartment &&
      current?.kind !== 'disclosure' &&
      !isUnsupportedKind(current?.kind) &&
      !isEvaluationKind(current?.kind) &&
      !inProjectHead(current) &&
      !namesProjectBelowTitle(current, rows, at + 1)
    ) {
      if (!current || current.kind !== 'department' || current.named)
        current = startSegment(
          segments,
          preamble,
          'department',
          current?.kind === 'department' ? current.title : null,
        );
      current.named = true;
    }
    if (current) current.rows.push(row);
    else preamble.push(row);
  }
  return segments;
}

/**
 * A new segment of `kind` after `segments`, given the rows before the first title where it is the first. (A module
 * function, not a closure in segment: tsx names each closure it makes.)
 */
function startSegment(
  segments: Segment[],
  preamble: readonly Row[],
  kind: TitleKind,
  title: string | null,
): Segment {
  const s: Segment = { kind, title, rows: [], named: false };
  // The rows before the first title belong to it, unless they hold an indicator table: a page that starts
  // inside an earlier 自评表 or 监控表 (its last rows, 合计, the signatures) does not lend them to the next one.
  // Where they are that form's last indicator rows without their header, closed by its 合计 or its signatures
  // (a booklet's page cut inside one form), they are read as that form, untitled, before this one.
  if (segments.length === 0 && isEvaluationKind(kind) && closesEarlierForm(preamble))
    segments.push({ kind, title: null, rows: [...preamble], named: false });
  else if (segments.length === 0 && !(isEvaluationKind(kind) && holdsIndicatorHeader(preamble)))
    s.rows.push(...preamble);
  segments.push(s);
  return s;
}

/**
 * 项目编码 | 406-… | 项目名称 | 外聘人员经费: a row of label–value pairs (a budget system's project card) names the
 * project in a later pair as surely as in its first, where every pair before it is a project label and its value.
 */
function namesProjectInPairs(filled: readonly string[], firstField: ProjectField | null): boolean {
  for (let k = 2; k + 1 < filled.length; k += 2) {
    // (The first cell's field is given: projectLabel(filled[0]).)
    const labelled = k === 2 ? firstField !== null : isProjectLabel(filled[k - 2]);
    if (!labelled || isProjectLabel(filled[k - 1])) return false;
    if (projectLabel(filled[k]!) === 'name') return !isProjectLabel(filled[k + 1]);
  }
  return false;
}

/**
 * A cell labels a project field. A module function, not a closure in namesProjectInPairs: that is asked of every
 * row, and tsx names each closure it makes (Object.defineProperty, ~1 µs), more than the test costs.
 */
function isProjectLabel(c: string | undefined): boolean {
  return c !== undefined && projectLabel(c) !== null;
}

/** Rows a form's head holds at most between its 项目名称 and its budget's column headings. */
const HEAD_ROWS = 12;

/**
 * The kind of form whose budget block's headings stand in the rows from `from` (before its indicator table):
 * a 自评表 where the year's budget is set against what was spent (全年预算数 | 全年执行数), a 监控表 where against
 * what was spent to a month (1-6月执行数) or is expected; null where no heading names what was spent.
 */
function executionKindAhead(rows: readonly Row[], from: number): EvaluationKind | null {
  // The headings in one row over their figures, or one label a row (年初预算数 | 290 / 全年执行数 | 278): gathered
  // over the head's rows.
  const executed: string[] = [];
  const columns = new Set<string>();
  for (const row of rows.slice(from, from + HEAD_ROWS)) {
    if (isIndicatorHeader(row)) return null;
    const filled = filledCells(row);
    if (titleOf(filled) !== null) return null;
    for (const cell of filled) {
      const column = budgetColumnOf(cell);
      if (column === null) continue;
      columns.add(column);
      if (column === 'executed') executed.push(cell);
    }
    if (executed.length === 0) continue;
    const toDate = executed.some((c) => periodOfLabel(c) !== null) || columns.has('expectedFullYear');
    // What was spent to a month (截至7月底执行数) is a 监控表's whatever budget it is set against; what was spent
    // in all is a 自评表's only beside the year's budget.
    if (toDate) return 'monitoring';
    if (columns.has('annual') || columns.has('initial')) return 'self-evaluation';
  }
  return null;
}

/** Characters a cut title keeps at least: fewer may be any cell that happens to open like the title. */
const CUT_TITLE_MIN = 8;

/** A row's lone cell that is a title printed before, cut short (the copy's end inside its repeat). */
function cutRepeatOf(
  filled: readonly string[],
  titles: readonly { kind: TitleKind; key: string }[],
): { kind: TitleKind } | undefined {
  if (filled.length !== 1) return undefined;
  const k = labelKey(filled[0]!);
  if (k.length < CUT_TITLE_MIN) return undefined;
  return titles.find((t) => t.key.length > k.length && t.key.startsWith(k));
}

/** A 项目名称 with its value in the rows from `from` up to the next title: the rows open a project of their own. */
function namesProjectAhead(rows: readonly Row[], from: number): boolean {
  for (const row of rows.slice(from)) {
    const filled = filledCells(row);
    if (titleOf(filled) !== null) return false;
    if (projectLabel(filled[0] ?? '') === 'name' && filled.length >= 2) return true;
  }
  return false;
}

/** Rows of the head a 部门（单位）名称 may stand above its project's 项目名称 (部门预算编码 between them). */
const DEPARTMENT_ABOVE_PROJECT = 3;

/** A 项目名称 with its value within the next few rows, before any indicator header. */
function namesProjectRightBelow(rows: readonly Row[], from: number): boolean {
  for (const row of rows.slice(from, from + DEPARTMENT_ABOVE_PROJECT)) {
    if (isIndicatorHeader(row)) return false;
    const filled = filledCells(row);
    if (projectLabel(filled[0] ?? '') === 'name' && filled.length >= 2) return true;
  }
  return false;
}

/**
 * A form titled as a project's (专项转移支付绩效目标表, 项目支出绩效目标表) that prints its 部门（单位）名称 before
 * its 项目名称: the department is the project's, not a department form's. Read from the title and the 项目名称
 * row still to come before the indicator table.
 */
function namesProjectBelowTitle(s: Segment | null, rows: readonly Row[], from: number): boolean {
  if (s?.kind !== 'project' || s.named || s.title === null || s.rows.some(isIndicatorHeader)) return false;
  for (const row of rows.slice(from)) {
    if (isIndicatorHeader(row)) return false;
    const filled = filledCells(row);
    if (titleOf(filled) !== null) return false;
    if (projectLabel(filled[0] ?? '') === 'name' && filled.length >= 2) return true;
  }
  return false;
}

/**
 * A project form before its indicator table: a 部门名称 there names the project's department (its 主管部门),
 * not a department form of its own.
 */
function inProjectHead(s: Segment | null): boolean {
  if (s?.kind !== 'project' || s.rows.some(isIndicatorHeader)) return false;
  // 专项名称 alone on its row (a head printing its labels as a column, the values after them) labels the project too.
  return s.named || s.rows.some((r) => projectLabel(filledCells(r)[0] ?? '') === 'name');
}

/**
 * Labels of a department form's header block the lexicon does not know: the first cell of a label | value
 * row before the indicator table, short and worded like a label (no digits, no sentence).
 */
function unknownDepartmentLabels(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    if (isIndicatorHeader(row)) break;
    const filled = filledCells(row);
    if (!row.table || filled.length !== 2) continue;
    const label = filled[0]!;
    if (label.length > 12 || /[\d，。；,;%]/.test(label) || titleKind(label)) continue;
    if (isKnownLabel(label) || isLevelName(label) || splitInlineLabel(label)) continue;
    out.push(label);
  }
  return out;
}
