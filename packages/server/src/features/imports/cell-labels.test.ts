// The label beside a pointed cell, the values beside a taught label, the value a cell gives a field,
// and the places found for values the recogniser read without saying where.
import { describe, expect, it } from 'vitest';
import { emptyProjectForm } from '@jixiao/core';
import type { Row } from '@jixiao/documents';
import { findLabelled, labelledCell } from '../layout-labels/cell-labels.ts';
import { valueForField } from '../layout-labels/form-fields.ts';
import { completeSources, indexCells, LOCATED_CONFIDENCE, unsureFields } from './field-sources.ts';

const rows: Row[] = [
  { cells: ['2025年度项目支出绩效目标表'], table: false, line: 1 },
  { cells: ['承担项目', '', '城区公共照明维护'], table: true, line: 2 },
  { cells: ['申报单位：示范市城市管理局'], table: false, line: 3 },
  { cells: ['项目预算（元）', '1,200,000'], table: true, line: 4 },
  { cells: ['会议时间 10:30'], table: false, line: 5 },
];

describe('labelledCell', () => {
  it('takes the filled cell before the value as its label', () => {
    expect(labelledCell(rows, 1, 2)).toEqual({
      row: 1,
      column: 2,
      label: '承担项目',
      text: '城区公共照明维护',
    });
  });
  it('splits a "标签：值" cell', () => {
    expect(labelledCell(rows, 2, 0)).toMatchObject({ label: '申报单位', text: '示范市城市管理局' });
  });
  it('gives no label to a cell that stands alone, and nothing for a cell that does not exist', () => {
    expect(labelledCell(rows, 4, 0)).toMatchObject({ label: null, text: '会议时间 10:30' });
    expect(labelledCell(rows, 1, 7)).toBeNull();
    expect(labelledCell(rows, 40, 0)).toBeNull();
  });
});

describe('findLabelled', () => {
  it('finds the value beside a label written with spaces or a colon', () => {
    expect(findLabelled(rows, '承担 项目：')).toEqual([
      { row: 1, column: 2, label: '承担项目', text: '城区公共照明维护' },
    ]);
    expect(findLabelled(rows, '申报单位')).toEqual([
      { row: 2, column: 0, label: '申报单位', text: '示范市城市管理局' },
    ]);
  });
  it('finds nothing for a label the document does not have', () => {
    expect(findLabelled(rows, '项目名称')).toEqual([]);
  });
});

describe('valueForField', () => {
  it('reads amounts in 万元, converting a label in 元', () => {
    expect(valueForField('budget.total', '1,200,000', '项目预算（元）')).toEqual({ ok: true, value: '120' });
    expect(valueForField('budget.total', '120', '项目预算（万元）')).toEqual({ ok: true, value: '120' });
    expect(valueForField('budget.total', '城区公共照明维护', null)).toMatchObject({ ok: false });
  });
  it('reads a year and refuses text without one', () => {
    expect(valueForField('year', '2025年度', null)).toEqual({ ok: true, value: 2025 });
    expect(valueForField('year', '本年度', null)).toMatchObject({ ok: false });
  });
  it('refuses an empty cell', () => {
    expect(valueForField('name', '  ', null)).toEqual({ ok: false, reason: '所选单元格是空的' });
  });
});

describe('completeSources and unsureFields', () => {
  const form = emptyProjectForm({
    name: '城区公共照明维护',
    unit: '示范市城市管理局',
    budget: { total: '120', current: null, sources: [], history: null },
  });
  it('places values the recogniser gave no source for, as unsure', () => {
    const sources = completeSources(form, [], indexCells(rows));
    expect(sources.find((s) => s.path === '/name')).toEqual({
      path: '/name',
      line: 2,
      source: null,
      column: 2,
      label: '承担项目',
      text: '城区公共照明维护',
      confidence: LOCATED_CONFIDENCE,
    });
    expect(sources.find((s) => s.path === '/unit')).toMatchObject({ line: 3, column: 0, label: '申报单位' });
    expect(sources.find((s) => s.path === '/budget/total')).toMatchObject({
      line: 4,
      label: '项目预算（元）',
    });
    expect(unsureFields(form, sources).map((u) => `${u.path} ${u.reason}`)).toEqual([
      '/name low-confidence',
      '/unit low-confidence',
      '/budget/total low-confidence',
    ]);
  });
  it('finds a value the extraction wrapped inside its cell', () => {
    const wrapped: Row[] = [
      { cells: ['申报单位： 鄂州市行政\n审批局', '', '金额单位：万元'], table: true, line: 2 },
    ];
    const form = emptyProjectForm({ unit: '鄂州市行政审批局' });
    expect(completeSources(form, [], indexCells(wrapped))).toEqual([
      {
        path: '/unit',
        line: 2,
        source: null,
        column: 0,
        label: '申报单位',
        text: '鄂州市行政\n审批局',
        confidence: LOCATED_CONFIDENCE,
      },
    ]);
  });
  it('keeps an unknown place for a value found in no cell', () => {
    const elsewhere = emptyProjectForm({ leader: '张三' });
    expect(completeSources(elsewhere, [], indexCells(rows))).toEqual([
      {
        path: '/leader',
        line: null,
        source: null,
        column: null,
        label: null,
        text: '张三',
        confidence: LOCATED_CONFIDENCE,
      },
    ]);
  });
  it('keeps the recogniser’s sure sources and marks missing required fields', () => {
    const sure = {
      path: '/name',
      line: 2,
      source: null,
      column: 2,
      label: '承担项目',
      text: 'x',
      confidence: 0.95,
    };
    const partial = emptyProjectForm({ name: '城区公共照明维护' });
    const sources = completeSources(partial, [sure], indexCells(rows));
    expect(sources).toEqual([sure]);
    expect(unsureFields(partial, sources)).toEqual([
      { path: '/unit', field: 'unit', reason: 'missing', confidence: null },
      { path: '/budget/total', field: 'budget.total', reason: 'missing', confidence: null },
    ]);
  });
});
