// What a template variant (variants.ts) is drawn from: its layouts, shapes, formats and page styles, the variant
// and source-form types, the source forms of docs/ and wide/, and the seeded randomness every choice is made by.
// Test data, not product code.
import { join } from 'node:path';
import { loadTruth, type DocTruth, type FormTruth } from './truth.ts';

/** One cell of a grid; a merged cell's other positions are null. */
export interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
}
export type Grid = Array<Array<Cell | null>>;

/** Text layouts of a copied table (text-layouts.ts). */
export const COPIED_LAYOUTS = [
  'cells',
  'cellsBlank',
  'lines',
  'linesBlank',
  'spaced',
  'padded',
  'narrow',
  'markdown',
  'indented',
] as const;
export type CopiedLayout = (typeof COPIED_LAYOUTS)[number];
/** The layouts the generator prints only when asked for one (makeVariant's third argument). */
export const NEW_LAYOUTS = ['pdf', ...COPIED_LAYOUTS] as const;
export type NewLayout = (typeof NEW_LAYOUTS)[number];
export type VariantFormat = 'pipe' | 'tab' | 'html' | 'xlsx' | 'docx' | NewLayout;
/**
 * Whole shapes of a form that real documents showed at their first runs and the formats above never make
 * (makeVariant's fourth argument): `untitled` — no title, year or unit line, the form opens at its head labels
 * (wide/429, 434); `headColumn` — the head block copied column by column, its labels one a line and then its values
 * (wide/376, 174), the rest in a text layout; `joined` — the whole form run together on one line, no gap between
 * cells (wide/502); `scoring` — a 自评表 scoring table, each 一级 and 二级 followed by its 分值, the sum of its
 * indicators' weights, in a column of its own or in brackets after its name (wide/428). From the shapes of
 * h-rows16 and h-fresh14 (issue 12, generalised): `bracketList` — a project as a department's list of its projects'
 * targets prints it, bracketed level-pair headings over slot lines (wide/514; bracket-list.ts); `targetActual` — a
 * 自评表's indicator table alone, untitled and unscored, 一级 | 二级 | 指标名称 | 目标值 | 完成值 in other spellings and
 * 二级 words (wide/520); `bond` — a 自评表 whose budget is a 专项债券's block, 下达额度 | 实际支出金额 | 进度 under
 * 债券资金管理指标 (wide/507). From h-fresh16a's document: `coreColumn` — a 自评表 whose indicator table prints an empty
 * 调整指标值 after the target, a 得分系数(%) after the actual and a 是否核心指标 answer after the points (wide/475, the 重庆
 * 部门整体 template). From h-fresh17a: `graded` — a project form whose indicator table grades each row instead of one 指标值,
 * 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准 over 优 | 良 | 中 | 差 | 评价标准确定依据, 优 the target (wide/492, 邯郸);
 * printed as a table, or (`joined`, where every target is a figure with its unit) run together on one line as 492 is.
 * From h-fresh17b's document: `reportTable` — a 自评表's target-and-actual table printed inside a
 * generated report's prose and run together with it (wide/536, 福建): untitled, headed 评价内容 | 绩效内容 | 绩效目标值 |
 * 实际完成值 | 累计完成率, its levels worded as goals (产出目标 over 数量目标), the report's next section after it.
 * From h-fresh17c's document: `headingOutline` — a project's targets as a county bureau's notice sets
 * them out, numbered headings (一、产出指标 / (一)数量指标) over rows with name and value run together, the sum in the
 * opening paragraph and the unit in the page's 发布机构 cell (wide/545; heading-outline-shape.ts).
 * From the fresh/ documents' templates (h-templates40, generalised): `spacedLabels` — the head's labels letter-spaced
 * to fill their cells, 项 目 名 称 (fresh/611's 申报表); `pairCells` — each head label and its value in one cell,
 * 项目名称:X or 项目名称 X, one or two pairs a row (fresh/606, 609); `numberedCell` — a target form's indicators
 * numbered inside one cell per 一级 beside the 一级, 指标1资金到位率为100%；指标2… (湖南's 2017 部门整体 template,
 * fresh/606; variant-numbered-cell.ts); `checklist` — a 自评表 on the ministry's checklist template, 一级 | 二级 | 三级
 * | 指标解释 | 自评内容 | 完成情况 | 未完成原因 | 支撑材料 under a three-row header band (fresh/626; variant-checklist.ts).
 */
