import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-11.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { renderMessage } from '../render.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });
const message = (f: Disclosure) =>
  run(f).map((r) => renderMessage(rule.meta.messages[r.messageId]!, r.data ?? {}));

/** A prose-only disclosure with the figures the reader takes from its text. */
const prose = (figures: Record<string, string>, year = 2022): Disclosure => ({
  ...makeDisclosure(),
  year,
  tables: [],
  sections: [{ title: '“三公”经费', text: '' }],
  figures,
  partial: true,
});

// corpus 039 (内蒙古, 2022): "2022年度“三公”经费预算总计21.8万元，其中：因公出国(境)经费0万元，公务接待11.8万元，
// 公务用车运行费用10万元。…2021年度“三公”经费合计支出20.12万元，其中：…公务接待12.39万元，公务用车运行费用7.73万元。
// 2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元，减少4.68%。公务用车运行费用
// 较上年同期增加2.27万元，增长29.37%。"
const c039 = {
  threePublic: '21.8',
  threePublicAbroad: '0',
  threePublicVehicleOperation: '10',
  threePublicReception: '11.8',
  threePublicPriorActual: '20.12',
  threePublicAbroadPriorActual: '0',
  threePublicReceptionPriorActual: '12.39',
  threePublicVehicleOperationPriorActual: '7.73',
  threePublicChange: '1.68',
  threePublicReceptionChange: '-0.58',
  threePublicReceptionChangePercent: '-4.68',
  threePublicVehicleOperationChange: '2.27',
  threePublicVehicleOperationChangePercent: '29.37',
};

// corpus 038 (四川 绵竹, 2025): 1969 = 40 + 242 + 1687, 比上年减少221万元, 下降10.1%; 接待 −12 (−4.7%), 用车 −209 (−11%).
const c038 = {
  threePublic: '1969',
  threePublicAbroad: '40',
  threePublicVehicles: '1687',
  threePublicReception: '242',
  threePublicPrior: '2190',
  threePublicChange: '-221',
  threePublicChangePercent: '-10.1',
  threePublicAbroadChange: '0',
  threePublicReceptionChange: '-12',
  threePublicReceptionChangePercent: '-4.7',
  threePublicVehiclesChange: '-209',
  threePublicVehiclesChangePercent: '-11',
};

// corpus 032 (湖南 祁阳, 2024): "收入预算7018.511万元 … 收入较上年增加2042.519万元，增加30.14%" — 2042.519 ÷ 4975.992 = 41.05%.
const c032 = { income: '7018.511', incomeChange: '2042.519', incomeChangePercent: '30.14' };

describe('R-PUB-11', () => {
  it('leaves a change and rate a sentence states with its own amount to R-PUB-04, whichever amount the figures keep (铜梁 wide/164)', () => {
    const figures = { threePublic: '20', threePublicChange: '-0.71', threePublicChangePercent: '-7.83' };
    const withText = (text: string): Disclosure => ({
      ...prose(figures, 2021),
      sections: [{ title: '“三公”经费', text }],
    });
    expect(
      run(
        withText(
          '2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%。',
        ),
      ),
    ).toEqual([]);
    // stated without an amount of its own, the rate is R-PUB-11's to judge against the figure it has
    expect(run(withText('“三公”经费较上年减少0.71万元,下降7.83%。')).map((r) => r.messageId)).toEqual([
      'percentMismatch',
    ]);
  });

  it('passes a sound 三公 text: parts, changes and rates agree (038)', () => {
    expect(run(prose(c038, 2025))).toEqual([]);
  });

  it('recomputes a change from last year’s figures: 11.8 − 12.39 = −0.59, written −0.58 (039)', () => {
    expect(message(prose(c039))).toEqual([
      '公务接待费本年 11.8 万元、上年决算 12.39 万元，应减少 0.59 万元，而文中写减少 0.58 万元：请核对增减额',
    ]);
    // A difference within the rounding of the written figures is a warning, a larger one an error.
    expect(run(prose(c039))[0]!.severity).toBe('warning');
    expect(run(prose({ ...c039, threePublicReceptionChange: '-0.3' }))[0]!.severity).toBeUndefined();
  });

  it('recomputes a rate over last year’s figure: 30.14 % written, 41.05 % computed (032)', () => {
    expect(message(prose(c032, 2024))).toEqual([
      '收入预算比上年增加 2042.519 万元，按上年 4975.992 万元计算增减幅度应为 41.05%，文中写 30.14%：请改正',
    ]);
  });

  it('names a rate divided by this year’s figure instead of last year’s', () => {
    // 2042.519 ÷ 7018.511 = 29.10 %
    const r = run(prose({ ...c032, incomeChangePercent: '29.10' }, 2024));
    expect(r.map((x) => x.messageId)).toEqual(['percentWrongYear']);
  });

  it('gives a rate off only by the amounts’ rounding a warning: 332 ÷ 4255 = 7.80 %, written 7.81 % (037)', () => {
    const r = run(
      prose({ threePublic: '3923', threePublicChange: '-332', threePublicChangePercent: '-7.81' }, 2024),
    );
    expect(r.map((x) => [x.messageId, x.severity])).toEqual([['percentRounding', 'warning']]);
  });

  it('finds parts that exceed their total and parts that do not make it up', () => {
    expect(run(prose({ ...c038, threePublicAbroad: '140' }, 2025)).map((x) => x.messageId)).toEqual([
      'partsExceed',
    ]);
    // The changes of the parts (0 − 12 − 200) do not make up the total's (−221).
    expect(
      run(
        prose(
          { ...c038, threePublicVehiclesChange: '-200', threePublicVehiclesChangePercent: '-10.6' },
          2025,
        ),
      ).map((x) => [x.messageId, x.path]),
    ).toEqual([['partsMismatch', '/figures/threePublicChange']]);
  });

  it('says nothing of a shortfall when a part is not stated (an unknown label is not a missing line)', () => {
    const { threePublicAbroad: _, ...withoutAbroad } = c038;
    expect(run(prose({ ...withoutAbroad, threePublic: '1969' }, 2025))).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'a sound 三公 text (corpus 038)', form: prose(c038, 2025) }],
  invalid: [
    {
      name: 'a rate over the wrong base (corpus 032)',
      form: prose(c032, 2024),
      errors: [{ messageId: 'percentMismatch', path: '/figures/incomeChangePercent', severity: 'error' }],
    },
    {
      name: 'a change that is not this year minus last year (corpus 039)',
      form: prose(c039),
      errors: [
        { messageId: 'changeMismatch', path: '/figures/threePublicReceptionChange', severity: 'warning' },
      ],
    },
  ],
});

