// Made for these tests after fresh/642: a target form's indicator table as a PDF's text layer writes it, one cell a
// line, its merged cells dropped and the level names wrapped in their narrow cells.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import type { Row } from '../rows/row.ts';
import { readCellLineIndicatorRows, readSpacedIndicatorRows } from './cell-line-indicator-rows.ts';

const head = [
  '财政项目支出绩效目标申报表',
  '项目名称',
  '社区食堂运营补贴',
  '主管部门',
  '某区民政局',
  '实施单位',
  '某区社区服务中心',
];
const table = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度(/项目)指标值',
  '产出指标',
  '数量指标',
  '补贴食堂数',
  '12个',
  '质量指标',
  '食品安全抽检合格率',
  '=100.00(%)',
  '效益指标',
  '社会效益',
  '指标',
  '老年人就餐便利程度',
  '提升',
  '满意度指',
  '标',
  '服务对象',
  '满意度指',
  '标',
  '就餐老人满意度',
  '≥90.00(%)',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
  return out.forms[0];
};

describe('an indicator table written one cell a line', () => {
  it('reads each row’s levels, name and value, a wrapped level name made whole', async () => {
    const form = await read([...head, ...table]);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '补贴食堂数', '12个'],
      ['产出指标', '质量指标', '食品安全抽检合格率', '=100.00(%)'],
      ['效益指标', '社会效益指标', '老年人就餐便利程度', '提升'],
      ['满意度指标', '服务对象满意度指标', '就餐老人满意度', '≥90.00(%)'],
    ]);
  });

  it('stops where a line after a name is no value', async () => {
    const form = await read([
      ...head,
      ...table.slice(0, 11),
      '项目实施说明',
      '本项目由社区服务中心组织实施。',
    ]);
    expect(form.indicators.map((i) => i.name)).toEqual(['补贴食堂数', '食品安全抽检合格率']);
  });

  it('reads rows a text layer kept on a line each, cells parted by single spaces, a wrapped level around its row', async () => {
    const form = await read([
      ...head,
      '一级指标 二级指标 三级指标 年度(/项目)指标值',
      '数量指标 补贴食堂数 12个',
      '产出指标 质量指标 食品安全抽检合格率 =100.00(%)',
      '绩效',
      '指标',
      '效益指标 社会效益指标 老年人就餐便利程度 提升',
      '服务对象满意度',
      '满意度指标 就餐老人满意度 ≥90.00(%)',
      '指标',
    ]);
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '补贴食堂数', '12个'],
      ['质量指标', '食品安全抽检合格率', '=100.00(%)'],
      ['社会效益指标', '老年人就餐便利程度', '提升'],
      ['服务对象满意度指标', '就餐老人满意度', '≥90.00(%)'],
    ]);
  });

  it('leaves a table it cannot read to its end to the readers after it', async () => {
    const form = await read([
      ...head,
      '一级指标 二级指标 三级指标 指标值',
      '产出指标 数量指标 补贴食堂数 12个',
      '质量指标 食品安全抽检合格率 100%',
      '成本指标 20万元 100%',
      '效益指标 经济效益',
      '指标',
      '老年人就餐便利程度 100%',
    ]);
    expect(form.indicators.map((i) => i.name)).toEqual([
      '补贴食堂数',
      '食品安全抽检合格率',
      '20万元',
      '老年人就餐便利程度',
    ]);
  });

  it('leaves a table with a 完成值 beside the 指标值 alone: one value a row says not which', () => {
    const lines = [
      '一级指标',
      '二级指标',
      '三级指标',
      '完成值',
      '指标值',
      '产出指标',
      '数量指标',
      '补贴食堂数',
      '12个',
    ];
    const rows: Row[] = [...lines, '食品安全抽检合格率', '100%'].map((t, i) => ({
      cells: [t],
      table: false,
      line: i + 1,
    }));
    expect(readCellLineIndicatorRows(rows)).toBe(rows);
  });

  it('leaves spaced rows alone where a row it stops at holds a figure (a value parted by spaces, ≤ 3 %)', () => {
    const lines = [
      '一级指标 二级指标 指标名称 年初目标值(A)',
      '产出指标 数量指标 补贴食堂数 12个',
      '    时效指标 补贴发放及时性 及时',
      '    质量指标 补贴核算误差率 ≤ 3 %',
    ];
    const rows: Row[] = lines.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
    expect(readSpacedIndicatorRows(rows)).toBe(rows);
    // A copy's full-width figures are figures too (产出指标 数量指标 ２０万元 １００％).
    const wide: Row[] = [
      lines[0]!,
      lines[1]!,
      '产出指标 数量指标 补贴发放及时性 及时',
      '产出指标 数量指标 ２０万元 １００％',
    ].map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
    expect(readSpacedIndicatorRows(wide)).toBe(wide);
    // A row whose value is longer than a word, no figure in it: still a row, not the table's end.
    const long: Row[] = [
      lines[0]!,
      lines[1]!,
      '产出指标 数量指标 补贴发放及时性 及时',
      '效益指标 社会效益指标 老年人就餐 明显改善提升',
    ].map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
    expect(readSpacedIndicatorRows(long)).toBe(long);
  });
});
