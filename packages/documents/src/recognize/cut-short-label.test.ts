// A header label a mirror's OCR cut short and ran into noise (全年实际完.IK/-4- for 全年实际完成值) between two labels
// it keeps. Made for this test after wide/462 (a traditional-script mirror of the 区域 template, filled by hand).
import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { readEvaluationTableInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';
import { cutShortLabelAt } from './scrambled-label.ts';

const table = (text: string) =>
  readEvaluationTableInText(
    segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
  )?.records.map((r) => [r.name, r.cells.target, r.cells.actual]);

describe('a header label cut short by noise', () => {
  it('reads as its spelling where a known label follows the noise', () => {
    const spellings: Array<[string, string]> = [
      ['全年实际完成值', 'actual'],
      ['未完成原因和改进措施', 'reason'],
    ];
    const known = (i: number) => '全年实际完.IK/-4-未完成原因和改进措施'.startsWith('未完成', i);
    expect(cutShortLabelAt('全年实际完.IK/-4-未完成原因和改进措施', 0, spellings, known)).toEqual({
      end: 12,
      value: 'actual',
    });
    // Without noise, or with Chinese after the piece, it is no label cut short.
    expect(cutShortLabelAt('全年实际完未完成原因和改进措施', 0, spellings, () => true)).toBeNull();
  });

  it('gives the table its actual column, the noise no row of its own', () => {
    expect(
      table(
        '一级指标二级指标三级指标指标值全年实际完.IK/-4-未完成原因和改进措施产出指标数量指标支持某类研究项目数量20个22个支持某类基地项目数量3个3个',
      ),
    ).toEqual([
      ['支持某类研究项目数量', '20个', '22个'],
      ['支持某类基地项目数量', '3个', '3个'],
    ]);
  });
});
