// Issue 12, copied layouts: a 自评表 copied as text aligned with runs of spaces (a PDF viewer's copy, a
// fixed-width print) loses an empty cell inside a row without a trace — a gap is a gap however many cells it
// spans. Its rows are read by what their cells hold, not by where they stand against the header: before, a
// row whose 偏差原因 was empty put its actual under 偏差原因, its target under 实际完成值, its 得分 under 指标值.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

async function indicators(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
  if (!out.ok) throw new Error(out.error.message);
  const ev = out.evaluations[0]!;
  if (ev.kind !== 'self-evaluation') throw new Error(ev.kind);
  return ev.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.score, i.deviationReason]);
}

const head = [
  '项目支出绩效自评表',
  '项目名称    某某培训项目    主管部门    某某局',
  '一级指标    二级指标    三级指标    偏差原因分析    实际完成值    年度指标值    得分',
];

describe('a space-aligned 自评表 row whose empty cells left no gap', () => {
  it('places its cells by what they hold: figures under the values, not under the reason', async () => {
    const text = [
      ...head,
      '产出指标    数量指标    培训人数    52人    50人    10',
      '    质量指标    培训合格率    96%    95%    10',
    ].join('\n');
    expect(await indicators(text)).toEqual([
      ['培训人数', '50人', '52人', '10', null],
      ['培训合格率', '95%', '96%', '10', null],
    ]);
  });

  it('keeps a row that fills every column where it stands', async () => {
    const text = [
      ...head,
      '产出指标    数量指标    培训人数    场地不足    45人    50人    8',
      '    质量指标    培训合格率    无    96%    95%    10',
    ].join('\n');
    expect(await indicators(text)).toEqual([
      ['培训人数', '50人', '45人', '8', '场地不足'],
      ['培训合格率', '95%', '96%', '10', '无'],
    ]);
  });
});
