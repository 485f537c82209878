// Rows → canonical forms: splits a document into the forms it holds (by their titles and their first
// fields, never by position) and hands each part to the recogniser of its kind.
import { canonicalLevel1, canonicalLevel2, detectFramework, frameworkById, type Form } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { cleanCell } from '../rows/clean-cell.ts';
import { departmentLabel, projectLabel } from './labels.ts';
import { isUnsupportedKind, titleKind, type TitleKind, type UnsupportedKind } from './titles.ts';
import { filledCells, firstFilled } from './row-helpers.ts';
import { recognizeProjectForm } from './project-form.ts';
import { findProjectListHeader, recognizeProjectList } from './project-list-table.ts';
import { recognizeDepartmentForm } from './department-form.ts';
import { recognizeDisclosure } from './disclosure.ts';
import { retabulate } from './cell-stream.ts';

interface Segment {
  kind: TitleKind;
  title: string | null;
  rows: Row[];
  /** The segment has seen its identifying field (项目名称 / 部门名称). */
  named: boolean;
}

export function recognizeForms(input: Row[]): Form[] {
  return recognizeDocument(input).forms;
}

/** The forms of a document, and the kinds it holds that are recognised by title but not read (自评表 …). */
export function recognizeDocument(input: Row[]): { forms: Form[]; unsupported: UnsupportedKind[] } {
  // Cells are re-tabulated as written (their spaces still part cells), then cleaned.
  const rows = retabulate(input).map((r) => ({ ...r, cells: r.cells.map(cleanCell) }));
  const segments = segment(rows);
  const unsupported = [...new Set(segments.map((s) => s.kind).filter(isUnsupportedKind))];
  const forms: Form[] = [];
  const disclosure = segments.find((s) => s.kind === 'disclosure');
  const d = disclosure ? recognizeDisclosure(disclosure.rows, disclosure.title) : null;
  if (d) forms.push(d);
  for (const s of segments) {
    const listed = s.kind === 'project' ? findProjectListHeader(s.rows) : null;
    if (listed) {
      const defaults = { year: d?.year ?? null, unit: d?.department ?? null };
      forms.push(...recognizeProjectList(s.rows, listed, s.title, defaults).map((f) => withFramework(f)));
    } else if (s.kind === 'project') {
      const f = recognizeProjectForm(s.rows, s.title, { year: d?.year ?? null, unit: d?.department ?? null });
      if (f.name || f.indicators.length > 0) forms.push(withFramework(f));
    } else if (s.kind === 'department') {
      const f = recognizeDepartmentForm(s.rows, s.title, { year: d?.year ?? null });
      if (f.department || f.indicators.length > 0 || f.funds.income.length > 0) forms.push(withFramework(f));
    }
  }
  if (d)
    d.forms = forms
      .filter((f) => f !== d)
      .map((f) => (f.kind === 'project' ? (f.name ?? '') : (f.department ?? '')));
  return { forms, unsupported };
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

function titleOf(row: Row): { kind: TitleKind; text: string } | null {
  const f = filledCells(row);
  if (f.length === 0 || f.length > 2) return null;
  const kind = titleKind(f[0]!);
  return kind ? { kind, text: f[0]! } : null;
}

function segment(rows: Row[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const preamble: Row[] = [];
  const start = (kind: TitleKind, title: string | null): Segment => {
    const s: Segment = { kind, title, rows: [], named: false };
    if (segments.length === 0) s.rows.push(...preamble);
    segments.push(s);
    return s;
  };
  // A disclosure opens with its own title; everything until the first embedded form belongs to it.
  const firstTitle = rows
    .slice(0, 20)
    .map(titleOf)
    .find((t) => t !== null);
  if (firstTitle?.kind === 'disclosure') current = start('disclosure', firstTitle.text);

  let lastProjectTitle: string | null = null;
  for (const row of rows) {
    const title = titleOf(row);
    const first = firstFilled(row);
    // A disclosure's text names later stages (…绩效评价报告) without holding them: not a new part.
    const mentionOnly = title !== null && isUnsupportedKind(title.kind) && current?.kind === 'disclosure';
    if (title && title.kind !== 'disclosure' && !mentionOnly) {
      if (current?.kind === title.kind && !current.named) current.title = title.text;
      else current = start(title.kind, title.text);
      if (title.kind === 'project') lastProjectTitle = title.text;
      current.rows.push(row);
      continue;
    }
    const field = projectLabel(first);
    // Inside a 自评表 or 监控表 the 项目名称 row belongs to that table, not to a new target form.
    const inOtherKind = current?.kind === 'department' || isUnsupportedKind(current?.kind);
    if (field === 'name' && filledCells(row).length >= 2 && !inOtherKind) {
      if (!current || current.kind !== 'project' || current.named)
        current = start('project', lastProjectTitle);
      current.named = true;
    }
    const dept = departmentLabel(first);
    if (
      dept === 'department' &&
      filledCells(row).length >= 2 &&
      first !== '单位名称' &&
      current?.kind !== 'disclosure' &&
      !isUnsupportedKind(current?.kind)
    ) {
      if (!current || current.kind !== 'department' || current.named)
        current = start('department', current?.kind === 'department' ? current.title : null);
      current.named = true;
    }
    if (current) current.rows.push(row);
    else preamble.push(row);
  }
  return segments;
}
