import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { countDashLeads, splitDashLeads } from './dash-lead.ts';

const texts = (cells: string[]) => {
  const parts = cells.map((c) => atomsOf([c]));
  const count = countDashLeads(parts);
  return parts.map((p) =>
    splitDashLeads(p, count)
      .filter((a) => a.kind === 'text')
      .map((a) => a.text),
  );
};

describe('the dash OCR reads as 一 in an empty cell', () => {
  it("is cut off the text after a figure where the table's rows keep printing it", () => {
    expect(
      texts(['目标完整性4一目标明确4', '立项相关性2一按标准管理2', '绩效监控有效性2-持续有效2']),
    ).toEqual([
      ['目标完整性', '—', '目标明确'],
      ['立项相关性', '—', '按标准管理'],
      ['绩效监控有效性', '—', '持续有效'],
    ]);
  });

  it('stands for the empty cell alone between two figures too, in such a table', () => {
    expect(texts(['目标完整性4一目标明确4', '立项相关性2一按标准管理2', '预算执行率10一100%9'])[2]).toEqual([
      '预算执行率',
      '—',
    ]);
    expect(texts(['预算执行率10一100%9'])[0]).toEqual(['预算执行率', '一']);
  });

  it('is left in a word where only one row starts so (一般 is a word)', () => {
    expect(texts(['服务质量10一般8', '完成率10100%10'])).toEqual([['服务质量', '一般'], ['完成率']]);
  });
});
