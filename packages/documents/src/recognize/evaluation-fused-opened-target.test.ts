import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

const rowsOf = (text: string) =>
  readFusedRows(atomsOf(text.split('|')), ['name', 'target', 'actual', 'weight', 'score'], {
    maxWeight: null,
  }).map((r) => [r.name, r.cells]);

// Invented rows in the shape of a 自评表 whose cells a copy ran together, the actual printed apart.
describe('a name run into a qualitative target that opens as targets do', () => {
  it('ends the name at what it judges (…合规性, …及时性) where the target opens (严格执行…, 在…内)', () => {
    expect(rowsOf('资金拨付合规性严格执行财务管理制度|已完成|6|6')).toEqual([
      ['资金拨付合规性', { target: '严格执行财务管理制度', actual: '已完成', weight: '6', score: '6' }],
    ]);
    expect(rowsOf('验收报告及时性在合同约定期限内完成|已完成|6|5')).toEqual([
      ['验收报告及时性', { target: '在合同约定期限内完成', actual: '已完成', weight: '6', score: '5' }],
    ]);
  });

  it('leaves a name whole where no such target follows what it judges', () => {
    expect(rowsOf('资金拨付合规性检查覆盖面|全覆盖|已完成|6|6')).toEqual([
      ['资金拨付合规性检查覆盖面', { target: '全覆盖', actual: '已完成', weight: '6', score: '6' }],
    ]);
  });
});
