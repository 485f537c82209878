import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isTransferReportSection } from './transfer-report-sections.ts';
import { reportSectionKind } from './titles.ts';

describe('the sections of a transfer payment’s 绩效自评报告 outline', () => {
  it('knows the outline’s own section words', () => {
    expect(isTransferReportSection('绩效目标分解下达情况')).toBe(true);
    expect(isTransferReportSection('偏离绩效目标的原因和下一步改进措施')).toBe(true);
    expect(isTransferReportSection('绩效自评结果拟应用和公开情况')).toBe(true);
  });

  it('knows no form’s part or column by them', () => {
    expect(isTransferReportSection('偏差原因分析及改进措施')).toBe(false);
    expect(isTransferReportSection('绩效目标')).toBe(false);
    expect(isTransferReportSection('项目年度目标完成情况')).toBe(false);
  });

  it('makes a numbered heading of the outline a report’s section', () => {
    expect(reportSectionKind('一、绩效目标分解下达情况')).toBe('evaluation-report');
    expect(reportSectionKind('三、偏离绩效目标的原因和下一步改进措施')).toBe('evaluation-report');
    // Unnumbered, the words are a sentence's or a cell's, no heading.
    expect(reportSectionKind('绩效目标分解下达情况')).toBeNull();
  });

  it('says a page of such a report under no title is a report', async () => {
    // Made for this test after a county's 水利发展资金 自评报告 page that prints no title: the outline's sections and
    // its indicators as sentences under 二级 words.
    const page = [
      '一、绩效目标分解下达情况',
      '(一)中央下达转移支付预算和绩效目标情况。',
      '省财政厅下达我县某某专项资金300万元。',
      '二、绩效目标完成情况分析',
      '(一)资金投入情况分析。',
      '已支付资金120万元,资金管理规范。',
      '1.产出指标完成情况分析。',
      '(1)数量指标。基本完成治理面积800亩。',
      '(2)质量指标。项目暂未完工。',
      '三、偏离绩效目标的原因和下一步改进措施',
      '项目暂未完工,下一步加快进度。',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(page), 'page.txt');
    expect(out.ok ? 'read' : out.error.code).toBe('unsupported-form');
    expect(out.ok ? '' : out.error.message).toMatch(/^这是绩效评价（自评）报告/);
  });
});