export const SHAPES = [
  'untitled',
  'headColumn',
  'joined',
  'scoring',
  'bracketList',
  'targetActual',
  'bond',
  'coreColumn',
  'graded',
  'reportTable',
  'headingOutline',
  'spacedLabels',
  'pairCells',
  'numberedCell',
  'checklist',
] as const;
export type Shape = (typeof SHAPES)[number];
/** The text layouts a `headColumn` copy's table is printed in when no layout is asked for. */
export const HEAD_COLUMN_TABLES = ['pipe', 'tab', 'cells', 'lines', 'spaced', 'padded'] as const;
export const FORMATS: readonly VariantFormat[] = ['pipe', 'tab', 'html', 'xlsx'];
/** The share of variants printed as a Word table instead, drawn on a stream of its own so that adding the
 * format left every other choice of every variant as it was. */
export const DOCX_SHARE = 0.2;

/**
 * What real PDFs of these forms do on their pages that a plain conversion does not: from a sheet, a page-number
 * footer (第 &P 页，共 &N 页 and its kin), a running head on every page (附件2, the printing date) and the
 * indicator header rows repeated at the top of every page (print titles), a template's tall rows (30 points and
 * more, the table running over two or three pages where the plain sheet fits one); from a Word table, rows allowed to
 * break across pages (Word's own default), a wrapped cell cut by the page break. Drawn later on a stream of their own
 * (h-pdf16): footers that are no page number alone (制表人 / 单位（盖章）lines, 第 x 页 共 y 页 spelt otherwise, a date,
 * the unit's name on every page) in a sheet (`signFooter`) or a Word document (`wordFooter`), a Word running head
 * (`wordHead`: 附件1, the unit, a file number on every page) and a sheet wider than its page (`widePage`: not fitted
 * to the page's width, its right columns printed on later pages, down then over or over then down).
 */
export const PDF_PAGE_STYLES = [
  'footer',
  'runningHead',
  'repeatHead',
  'tallRows',
  'rowsBreak',
  'signFooter',
  'wordHead',
  'wordFooter',
  'widePage',
] as const;
export type PdfPageStyle = (typeof PDF_PAGE_STYLES)[number];

/** The choices a variant made, so a failure says which layout it was. */
export interface VariantChoices {
  format: VariantFormat;
  /** A PDF's source: the Word table or the sheet LibreOffice converted. */
  pdfFrom?: 'docx' | 'xlsx';
  /** How the PDF's pages are printed beyond the plain table (PDF_PAGE_STYLES), none when drawn plain. */
  pdfPage?: PdfPageStyle[];
  kv: 2 | 4;
  yuan: boolean;
  targetStyle: 'asPrinted' | 'spaced' | 'words' | 'ascii' | 'columns';
  header: 'one' | 'twoRows' | 'band';
  fullWidth: boolean;
  repeatMerged: boolean;
  /** 自评表 / 监控表 budget block: labels in one row over the figures, or one label–figure row each. */
  budget: 'columns' | 'rows';
  /** Indicator columns a template leaves out (分值, 得分, 偏差原因 …): the truth then lacks them too. */
  omitted: string[];
  /** A whole shape of the form (SHAPES), with the way it was printed (scoring: `columns` or `inName`). */
  shape?: Shape;
  shapeStyle?: string;
  columns: string[];
  labels: string[];
}

export interface Variant {
  id: string;
  file: string;
  data: Uint8Array;
  truth: DocTruth;
  choices: VariantChoices;
}

export interface SourceForm {
  set: string;
  file: string;
  form: FormTruth;
}

const corpusDir = (set: string) => join(import.meta.dirname, set);

/** The forms worth varying: a kind with a table, a name and at least one indicator with a target. */
export function sourceForms(): SourceForm[] {
  const out: SourceForm[] = [];
  for (const set of ['docs', 'wide']) {
    for (const d of loadTruth(corpusDir(set)).docs) {
      for (const form of d.forms) {
        if (!['project', 'department', 'self-evaluation', 'monitoring'].includes(form.kind)) continue;
        if (form.name === undefined) continue;
        const indicators = (form.indicators ?? []).filter((i) => i.target !== undefined);
        if (indicators.length === 0) continue;
        out.push({ set, file: d.file, form: { ...form, indicators } });
      }
    }
  }
  return out;
}

/** A small seeded generator (mulberry32): the same seed gives the same variant on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** FNV-1a of a text: each source form and seed its own stream of choices. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export function shuffle<T>(r: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** A variant as drawn, before its bytes: the grid, the page lines over it and the indicator header's rows. */
export type Drawn = Variant & { grid: Grid; pre: string[]; head: { from: number; to: number } };