// wide/163 (杜集 2021 决算): table 公务接待费 预算数 14.9 | 决算数 5.21; text "与2021年度预算相比,减少0.1万元".
describe('R-PUB-11: a change stated against last year’s budget or its 决算', () => {
  // 旺苍 wide/239 (traditional script): 2024 執行數 2010.95, 2025 預算數 2005.41, 較上年預算數減少94.91, 下降4.52%.
  const figures = {
    threePublic: '2005.41',
    threePublicPriorActual: '2010.95',
    threePublicChange: '-94.91',
    threePublicChangePercent: '-4.52',
  };
  const with_ = (text: string): Disclosure => ({
    ...prose(figures, 2025),
    sections: [{ title: '“三公”经费', text }],
  });
  it('does not judge a change against last year’s budget by last year’s 执行数', () =>
    expect(run(with_('2025年“三公”經費預算數2005.41萬元,較上年預算數減少94.91萬元,下降4.52%。'))).toEqual(
      [],
    ));
  it('judges one the text states against last year’s 执行数 by it', () =>
    expect(
      run(with_('2025年“三公”经费预算数2005.41万元,较上年执行数减少94.91万元,下降4.52%。')).map(
        (x) => x.messageId,
      ),
    ).toEqual(['changeMismatch', 'percentMismatch']));
});

describe('R-PUB-11: a change against this year’s budget beside a 决算', () => {
  it('reports a change that is not the 决算 less the 预算数, naming both', () => {
    const f = prose(
      {
        threePublicReception: '5.21',
        threePublicReceptionBudget: '14.9',
        threePublicReceptionBudgetChange: '-0.1',
      },
      2021,
    );
    expect(run(f).map((r) => [r.messageId, r.path])).toEqual([
      ['changeMismatch', '/figures/threePublicReceptionBudgetChange'],
    ]);
    expect(message(f)[0]).toContain('9.69');
    expect(message(f)[0]).toContain('0.1');
  });

  it('accepts the 决算 less the 预算数, and says nothing without a 预算数 (a year-on-year change is not compared with it)', () => {
    expect(
      run(
        prose(
          {
            threePublicReception: '5.21',
            threePublicReceptionBudget: '14.9',
            threePublicReceptionBudgetChange: '-9.69',
          },
          2021,
        ),
      ),
    ).toEqual([]);
    expect(
      run(prose({ threePublicReception: '5.21', threePublicReceptionBudgetChange: '-0.1' }, 2021)),
    ).toEqual([]);
    expect(
      run(
        prose(
          {
            threePublicReception: '5.21',
            threePublicReceptionBudget: '14.9',
            threePublicReceptionChange: '-0.1',
          },
          2021,
        ),
      ),
    ).toEqual([]);
  });
});

