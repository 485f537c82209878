import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';

// Made for these tests in the shape of a 山西 1-9月 监控表 copied one cell per line (wide/482; values invented).

describe('a 监控表 whose progress column says 实际完成值', () => {
  it('names 1-9月实际完成值 the progress to date and 偏差原因及纠偏措施 the reason', () => {
    expect(indicatorColumnOf('1-9月实际完成值')).toBe('actualToDate');
    expect(indicatorColumnOf('截至6月底累计完成值')).toBe('actualToDate');
    expect(indicatorColumnOf('偏差原因及纠偏措施')).toBe('reason');
  });

  it('reads its rows, one cell per line, each value in its column', async () => {
    const text = [
      '某区2024年项目支出绩效运行监控表',
      '项目名称',
      '某区中小学课后服务经费',
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度目标值',
      '1-9月实际完成值',
      '全年预计完成值',
      '偏差原因及纠偏措施',
      '产出指标',
      '数量指标',
      '参与课后服务学生人数',
      '≥28000人',
      '27150人',
      '28200人',
      '秋季学期报名尚未结束',
      '覆盖学校数',
      '64所',
      '64所',
      '64所',
      '无偏差',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'monitor.txt');
    expect(out.ok).toBe(true);
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'monitoring') throw new Error('no 监控表 read');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actualToDate.raw])).toEqual([
      ['参与课后服务学生人数', '≥28000人', '27150人'],
      ['覆盖学校数', '64所', '64所'],
    ]);
  });
});
