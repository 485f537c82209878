// Attributing 财政拨款 economic spending to 政府性基金 / 国有资本经营预算 where the published tables determine
// it, and leaving it with 一般公共预算 (for R-BUD-02 to report) where they do not. Amounts by hand.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { attributeFundEconomic, type FundSpending } from './read-fund-economic.ts';

const d = (v: string) => new Decimal(v);
const rest = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, d(v)]));
const fund = (basic: string, project: string, f: FundSpending['fund'] = 'governmentFund'): FundSpending => ({
  fund: f,
  basic: d(basic),
  project: d(project),
});
const show = (parts: ReturnType<typeof attributeFundEconomic>) =>
  parts.map((p) => [p.code, p.fund, p.basic.toFixed(2), p.project.toFixed(2)]);

describe('attributeFundEconomic', () => {
  it('one 类 holding everything: the fund’s part exactly, the rest 一般公共预算 project spending', () => {
    expect(show(attributeFundEconomic(rest({ '302': '320' }), d('220'), [fund('20', '80')]))).toEqual([
      ['302', 'governmentFund', '20.00', '80.00'],
      ['302', 'general', '0.00', '220.00'],
    ]);
  });
  it('the one set of 类 adding up to the fund’s total is the fund’s', () => {
    expect(
      show(attributeFundEconomic(rest({ '302': '220', '310': '100' }), d('220'), [fund('0', '100')])),
    ).toEqual([
      ['302', 'general', '0.00', '220.00'],
      ['310', 'governmentFund', '0.00', '100.00'],
    ]);
    // No 一般公共预算 project spending: every 类 is the fund's (所有 project, as the fund has no basic spending).
    expect(
      show(
        attributeFundEconomic(rest({ '302': '30', '310': '70' }), d('0'), [fund('0', '100', 'stateCapital')]),
      ),
    ).toEqual([
      ['302', 'stateCapital', '0.00', '30.00'],
      ['310', 'stateCapital', '0.00', '70.00'],
    ]);
  });
  it('cannot be known: two sets fit, two funds, or totals that disagree — all stays 一般公共预算', () => {
    const allGeneral = (r: Map<string, Decimal>) =>
      [...r].map(([c, v]) => [c, 'general', '0.00', v.toFixed(2)]);
    const twoFit = rest({ '302': '100', '310': '100' });
    expect(show(attributeFundEconomic(twoFit, d('100'), [fund('0', '100')]))).toEqual(allGeneral(twoFit));
    const two = rest({ '302': '50', '310': '100' });
    expect(
      show(attributeFundEconomic(two, d('0'), [fund('0', '50'), fund('0', '100', 'stateCapital')])),
    ).toEqual(allGeneral(two));
    expect(show(attributeFundEconomic(two, d('0'), [fund('0', '90')]))).toEqual(allGeneral(two));
    // Basic and project spending of the fund over several 类: which 类 holds which is not published.
    expect(show(attributeFundEconomic(two, d('0'), [fund('50', '100')]))).toEqual(allGeneral(two));
  });
});
