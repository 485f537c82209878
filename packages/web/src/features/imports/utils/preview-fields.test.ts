// Where a source sits among the document's rows and how the preview describes it.
import { describe, expect, it } from 'vitest';
import { emptyProjectForm } from '@jixiao/core';
import type { DocumentRow, FieldSource } from '../api/imports-api.ts';
import {
  cellOfSource,
  describeSource,
  fieldNameIn,
  fieldValue,
  rowOfSource,
  rowPlace,
  taughtFieldName,
} from './preview-fields.ts';

const rows: DocumentRow[] = [
  { row: 0, line: 1, source: '表1', table: true, cells: ['项目名称', '甲'] },
  { row: 1, line: 1, source: '表2', table: true, cells: ['项目名称', '乙'] },
];
const source: FieldSource = {
  path: '/name',
  line: 1,
  source: '表2',
  column: 1,
  label: '项目名称',
  text: '乙',
  confidence: 0.5,
};

describe('preview fields', () => {
  it('finds the row of a source by line and sheet', () => {
    expect(rowOfSource(rows, source)?.row).toBe(1);
    expect(rowOfSource(rows, { ...source, line: null })).toBeUndefined();
    expect(rowOfSource(rows, { ...source, line: 9 })).toBeUndefined();
  });
  it('finds the row holding the text where a PDF numbers every row of a page by the page', () => {
    const page: DocumentRow[] = [
      { row: 0, line: 2, source: '第2页', table: false, cells: ['某某中心2020年项目绩效目标批复表'] },
      { row: 1, line: 2, source: '第2页', table: true, cells: ['项目', '指标值', '绩效金额'] },
      { row: 2, line: 2, source: '第2页', table: true, cells: ['疫苗及美沙酮\n药物', '', '3000000'] },
      { row: 3, line: 2, source: '第2页', table: true, cells: ['疫苗使用率', '100%', ''] },
    ];
    const name = { ...source, line: 2, source: null, column: 0, text: '疫苗及美沙酮药物' };
    expect(rowOfSource(page, name)?.row).toBe(2);
    expect(rowOfSource(page, { ...name, column: 1, text: '100%' })?.row).toBe(3);
    // A text no row holds: the first row of the place, as before.
    expect(rowOfSource(page, { ...name, text: '别的' })?.row).toBe(0);
  });
  it('points at the cell holding the text where the recogniser read the row rebuilt', () => {
    const page: DocumentRow[] = [
      { row: 0, line: 2, source: '第2页', table: true, cells: ['项目', '指标值', '绩效金额'] },
      { row: 1, line: 2, source: '第2页', table: true, cells: ['疫苗及美沙酮药物', '', '3000000'] },
    ];
    // Read as 项目名称 | name: column 1 of the rebuilt row, column 0 of the row shown.
    const name = { ...source, line: 2, source: null, column: 1, text: '疫苗及美沙酮药物' };
    expect(cellOfSource(page, name)).toEqual({ row: 1, column: 0 });
    expect(cellOfSource(rows, source)).toEqual({ row: 1, column: 1 });
    expect(cellOfSource(rows, { ...source, text: '丙' })).toEqual({ row: 1, column: 1 });
    expect(cellOfSource(rows, undefined)).toBeNull();
  });
  it('describes a source with its place, label and confidence', () => {
    expect(describeSource(source)).toBe('表2 第 1 行第 2 格，标签“项目名称”，把握 50%');
    expect(describeSource({ ...source, line: null, column: null, source: null, label: null })).toBe(
      '位置不明，把握 50%',
    );
    expect(describeSource(undefined)).toBe('未在文档中找到');
  });
  it('names the table of a row, since a .docx numbers paragraphs and each table from 1', () => {
    expect(rowPlace({ ...source, line: 1, source: '表1' })).toBe('表1 第 1 行');
    expect(rowPlace({ ...source, line: 3, source: null })).toBe('第 3 行');
  });
  it('reads a field of a form as text', () => {
    const form = emptyProjectForm({ budget: { total: '120', current: null, sources: [], history: null } });
    expect(fieldValue(form, 'budget.total')).toBe('120');
    expect(fieldValue(form, 'name')).toBeNull();
  });
});

describe('a field named as the document it was taught on prints it (the list of taught labels)', () => {
  it('names a unit taught on a 自评表 or a 监控表 its 实施单位, and the budget the year’s, in 万元', () => {
    expect(fieldNameIn('unit', 'self-evaluation')).toBe('实施单位');
    expect(fieldNameIn('unit', 'monitoring')).toBe('实施单位');
    expect(fieldNameIn('budget.total', 'monitoring')).toBe('年度预算（万元）');
  });

  it('names it as a form prints it when taught on a form or before the kind was kept', () => {
    expect(fieldNameIn('unit', 'project')).toBe('申报单位');
    expect(fieldNameIn('unit', null)).toBe('申报单位');
    expect(fieldNameIn('budget.total', null)).toBe('项目总预算（万元）');
  });
});

describe('the list of taught labels', () => {
  it('names a field as the document it was taught on prints it', () => {
    expect(taughtFieldName('unit', 'self-evaluation')).toBe('实施单位');
    expect(taughtFieldName('unit', 'project')).toBe('申报单位');
    expect(taughtFieldName('budget.total', 'monitoring')).toBe('年度预算（万元）');
  });
  it('names a field taught before that was recorded by every kind’s name, not a form’s alone', () => {
    expect(taughtFieldName('unit', null)).toBe('申报单位／实施单位');
    expect(taughtFieldName('budget.total', null)).toBe('项目总预算／年度预算（万元）');
    expect(taughtFieldName('name', null)).toBe('项目名称');
  });
});