describe('R-PUB-11: changes against this year’s budget', () => {
  // 焦石镇 wide/196: "“三公”经费41万元 … 较年初预算数减少4万元，下降2.2%。其中：公务用车购置及运行维护费21万元，…较年初预算数
  // 减少4万元；公务接待费20万元，…较年初预算数减少1万元" with 因公出国(境)费0万元.
  const c196 = {
    threePublic: '41',
    threePublicAbroad: '0',
    threePublicVehicles: '21',
    threePublicReception: '20',
    threePublicBudgetChange: '-4',
    threePublicBudgetChangePercent: '-2.2',
    threePublicVehiclesBudgetChange: '-4',
    threePublicReceptionBudgetChange: '-1',
  };

  it('finds a rate against the budget that the change does not give (4 ÷ 45 = 8.89 %, not 2.2 %)', () => {
    expect(message(prose(c196, 2020))).toContain(
      '“三公”经费本年 41 万元，比本年预算减少 4 万元，按预算 45 万元计算增减幅度应为 8.89%，文中写 2.2%：请改正',
    );
    expect(
      message(prose({ ...c196, threePublicBudgetChangePercent: '-8.9' }, 2020)).filter((m) =>
        m.includes('增减幅度'),
      ),
    ).toEqual([]);
  });

  it('finds parts falling by more than their total where the part left out is 0 this year (4 + 1 > 4)', () => {
    const r = run(prose(c196, 2020)).filter((x) => x.messageId === 'changePartsExceed');
    expect(r.map((x) => [x.severity, x.data?.sum, x.data?.total])).toEqual([['warning', '-5', '-4']]);
    // beyond the rounding of the figures it is an error
    expect(
      run(prose({ ...c196, threePublicVehiclesBudgetChange: '-6' }, 2020))
        .filter((x) => x.messageId === 'changePartsExceed')
        .map((x) => x.severity),
    ).toEqual([undefined]);
    // parts that make up the change, or a part left out that may have fallen, pass
    expect(
      run(prose({ ...c196, threePublicVehiclesBudgetChange: '-3' }, 2020)).filter(
        (x) => x.messageId === 'changePartsExceed',
      ),
    ).toEqual([]);
    expect(
      run(prose({ ...c196, threePublicAbroad: '2' }, 2020)).filter(
        (x) => x.messageId === 'changePartsExceed',
      ),
    ).toEqual([]);
  });
});

// wide/310 (浙江 衢江区 三公 决算 2016): the text "公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元)";
// the table 2015年 | … | 1350 | 73 | 1277, 2016年 | … | 996 | 37 | 959, 2016年比2015年增减% | … | -26.24 | -47.95 | -24.98.
const w310 = {
  threePublicVehiclePurchase: '37',
  threePublicVehicleOperation: '959',
  threePublicVehiclePurchasePrior: '73',
  threePublicVehicleOperationPrior: '1277',
  threePublicVehiclePurchaseChangePercent: '-47.95',
  threePublicVehicleOperationChangePercent: '-24.98',
};
const w310Stated = { threePublicVehiclePurchase: '38', threePublicVehicleOperation: '958' };

describe('R-PUB-11: a table’s rate worked from the amount the text states', () => {
  it('without the text’s figures, a rate outside the whole-万元 rounding is an error: (959 − 1277) ÷ 1277 = −24.90 %, printed −24.98', () => {
    const r = run(prose(w310, 2016)).filter((x) => x.messageId === 'percentMismatch');
    expect(r.map((x) => [x.data?.computed, x.data?.written])).toEqual([
      ['49.32', '47.95'],
      ['24.90', '24.98'],
    ]);
  });

  it('a rate exact on the text’s 958 / 38 names that figure as a warning (the amounts’ disagreement is R-PUB-13’s error)', () => {
    const r = run({ ...prose(w310, 2016), statedInText: w310Stated });
    expect(r.map((x) => [x.messageId, x.severity, x.data?.computed, x.data?.stated])).toEqual([
      ['percentOtherFigure', 'warning', '49.32', '38'],
      ['percentOtherFigure', 'warning', '24.90', '958'],
    ]);
    // a text figure the rate does not fit either leaves the error as it was
    const other = run({ ...prose(w310, 2016), statedInText: { threePublicVehicleOperation: '950' } });
    expect(other.filter((x) => x.path.includes('Operation')).map((x) => x.messageId)).toEqual([
      'percentMismatch',
    ]);
  });

  it('gives a rate whose change is not stated the rounding of both amounts: 958.5 ÷ 1276.5 − 1 = −24.91 %, printed −24.96 is within it', () => {
    const r = run(
      prose(
        {
          threePublicVehicleOperation: '959',
          threePublicVehicleOperationPrior: '1277',
          threePublicVehicleOperationChangePercent: '-24.96',
        },
        2016,
      ),
    );
    expect(r.map((x) => [x.messageId, x.severity])).toEqual([['percentRounding', 'warning']]);
  });
});
