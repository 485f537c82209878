import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import {
  isDeadline,
  isGrowthRateName,
  isMoneyUnit,
  isNegative,
  isRateName,
  isSatisfactionName,
  moneyInWan,
  numberOf,
} from './values.ts';

describe('value helpers', () => {
  it.each(['验收合格率', '群众满意度', '覆盖比例', '本地企业占比'])('%s is a rate', (n) =>
    expect(isRateName(n)).toBe(true),
  );
  it.each(['培训人数', '项目成本'])('%s is not a rate', (n) => expect(isRateName(n)).toBe(false));
  it('growth and satisfaction names', () => {
    expect(isGrowthRateName('办件量增长率')).toBe(true);
    expect(isGrowthRateName('“三公”经费变动率')).toBe(true);
    expect(isGrowthRateName('验收合格率')).toBe(false);
    expect(isSatisfactionName('服务对象满意率')).toBe(true);
  });
  it.each(['12月31日前', '2024年6月底前', '6月底', '年底前完成', '2025年底', '第三季度末'])(
    '%s is a deadline',
    (t) => expect(isDeadline(t)).toBe(true),
  );
  it.each(['12个月', '=100%', '≤10个工作日', '良好'])('%s is not a deadline', (t) =>
    expect(isDeadline(t)).toBe(false),
  );
  it('converts money exactly to 万元', () => {
    expect(moneyInWan(parseIndicatorValue('≤500000元'))?.toFixed()).toBe('50');
    expect(moneyInWan(parseIndicatorValue('≤1234.5元'))?.toFixed()).toBe('0.12345');
    expect(moneyInWan(parseIndicatorValue('≤571万元'))?.toFixed()).toBe('571');
    expect(moneyInWan(parseIndicatorValue('≤1.2亿元'))?.toFixed()).toBe('12000');
    expect(moneyInWan(parseIndicatorValue('≤2000元/人'))).toBeNull();
    expect(moneyInWan(parseIndicatorValue('良好'))).toBeNull();
    expect(isMoneyUnit('万元')).toBe(true);
    expect(isMoneyUnit('%')).toBe(false);
  });
  it('reads numbers and negative signs', () => {
    expect(numberOf(parseIndicatorValue('≥2.3万个'))?.toFixed()).toBe('2.3');
    expect(numberOf(parseIndicatorValue('确保完成'))).toBeNull();
    expect(isNegative('≤-5万元')).toBe(true);
    expect(isNegative('－3万元')).toBe(true);
    expect(isNegative('90%-95%')).toBe(false);
    expect(isNegative('≥5万元')).toBe(false);
  });
});
