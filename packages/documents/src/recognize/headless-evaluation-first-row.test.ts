import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { OPERATOR_COLUMN_LAYOUT } from './headless-evaluation.ts';
import { rowBeforeLevel } from './evaluation-stream-table.ts';
import { keyed } from './evaluation-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a county page that keeps only the tail of a 部门预算项目支出绩效自评表
// (指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分, the 得分 left empty): it starts inside the table, the first
// row (a 时效 row) standing before any level name, and a 成本 row printing its target equal to its weight.
const TAIL = [
  '巡查问题整改及时率 | = | 100 | % | 100 | 5 |',
  '|',
  '| |||',
  '成本指标 | 河道巡查成本预算 | = | 8 | 万元 | 8 | 5 |',
  '|',
  '| ||',
  '河道保洁成本预算 | = | 5 | 万元 | 5 | 5 |',
  '|',
  '| |||',
  '效益指标 | 社会效益指标 | 河道水面保洁达标率 | ≥ | 90 | % | 94 | 10 |',
  '|',
  '| |',
  '满意度指标 | 服务对象满意度指标 | 沿岸群众满意度 | ≥ | 90 | % | 95 | 10 |',
  '|',
  '| |',
  '合计 | 100 |',
  '评价结论 | 完成年度目标,总体评价良好。 | |||',
  '存在问题 |',
  '| |||',
  '改进措施 |',
  '| |||',
].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'tail.txt');
  const e = out.ok ? out.evaluations[0] : undefined;
  if (e?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
  return e;
};

describe('the tail of a 自评表 that starts inside its table', () => {
  it('reads the row before the first level name, and a 成本 row whose target equals its weight', async () => {
    const e = await read(TAIL);
    expect(e.indicators.map((r) => [r.name, r.target?.raw, r.actual?.raw, r.weight])).toEqual([
      ['巡查问题整改及时率', '=100%', '100', '5'],
      ['河道巡查成本预算', '=8万元', '8', '5'],
      ['河道保洁成本预算', '=5万元', '5', '5'],
      ['河道水面保洁达标率', '≥90%', '94', '10'],
      ['沿岸群众满意度', '≥90%', '95', '10'],
    ]);
  });
});

describe('rowBeforeLevel', () => {
  const levelIn = (text: string) => {
    const seg = keyed(text);
    return { seg, level: seg.key.indexOf('成本指标') };
  };

  it('starts the body at a name whose comparator and figures stand before the level', () => {
    const { seg, level } = levelIn('巡查问题整改及时率|=|100|%|100|5|成本指标|河道巡查成本预算|=|8');
    expect(rowBeforeLevel(seg, 0, level)).toBe(0);
  });

  it('keeps the level where the cells before it print no comparator (a budget line, a heading)', () => {
    const { seg, level } = levelIn('年度资金总额|50|50|10|成本指标|河道巡查成本预算|=|8');
    expect(rowBeforeLevel(seg, 0, level)).toBe(level);
    const heading = levelIn('年度绩效指标完成情况|成本指标|河道巡查成本预算|=|8');
    expect(rowBeforeLevel(heading.seg, 0, heading.level)).toBe(heading.level);
  });
});

describe('a unit alone is no target or actual', () => {
  it('reads = | 5 | 万元 | 5 | 5 as 指标性质 | 指标值 | 度量单位 | 完成值 | 权重', () => {
    const atoms = atomsOf(['河道保洁成本预算', '=', '5', '万元', '5', '5']);
    const rows = readFusedRows(atoms, OPERATOR_COLUMN_LAYOUT, { maxWeight: null, keptCells: true });
    expect(rows.map((r) => r.cells)).toEqual([
      { op: '=', targetValue: '5', unit: '万元', actual: '5', weight: '5' },
    ]);
  });
});
