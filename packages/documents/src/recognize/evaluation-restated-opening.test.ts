// A 自评表 whose worded target is followed by an actual that writes the target's opening words again (一次性通过
// 验收 | 一次性, 全天候可用 | 全天候), run together with the next name, and whose 指标性质 word stands inside the name's
// text (…总体质量定性一次性…): the target, the actual and the next name are parted. Made for this test in the shape of
// issue 12's joined variants of wide/425 and wide/257; names invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const read = (cols: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('an actual written as its target’s opening words', () => {
  it('parts target, actual and the next name after 定性 inside the text', () => {
    const cols: IndicatorColumn[] = ['name', 'reason', 'op', 'target', 'unit', 'actual'];
    expect(read(cols, '某工程实施总体质量定性一次性通过省级验收一次性某安全事故发生率≤0%<=0%')).toEqual([
      {
        name: '某工程实施总体质量',
        cells: { op: '定性', target: '一次性通过省级验收', actual: '一次性' },
      },
      { name: '某安全事故发生率', cells: { target: '≤0%', actual: '<=0%' } },
    ]);
  });

  it('parts target and actual after the points, the row’s last cells', () => {
    const cols: IndicatorColumn[] = ['name', 'reason', 'score', 'target', 'actual'];
    expect(read(cols, '某馆读者使用时长10全天候可用全天候')).toEqual([
      { name: '某馆读者使用时长', cells: { score: '10', target: '全天候可用', actual: '全天候' } },
    ]);
  });

  it('leaves a text whose opening comes again only inside a short tail whole', () => {
    const cols: IndicatorColumn[] = ['name', 'reason', 'score', 'target', 'actual'];
    const cells = read(cols, '某馆读者使用时长10全天候开放全天候好').flatMap((r) => Object.values(r.cells));
    expect(cells).toContain('全天候开放全天候好');
    expect(cells).not.toContain('全天候开放');
  });
});
