// A fund line whose amount cell refers to an attachment (参见附件1具体金额): the source named before it, no amount
// (amount-by-reference.ts). Names and figures made up; the form one cell a paragraph, as a portal page copies it.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { refersForAmount, sourceReferredFor } from './amount-by-reference.ts';

const form = (amountCell: string) =>
  [
    '2026年农村公路养护补助资金绩效目标表',
    '',
    '项目名称',
    '',
    '农村公路养护补助资金',
    '',
    '省级主管部门',
    '',
    '某省交通运输厅',
    '',
    '资金情况(万元)',
    '',
    '下达资金总额',
    '',
    '',
    '其中:中央财政补助',
    '',
    amountCell,
    '',
    '地方资金',
    '',
    '',
    '一级指标',
    '',
    '二级指标',
    '',
    '三级指标',
    '',
    '指标值',
    '',
    '产出指标',
    '',
    '数量指标',
    '',
    '养护农村公路里程',
    '',
    '≥1200公里',
  ].join('\n');

const sources = async (amountCell: string) => {
  const out = await importBuffer(new TextEncoder().encode(form(amountCell)), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0];
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f.budget.sources;
};

describe('a source whose amount is left to an attachment', () => {
  it('is the source named before the reference, with no amount', async () => {
    // Before: one source named 详见附件2具体金额.
    const read = await sources('详见附件2具体金额');
    expect(read[0]).toEqual({ name: '中央财政补助', amount: null });
    expect(read.map((s) => s.name)).not.toContain('详见附件2具体金额');
  });

  it('reads an amount in that place as the part’s amount', async () => {
    // Before: the 860 lost, 地方资金 the one source.
    expect((await sources('860'))[0]).toEqual({ name: '中央财政补助', amount: '860' });
  });

  it('tells a reference from a sentence or a fund name', () => {
    expect(refersForAmount('参见附件1具体金额')).toBe(true);
    expect(refersForAmount('见附表')).toBe(true);
    expect(refersForAmount('具体金额见附件3')).toBe(true);
    expect(refersForAmount('按照附件要求做好资金拨付和绩效目标管理工作')).toBe(false);
    expect(refersForAmount('其他资金')).toBe(false);
    expect(sourceReferredFor(['下达资金总额', '其中:中央财政补助'])).toEqual({
      name: '中央财政补助',
      amount: null,
    });
    expect(sourceReferredFor(['下达资金总额'])).toBeNull();
  });
});
