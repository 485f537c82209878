// Qualitative scoring (R-EVAL-02): bands of weight 20 are 达成 [16, 20], 部分达成 [12, 16), 未达成 [0, 12).
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { bandPoint, gradeBand, scoreQualitative } from './score-qualitative.ts';
import { firstError, value } from './test-helpers.ts';

const PART = '部分达成年度指标并具有一定效果' as const;

describe('default score: the top of the band', () => {
  it('达成 → 20.00 (the band includes its top)', () => {
    const s = value(scoreQualitative({ grade: '达成年度指标', weight: '20' }));
    expect(s.score).toBe('20.00');
    expect(s.working).toBe(
      '定性指标「达成年度指标」：得分区间为分值 20 的 80%（含）至 100%（含），即 16（含）至 20（含），默认取区间上限 20.00',
    );
  });
  it('部分达成 → 15.99 (16 belongs to 达成, so the highest two-decimal score below it)', () => {
    expect(value(scoreQualitative({ grade: PART, weight: '20' })).score).toBe('15.99');
  });
  it('未达成 → 11.99', () => {
    expect(value(scoreQualitative({ grade: '未达成年度指标且效果较差', weight: '20' })).score).toBe('11.99');
  });
  it('configurable point: middle 14.00 / bottom 12.00 for 部分达成; middle 6.00 / bottom 0.00 for 未达成', () => {
    expect(value(scoreQualitative({ grade: PART, weight: '20' }, { defaultPoint: 'middle' })).score).toBe(
      '14.00',
    );
    expect(value(scoreQualitative({ grade: PART, weight: '20' }, { defaultPoint: 'bottom' })).score).toBe(
      '12.00',
    );
    const missed = '未达成年度指标且效果较差' as const;
    expect(value(scoreQualitative({ grade: missed, weight: '20' }, { defaultPoint: 'middle' })).score).toBe(
      '6.00',
    );
    expect(value(scoreQualitative({ grade: missed, weight: '20' }, { defaultPoint: 'bottom' })).score).toBe(
      '0.00',
    );
  });
  it('a spread weight 16.67: 部分达成 band [10.002, 13.336) → top 13.33, bottom 10.01', () => {
    const band = gradeBand(PART, new Decimal('16.67'));
    expect(bandPoint(band, 'top').toFixed(2)).toBe('13.33');
    expect(bandPoint(band, 'bottom').toFixed(2)).toBe('10.01');
  });
});

describe('override', () => {
  const reason = '年内完成 3 个乡镇中的 2 个，效果初显';
  it('inside the band with a reason: 14.5 for 部分达成', () => {
    const s = value(scoreQualitative({ grade: PART, weight: '20', override: { score: '14.5', reason } }));
    expect(s.score).toBe('14.50');
    expect(s.computed).toBe('15.99');
    expect(s.flags).toEqual(['overridden']);
    expect(s.working).toContain(`人工评定 14.50（理由：${reason}）`);
  });
  it('the lower bound is inclusive: 12 for 部分达成, 16 for 达成', () => {
    expect(
      value(scoreQualitative({ grade: PART, weight: '20', override: { score: '12', reason } })).score,
    ).toBe('12.00');
    const met = scoreQualitative({ grade: '达成年度指标', weight: '20', override: { score: '16', reason } });
    expect(value(met).score).toBe('16.00');
  });
  it('outside the band, with a reason: refused with the band in Chinese', () => {
    const e = firstError(scoreQualitative({ grade: PART, weight: '20', override: { score: '16', reason } }));
    expect(e.code).toBe('override-out-of-band');
    expect(e.message).toBe(
      '定性结果「部分达成年度指标并具有一定效果」的得分须在分值 20 的 60%（含）至 80%（不含），即 12（含）至 16（不含）之间，填写的 16 不在此范围：请在此范围内评分，或改选评价结果',
    );
    expect(e.path).toBe('/override/score');
  });
  it('outside the band, without a reason: refused as out of band', () => {
    const r = scoreQualitative({
      grade: '达成年度指标',
      weight: '20',
      override: { score: '15.99', reason: null },
    });
    expect(firstError(r).code).toBe('override-out-of-band');
  });
  it('inside the band without a reason (null or blank): refused', () => {
    for (const reason of [null, '  ']) {
      const e = firstError(
        scoreQualitative({ grade: PART, weight: '20', override: { score: '13', reason } }),
      );
      expect(e.code).toBe('override-without-reason');
      expect(e.message).toBe('调整得分为 13，须写明调整理由');
      expect(e.path).toBe('/override/reason');
    }
  });
  it('more than two decimals is refused', () => {
    expect(
      firstError(scoreQualitative({ grade: PART, weight: '20', override: { score: '13.555', reason } })).code,
    ).toBe('override-invalid');
  });
});

describe('missing grade', () => {
  it('scores 0 with the reason', () => {
    expect(value(scoreQualitative({ grade: null, weight: '10' }))).toEqual({
      score: '0.00',
      weight: '10',
      computed: '0.00',
      method: 'missing',
      working: '未选择定性评价结果，得 0 分（分值 10）',
      flags: ['missing-actual'],
    });
  });
  it('an override without a grade is refused', () => {
    const r = scoreQualitative({ grade: null, weight: '10', override: { score: '9', reason: '好' } });
    expect(firstError(r).code).toBe('missing-grade');
  });
});
