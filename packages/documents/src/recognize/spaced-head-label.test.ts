import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { spacedLabelOf } from './spaced-head-label.ts';
import type { SourceCell } from './source-cells.ts';

const cell = (text: string) => ({ text }) as SourceCell;

describe("a report form's head label and its value parted by spaces in one line", () => {
  it("is the field's label where the rest of the line is the value", () => {
    expect(spacedLabelOf(cell('项目名称       低票价运营补贴   '), '低票价运营补贴', 'name')).toBe(
      '项目名称',
    );
    expect(spacedLabelOf(cell('项目单位\u3000\u3000某某公司'), '某某公司', 'unit')).toBe('项目单位');
  });

  it("is none for another field's label, a value with more after it, or a single space", () => {
    expect(spacedLabelOf(cell('主管部门       某某局'), '某某局', 'unit')).toBeNull();
    expect(spacedLabelOf(cell('项目名称       某某项目 2017年'), '某某项目', 'name')).toBeNull();
    expect(spacedLabelOf(cell('项目名称 某某项目'), '某某项目', 'name')).toBeNull();
  });

  // Made for this test after 岳阳's 自评报告 cover (wide/506, fresh/608): the heading holds the name's words first.
  const REPORT = [
    '某某公司2017年度财政支出项目绩效评价自评报告(某某运营补贴)',
    '',
    '某某市财政支出项目绩效评价自评报告',
    '',
    '项目名称       某某运营补贴',
    '',
    '项目单位       某某公司',
    '',
    '主管部门       某某市交通运输局',
    '',
    '计划安排资金',
    '(万元)',
    '89',
    '实际支出',
    '(万元)',
    '89',
    '项目绩效定性目标及实施计划完成情况',
    '预期目标',
    '实际完成',
    '某某运营补贴',
    '60%',
  ].join('\n');

  it('gives the name, unit and 主管部门 the lines of their labels, not the heading', async () => {
    const out = await importBuffer(new TextEncoder().encode(REPORT), 'report.txt');
    if (!out.ok) throw new Error(out.error.message);
    const sources = out.evaluationSources[0] ?? [];
    const at = (path: string) => sources.find((s) => s.path === path);
    expect(out.evaluations[0]?.name).toBe('某某运营补贴');
    expect(at('/name')).toMatchObject({ line: 5, label: '项目名称', confidence: 1 });
    expect(at('/unit')).toMatchObject({ line: 7, label: '项目单位' });
    expect(at('/department')).toMatchObject({ line: 9, label: '主管部门' });
  });
});
