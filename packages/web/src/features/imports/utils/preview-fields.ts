// Pure helpers of the import preview: the fields a form of each kind offers for pointing, their
// Chinese names and values, where a source sits among the document's rows and how it is described.
import {
  MAPPABLE_FIELD_UNITS,
  MAPPABLE_FIELDS,
  MAPPABLE_FIELDS_OF,
  mappableFieldName,
  mappableFieldNameOfAnyKind,
  mappableFieldText,
  pointerOfField,
  type Form,
  type MappableField,
  type TaughtOnKind,
} from '@jixiao/core';
import type { DocumentRow, FieldSource, PreviewForm, UnsureField } from '../api/imports-api.ts';

/**
 * A field's name as a document of the kind prints it (实施单位 on a 自评表, 申报单位 on a form; a form's where the
 * kind is not known), with the unit an amount is written in.
 */
export function fieldNameIn(field: MappableField, kind: TaughtOnKind | null): string {
  const unit = MAPPABLE_FIELD_UNITS[field];
  const name = mappableFieldName(field, kind);
  return unit ? `${name}（${unit}）` : name;
}

/** The documents a label can be taught on, as a finance officer calls them. */
export const TAUGHT_ON_NAMES: Record<TaughtOnKind, string> = {
  project: '项目绩效目标表',
  department: '部门整体绩效目标表',
  disclosure: '部门预算公开',
  'self-evaluation': '绩效自评表',
  monitoring: '绩效运行监控表',
};

/**
 * Said of a label whose document was not recorded: taught before that was kept (migration 0057), or on a file in
 * which no form was found.
 */
export const TAUGHT_ON_UNRECORDED = '未记录';
export const TAUGHT_ON_UNRECORDED_TIP =
  '记住此标签时没有记下文档的种类（较早记住的标签，或文档中未识别出表单）';

/**
 * A taught label's field as the list of taught labels names it: as the document it was taught on prints it, or —
 * taught before that was recorded — by every name the kinds print it by (申报单位／实施单位), never a form's name
 * for what may have been a 自评表's field.
 */
export function taughtFieldName(field: MappableField, taughtOn: TaughtOnKind | null): string {
  if (taughtOn !== null) return fieldNameIn(field, taughtOn);
  const unit = MAPPABLE_FIELD_UNITS[field];
  const name = mappableFieldNameOfAnyKind(field);
  return unit ? `${name}（${unit}）` : name;
}

/** The field names as the preview of a form shows them: with the unit an amount is written in. */
export const FIELD_NAMES = Object.fromEntries(
  MAPPABLE_FIELDS.map((f) => [f, fieldNameIn(f, null)]),
) as Record<MappableField, string>;

/** What to offer when no form was found: the names that tell which form a document is. */
export const NO_FORM_FIELDS: MappableField[] = ['name', 'department'];

export function fieldsOf(kind: Form['kind']): readonly MappableField[] {
  return MAPPABLE_FIELDS_OF[kind];
}

export { pointerOfField };

export const fieldValue = mappableFieldText;

/** Text compared without its spaces and line breaks (a shown cell keeps them; a source's text is one line). */
const flat = (t: string) => t.replace(/\s+/g, '');

/**
 * The document row a source points at (by its line and sheet), if shown. Where several rows share the line — a
 * source read from a segment may name no sheet (each page of a PDF numbers its rows from 1), a preview kept before
 * that numbered every row of a PDF page by the page — it is the row whose cell holds the source's text (the cell it
 * names first), not merely the first of them.
 */
export function rowOfSource(
  rows: readonly DocumentRow[],
  s: FieldSource | undefined,
): DocumentRow | undefined {
  if (!s || s.line === null) return undefined;
  const same = rows.filter((r) => r.line === s.line && (s.source === null || r.source === s.source));
  if (same.length <= 1 || !s.text) return same[0];
  const text = flat(s.text);
  return (
    same.find((r) => s.column !== null && flat(r.cells[s.column] ?? '') === text) ??
    same.find((r) => r.cells.some((c) => flat(c).includes(text))) ??
    same[0]
  );
}

/**
 * The cell a source points at: its row (rowOfSource) and the column whose cell holds its text — the source's own
 * column where that cell holds it, else the first cell of the row that does (the recogniser may have read the row
 * rebuilt, 项目名称 | name, where the document shows the name alone in its first cell), else the source's column.
 */
export function cellOfSource(
  rows: readonly DocumentRow[],
  s: FieldSource | undefined,
): { row: number; column: number | null } | null {
  const row = rowOfSource(rows, s);
  if (!row || !s) return null;
  if (!s.text) return { row: row.row, column: s.column };
  const text = flat(s.text);
  const holds = (c: number) => flat(row.cells[c] ?? '').includes(text);
  if (s.column !== null && holds(s.column)) return { row: row.row, column: s.column };
  const at = row.cells.findIndex((_, c) => holds(c));
  return { row: row.row, column: at >= 0 ? at : s.column };
}

/** "第 3 行「申报单位」· 把握 50%" — where a value was read, for a tooltip. */
/**
 * "表1 第 3 行": the row a source names, with its table, sheet or page — a .docx numbers its paragraphs and each
 * table's rows from 1, so a bare "第 1 行" may be either; a PDF numbers each page's rows from 1 (第2页 第 5 行).
 */
export function rowPlace(s: FieldSource & { line: number }): string {
  return `${s.source ? `${s.source} ` : ''}第 ${s.line} 行`;
}

export function describeSource(s: FieldSource | undefined): string {
  if (!s) return '未在文档中找到';
  const place =
    s.line === null
      ? '位置不明'
      : `${rowPlace({ ...s, line: s.line })}${s.column !== null ? `第 ${s.column + 1} 格` : ''}`;
  const label = s.label ? `，标签“${s.label}”` : '';
  return `${place}${label}，把握 ${Math.round(s.confidence * 100)}%`;
}

export function unsureOf(form: PreviewForm, pointer: string): UnsureField | undefined {
  return form.unsure.find((u) => u.path === pointer);
}

export function sourceOf(form: PreviewForm, pointer: string): FieldSource | undefined {
  return form.sources.find((s) => s.path === pointer);
}
