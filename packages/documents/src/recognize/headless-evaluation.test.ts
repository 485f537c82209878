import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { isHeadlessSelfEvaluation } from './headless-evaluation.ts';

// Made for these tests: a 自评表's last rows as a page keeps them, without title or header.
const TAIL =
  '产出指标数量指标道路养护里程=12公里 30 维修桥梁≥3座 30 效益指标社会效益指标群众出行便利度≥90% 30 合计100 ' +
  '评价结论按期完成养护。存在问题暂无改进措施暂无项目负责人:财务负责人:';

describe('the tail of a 自评表 without title or header', () => {
  it('is known by the words that close a 自评表, under level names', () => {
    expect(isHeadlessSelfEvaluation([paragraph(TAIL)])).toBe(true);
    // A target form's indicator rows print no conclusions.
    expect(
      isHeadlessSelfEvaluation([paragraph('产出指标数量指标道路养护里程=12公里 30 维修桥梁≥3座 30')]),
    ).toBe(false);
    // Conclusions without any indicator table are prose.
    expect(isHeadlessSelfEvaluation([paragraph('评价结论按期完成。存在问题暂无。改进措施暂无。')])).toBe(
      false,
    );
  });

  it('is read under the columns every 自评表 starts with, its 合计 row no indicator', async () => {
    const out = await importBuffer(new TextEncoder().encode(TAIL), 'tail.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.target.raw, i.weight])).toEqual([
      ['道路养护里程', '=12公里', '30'],
      ['维修桥梁', '≥3座', '30'],
      ['群众出行便利度', '≥90%', '30'],
    ]);
  });
});
