// The shared layout model on every seed form: full rectangular grids, official titles and labels.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Form } from '@jixiao/core';
import { importText } from '../import-document.ts';
import { layoutForm } from './layout-form.ts';
import { occupancy, type LayoutTable } from './layout.ts';

const seeds = fs.readdirSync('/work/shared/seeds').filter((f) => f.endsWith('.txt'));
const all: Array<[string, Form]> = seeds.flatMap((f) =>
  importText(fs.readFileSync(`/work/shared/seeds/${f}`, 'utf8')).map(
    (form, i) => [`${f}#${i} ${form.kind}`, form] as [string, Form],
  ),
);

describe('layoutForm', () => {
  it('has forms to lay out', () => expect(all.length).toBeGreaterThanOrEqual(13));

  it.each(all)('%s: every table covers its grid exactly once', (_name, form) => {
    const layout = layoutForm(form);
    for (const section of layout.sections) {
      expect(section.name.length).toBeLessThanOrEqual(31);
      for (const block of section.blocks.filter((b): b is LayoutTable => b.type === 'table')) {
        const taken = occupancy(block, section.columns.length);
        expect(taken).toHaveLength(block.rows.length);
        for (const line of taken) expect(line.every(Boolean)).toBe(true);
      }
    }
  });

  it('lays out a 批复表 as seed 004 does: name and budget on one row, goals, two indicator tables', () => {
    const form = all.find(([n]) => n.startsWith('004'))![1];
    const [section] = layoutForm(form).sections;
    const texts = section!.blocks.map((b) =>
      b.type === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('|')),
    );
    expect(texts[0]).toBe('项目支出绩效目标批复表');
    expect(texts).toContain('申报单位：鄂州市数据局');
    const rows = section!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(rows[0]!.map((c) => c.text)).toEqual(['项目名称', '政务服务工作', '项目预算', '571.00']);
    expect(rows.some((r) => r[0]?.text === '长期绩效目标表')).toBe(true);
    expect(rows.some((r) => r[0]?.text === '年度绩效目标表')).toBe(true);
    // 一级 merged over the rows that share it: 产出指标 spans its four indicators.
    const output = rows.flat().find((c) => c.text === '产出指标' && c.col === 1);
    expect(output?.rowSpan).toBe(4);
  });

  it('lays out the department form with the funds table of seed 002', () => {
    const form = all.find(([n]) => n.startsWith('002'))![1];
    const rows = layoutForm(form).sections[0]!.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    const flat = rows.flat().map((c) => c.text);
    for (const label of [
      '部门（单位）名称',
      '部门总体资金情况',
      '当年金额',
      '占比',
      '近两年收支金额',
      '2022年',
      '2023年',
      '收入构成',
      '支出构成',
      '部门职能概述',
      '年度工作任务',
      '长期绩效指标',
      '年度绩效指标',
      '指标分类',
    ]) {
      expect(flat).toContain(label);
    }
  });

  it('lays out a disclosure as one section for the text and one per table, with two header levels merged', () => {
    const form = all.find(([, f]) => f.kind === 'disclosure')![1];
    const layout = layoutForm(form);
    expect(layout.sections[0]!.name).toBe('公开说明');
    expect(layout.sections).toHaveLength(1 + (form.kind === 'disclosure' ? form.tables.length : 0));
    const first = layout.sections[1]!.blocks.find((b): b is LayoutTable => b.type === 'table')!;
    expect(first.headerRows).toBe(2);
    expect(first.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([
      ['收入', 2],
      ['支出', 4],
    ]);
  });
});
