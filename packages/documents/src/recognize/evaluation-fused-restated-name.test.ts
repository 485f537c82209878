// A 自评表 whose target repeats its name (统筹项目谋划 | 统筹项目谋划) and whose actual is a judgement (完成), the
// cells run together after the points (名称 | 分值 | 偏差原因 | 年度指标值 | 实际完成值): the text after the figure
// opens with the whole name again, then the judgement, then the next row's name. Made for this test in the shape of
// issue 12's joined variants of wide/427; names invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'score', 'reason', 'target', 'actual'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a target that writes its name again, run into the actual and the next name', () => {
  it('parts the name written again, the judgement and the next name', () => {
    expect(rows('统筹某市项目谋划10统筹某市项目谋划完成指导某市建设10指导某市建设完成')).toEqual([
      { name: '统筹某市项目谋划', cells: { score: '10', target: '统筹某市项目谋划', actual: '完成' } },
      { name: '指导某市建设', cells: { score: '10', target: '指导某市建设', actual: '完成' } },
    ]);
  });

  it('does not part a name written again where no judgement follows it', () => {
    const out = rows('统筹某市项目谋划10统筹某市项目谋划指导某市建设10指导某市建设');
    expect(out.map((r) => r.cells.actual)).not.toContain('完成');
    expect(out.some((r) => r.cells.target === '统筹某市项目谋划')).toBe(false);
  });
});
