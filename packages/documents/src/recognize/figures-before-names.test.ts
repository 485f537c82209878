// Figures of rows whose names a spreadsheet's text layer printed after them (one cell a line).
import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { nameOf } from './fused-name-readings.ts';
import { placeFiguresBeforeNames } from './figures-before-names.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';

const lines = (...texts: string[]) => texts.map((t, k) => paragraph(t, k + 1));
const cells = (rows: ReturnType<typeof lines>) => rows.map((r) => r.cells[0]);

describe('figures printed before the names of their rows', () => {
  // Made for this test after wide/290 (稷山, a sheet's text on one line): the rows under a 二级 merged over two
  // sheet rows print their figures after the last row that has its own, and their names after.
  const written = lines(
    '时效指标',
    '指标1:补助是否及时发放',
    '100%',
    '100%',
    '10',
    '10',
    '50元',
    '50元',
    '10',
    '10',
    '90%',
    '90%',
    '20',
    '18',
    '100',
    '98',
    '成本指标',
    '指标1:每人补助标准',
    '效益指标',
    '社会效益',
    '1:是否减轻群众负担',
    '总分',
  );

  it('gives each surplus group to the next row name without figures, and the last pair to the 总分', () => {
    expect(cells(placeFiguresBeforeNames(written))).toEqual([
      '时效指标',
      '指标1:补助是否及时发放',
      '100%',
      '100%',
      '10',
      '10',
      '成本指标',
      '指标1:每人补助标准',
      '50元',
      '50元',
      '10',
      '10',
      '效益指标',
      '社会效益',
      '1:是否减轻群众负担',
      '90%',
      '90%',
      '20',
      '18',
      '总分',
      '100',
      '98',
    ]);
  });

  it('leaves rows alone when the names after the run print figures of their own', () => {
    const own = lines('指标1:甲', '1', '1', '5', '5', '2', '2', '5', '5', '指标2:乙', '3', '3', '5', '5');
    expect(cells(placeFiguresBeforeNames(own))).toEqual(cells(own));
  });

  it('reads the rows of such a 自评表 with their own figures', () => {
    const doc = recognizeSelfEvaluationDocument(
      lines(
        '项目支出绩效自评表',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        ...written.map((r) => r.cells[0]!),
      ),
      '项目支出绩效自评表',
    );
    const rows = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    expect(rows.map((r) => [r.name, r.target.raw, r.actual.raw, r.weight, r.score])).toEqual([
      ['补助是否及时发放', '100%', '100%', '10', '10'],
      ['每人补助标准', '50元', '50元', '10', '10'],
      ['是否减轻群众负担', '90%', '90%', '20', '18'],
    ]);
  });

  it('takes a bare row number with its colon off the name (1:是否满意, its 指标 gone to the cell before)', () => {
    expect(nameOf('1:是否满意')).toBe('是否满意');
    expect(nameOf('指标1:是否满意')).toBe('是否满意');
    // A ratio or a time is no numbering.
    expect(nameOf('1:1配套资金')).toBe('1:1配套资金');
  });
});

describe('a level name broken into the cell before a numbered row name', () => {
  it('keeps only what follows the numbering (服务对象满指标1:是否满意 → 是否满意)', () => {
    // Made for this test after wide/290: 服务对象满 | 意度指标, the 二级 broken around the row's name.
    expect(nameOf('服务对象满指标1:是否满意')).toBe('是否满意');
    expect(nameOf('质量指标指标2:验收合格率')).toBe('验收合格率');
    // A name that merely holds a number stays whole.
    expect(nameOf('培训2期学员')).toBe('培训2期学员');
  });
});
