import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-04.ts';
import { makeDisclosure, withText } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-04', () => {
  it('passes text that restates the numbers correctly', () => expect(run(makeDisclosure())).toEqual([]));
  it('finds a year-on-year percentage that does not follow from the amounts (seed 003: 11.45% for 11.44%)', () => {
    const d = withText(
      makeDisclosure(),
      0,
      '2020年部门收支总预算4804.64万元。比2019年预算减少620.92万元，下降11.45%。',
    );
    const r = run(d).filter((x) => x.messageId !== 'figureMismatch');
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['percentMismatch', '/sections/0/text']]);
    expect(r[0]!.data).toMatchObject({ computed: '11.44', written: '11.45', before: '5425.56' });
  });
  it('names the rate the amounts give to two decimals under a whole-number percentage (青阳 wide/161: 5.56%, not 6%)', () => {
    const d = withText(
      makeDisclosure(),
      0,
      '2022年度“三公”经费支出预算为11.4万元,比2021年预算增加0.6万元,增加5%。',
    );
    const r = run(d).filter((x) => x.messageId === 'percentMismatch');
    expect(r.map((x) => x.data)).toEqual([
      expect.objectContaining({ computed: '5.56', written: '5', before: '10.8' }),
    ]);
    // the rate right to its whole percent passes
    expect(
      run(
        withText(
          makeDisclosure(),
          0,
          '2022年度“三公”经费支出预算为11.4万元,比2021年预算增加0.6万元,增加6%。',
        ),
      ).filter((x) => x.messageId === 'percentMismatch'),
    ).toEqual([]);
  });
  it('reads a change against 上年支出数 with its sentence’s amount, not one against 年初预算 (铜梁 wide/164: 7.26%, not 7.83%)', () => {
    const text =
      '2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%。';
    const r = run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId === 'percentMismatch');
    expect(r.map((x) => x.data)).toEqual([
      expect.objectContaining({ computed: '7.26', written: '7.83', before: '9.78' }),
    ]);
    expect(
      run(withText(makeDisclosure(), 0, text.replace('7.83%', '7.26%'))).filter(
        (x) => x.messageId === 'percentMismatch',
      ),
    ).toEqual([]);
  });
  it('reads an item’s change 同比 in 元 right after its amount, across a PDF’s line breaks (梧州 wide/315: 219.08%, not 50.63%)', () => {
    const text =
      '商品和服务支出预算 75800 元,占基本支出预算%,同比增加\n52044.27 元,增长 50.63%,增长原因是编外人员经费支出列入基\n本支出。';
    const r = run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId === 'percentMismatch');
    expect(r.map((x) => x.data)).toEqual([expect.objectContaining({ computed: '219.08', written: '50.63' })]);
    // a rate that follows from the amounts, and a change after another figure, are not judged
    const sound =
      '工资福利支出预算 905709.06 元,占基本支出预算 79.89%,\n同比增加 21557.64 元,增长 2.44%。对个人和家庭补助支出预算 73200 元,同比增加 7680 元,增长 11.72%。' +
      '项目支出 0元,同比减少 47600 元,下降 100%。基本支出100万元，其中：工资80万元，比上年增加10万元，增长14.29%。';
    expect(
      run(withText(makeDisclosure(), 0, sound)).filter((x) => x.messageId === 'percentMismatch'),
    ).toEqual([]);
  });
  it('accepts an increase stated with its percentage', () => {
    expect(
      run(
        withText(
          makeDisclosure(),
          0,
          '公用经费 202.82 万元，比 2019 年预算增加 134.18 万元，增长 195.48 %。',
        ),
      ),
    ).toEqual([]);
  });
  it('finds parts after 其中 that do not add up, and a wrong share', () => {
    const d = withText(
      makeDisclosure(),
      0,
      '2025年部门支出预算1000.00万元，其中：基本支出600.00万元，占62.00%；项目支出300.00万元，占40.00%。',
    );
    expect(run(d).map((x) => x.messageId)).toEqual([
      'breakdownMismatch',
      'shareMismatch',
      'shareMismatch',
      'figureMismatch',
    ]);
  });
  it('finds a total in the text that differs from the tables', () => {
    const d = withText(makeDisclosure(), 1, '2025年“三公”经费预算5.00万元。');
    expect(run(d).map((x) => [x.messageId, x.severity])).toEqual([['figureMismatch', 'error']]);
  });
  it('reads no breakdown from items that each carry several figures under repeating names (wide/145)', () => {
    const text =
      '“三公”经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元;' +
      '公务用车运行维护费支出0万元,年初预算为0.95万元,差值为0.95万元;公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元。';
    expect(
      run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toEqual([]);
    // One figure per item: read, and a sum off its total reported.
    const listed =
      '“三公”经费支出2.05万元,其中:因公出国(境)支出0万元;公务用车运行维护费支出0.95万元;公务接待费支出2.05万元。';
    expect(
      run(withText(makeDisclosure(), 0, listed)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toHaveLength(1);
  });
  it('does not count a change against last year as a part', () => {
    const d = withText(
      makeDisclosure(),
      0,
      '支出预算 1000.00 万元，其中：当年预算 1000.00 万元，比 2024 年预算减少 70.96 万元，增长(下降) 6.63 %；上年结转 0 万元。',
    );
    expect(run(d)).toEqual([]);
  });
  it('counts the items after a part’s own 包括 as that part’s, not the total’s (1143.42 ≠ 655.44)', () => {
    const text =
      '（一）基本支出655.44万元。其中：1. 人员经费571.71万元，包括：工资福利支出566.71万元，对个人和家庭的补助5.00万元；2. 公用经费83.73万元。';
    expect(run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId !== 'figureMismatch')).toEqual(
      [],
    );
  });
  it('still finds nested items that do not add up to their part', () => {
    const text =
      '基本支出655.44万元，其中：人员经费571.71万元，包括：工资福利支出560.71万元，对个人和家庭的补助5.00万元；公用经费83.73万元。';
    const r = run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId === 'breakdownMismatch');
    expect(r.map((x) => x.data)).toEqual([expect.objectContaining({ total: '571.71', actual: '565.71' })]);
  });
  it('reads a 主要包括 that a 「；」 closes as what an item covers, not as items under it (鹤山 wide/169)', () => {
    const text =
      '“三公”经费支出合计24.75万元。其中:因公出国(境)经费支出0万元;公务用车购置费支出0万元;公务用车运行维护费支出8.2万元,主要包括公务用车燃料费、维修保养费及其他运行费用;公务接待费支出16.55万元,主要包括单位按规定开支的各类公务接待费用。';
    expect(
      run(withText(makeDisclosure(), 1, text)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toEqual([]);
    // the same items under a wrong total are still found
    const wrong = text.replace('24.75万元', '26.75万元');
    const r = run(withText(makeDisclosure(), 1, wrong)).filter((x) => x.messageId === 'breakdownMismatch');
    expect(r.map((x) => x.data)).toEqual([expect.objectContaining({ total: '26.75', actual: '24.75' })]);
  });
  it('reads an item’s parts in brackets as that item’s, not the total’s (焦石镇 wide/196: 41, not 62)', () => {
    const text =
      '2020年度“三公”经费41万元，其中：因公出国(境)费0万元，公务用车购置及运行维护费21万元(公务用车购置费0万元、公务用车运行维护费21万元)，公务接待费20万元。';
    expect(
      run(withText(makeDisclosure(), 1, text)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toEqual([]);
    // the bracket's own parts are still judged against their item
    const wrong = text.replace('公务用车运行维护费21万元)', '公务用车运行维护费23万元)');
    const r = run(withText(makeDisclosure(), 1, wrong)).filter((x) => x.messageId === 'breakdownMismatch');
    expect(r.map((x) => x.data)).toEqual([expect.objectContaining({ total: '21', actual: '23' })]);
  });

  it('finds a share of the budget completed that the figure and its budget do not give (天水 wide/198: 103.32%, not 100%)', () => {
    const f = (figures: Record<string, string>) =>
      run({ ...makeDisclosure(), tables: [], sections: [], figures, partial: true });
    const over = f({
      expenditureGeneralPublic: '1741.75',
      expenditureGeneralPublicBudgetRate: '100',
      expenditureGeneralPublicBudgetChange: '55.93',
    });
    expect(over.map((x) => [x.messageId, x.data])).toEqual([
      [
        'budgetRateMismatch',
        expect.objectContaining({ budget: '1685.82', computed: '103.32', written: '100' }),
      ],
    ]);
    // a rate the amounts give, within the rounding of the rate, passes; so does one against a budget stated
    expect(
      f({
        expenditureGeneralPublic: '1741.75',
        expenditureGeneralPublicBudgetRate: '103.3',
        expenditureGeneralPublicBudgetChange: '55.93',
      }),
    ).toEqual([]);
    expect(f({ threePublic: '9', threePublicBudget: '10', threePublicBudgetRate: '90' })).toEqual([]);
    expect(
      f({ threePublic: '9.00', threePublicBudget: '10.00', threePublicBudgetRate: '100' }).map(
        (x) => x.messageId,
      ),
    ).toEqual(['budgetRateMismatch']);
  });

  it('takes a whole budget beside amounts to the cent as exact (寿县 wide/232: 1.71 of 3 is 57 %, not 43 %)', () => {
    const f = (figures: Record<string, string>) =>
      run({ ...makeDisclosure(), tables: [], sections: [], figures, partial: true });
    expect(
      f({ threePublic: '1.71', threePublicBudget: '3', threePublicBudgetRate: '43' }).map((x) => [
        x.messageId,
        x.data?.computed,
      ]),
    ).toEqual([['budgetRateMismatch', '57.00']]);
    expect(f({ threePublic: '1.71', threePublicBudget: '3', threePublicBudgetRate: '57' })).toEqual([]);
  });

  it('finds parts’ completion rates taken on the total’s budget (寻甸 wide/231: 5.91 + 5.92 > 5.92)', () => {
    const f = (vehicles: string, reception: string) =>
      run({
        ...makeDisclosure(),
        tables: [],
        sections: [],
        partial: true,
        figures: {
          threePublic: '3.58',
          threePublicBudget: '5.92',
          threePublicVehicles: '1.2',
          threePublicVehiclesBudgetRate: vehicles,
          threePublicReception: '2.38',
          threePublicReceptionBudgetRate: reception,
        },
      });
    expect(f('20.3', '40.2').map((x) => [x.messageId, x.data?.sum])).toEqual([
      ['partBudgetsExceed', '11.83'],
    ]);
    // rates of their own budgets (1.2 of 1.5, 2.38 of 4.42) fit the total's budget
    expect(f('80', '53.85')).toEqual([]);
  });

  it('judges shares written without their base against the whole the items make up (寿县 wide/232, 寻甸 wide/230)', () => {
    const swapped =
      '2023年度“三公”经费支出决算中,公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元,占31%。';
    const r = run(withText(makeDisclosure(), 1, swapped)).filter((x) => x.messageId === 'shareMismatch');
    expect(r.map((x) => [x.data?.amount, x.data?.total, x.data?.written])).toEqual([
      ['0.53', '1.71', '69'],
      ['1.18', '1.71', '31'],
    ]);
    const right = swapped.replace('占69%', '占31%').replace('占31%。', '占69%。');
    expect(run(withText(makeDisclosure(), 1, right)).filter((x) => x.messageId === 'shareMismatch')).toEqual(
      [],
    );
    // shares not adding up to 100 % are judged only where the text states the items' sum as a figure of its own
    const copied =
      '因公出国(境)费支出0万元,占0.00%;公务用车购置及运行维护费支出4.02万元,占89.33%;公务接待费支出7.94万元,占39.7%。';
    expect(run(withText(makeDisclosure(), 1, copied)).filter((x) => x.messageId === 'shareMismatch')).toEqual(
      [],
    );
    const withTotal = `“三公”经费支出决算为11.96万元。${copied}`;
    expect(
      run(withText(makeDisclosure(), 1, withTotal))
        .filter((x) => x.messageId === 'shareMismatch')
        .map((x) => x.data?.computed),
    ).toEqual(['33.61', '66.39']);
  });

  it('does not take a change for the total its parts make up (四川 corpus 038)', () => {
    const text =
      '“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元,较上年减少209万元,下降11%。';
    expect(
      run(withText(makeDisclosure(), 1, text)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toEqual([]);
    // the same parts under a wrong total are still found
    const wrong =
      '“三公”经费预算2000万元;其中:因公出国(境)经费40万元,较上年持平;公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元。';
    expect(
      run(withText(makeDisclosure(), 1, wrong)).filter((x) => x.messageId === 'breakdownMismatch'),
    ).toHaveLength(1);
  });
});

// 梧州市民政局 部门预算 2025 (wide/369), as its PDF's text spaces it out: the change after the 其中 list is the
// total's (27125219.46 ÷ 10212188.18 = 265.6 %), not the last item's (÷ 9724007.54 = 279.0 %).
const w369 =
  '另外,梧州市民政局下属共有 6 个事业单位,事业运行\n经 费 总预 算 安 排 37337407.64 元 , 其中 : 基 本 支出 预 算\n' +
  '488180.64 元 , 项 目 支 出 预 算 36849227 元 , 同 比 增 加\n27125219.46 元,增长 265.6%,增加主要原因为提高民政事\n业发展。';

describe('R-PUB-04: a change after a 其中 list that is the total’s (梧州 wide/369)', () => {
  it('does not judge the total’s change as the last item’s', () => {
    expect(run(withText(makeDisclosure(), 1, w369))).toEqual([]);
  });
  it('still judges it as the item’s when the rate fits neither (a rate 260.0 % for 265.6 %)', () => {
    const r = run(withText(makeDisclosure(), 1, w369.replace('265.6%', '260.0%')));
    expect(r.map((x) => x.data?.written)).toContain('260.0');
  });
});

// 梧州 部门预算 2023 (wide/368), as its PDF's text breaks it: shares whose base the text names and states.
const w368 =
  '1. 基本支出预算 881300.39 元,占一般公共预算支出的\n96.74%,同比减少 166271.4 元,下降 15.87 %。其中:\n' +
  '工资福利支出预算 716052.51 元,占基本支出预算\n81.25%,同比减少 148979.48 元,下降 17.22%。\n' +
  '商品和服务支出预算 165247.88 元,占基本支出预算\n18.76%,同比减少 17291.92 元,下降 9.47%。';

describe('R-PUB-04: a share of a base the text names (梧州 wide/368, 369)', () => {
  it('finds 165247.88 ÷ 881300.39 = 18.75 % written 18.76 %, and passes 81.25 %', () => {
    const r = run(withText(makeDisclosure(), 1, w368)).filter((x) => x.messageId === 'shareMismatch');
    expect(r.map((x) => [x.data?.name, x.data?.computed, x.data?.written])).toEqual([
      ['商品和服务支出预算', '18.75', '18.76'],
    ]);
    expect(run(withText(makeDisclosure(), 1, w368.replace('18.76%', '18.75%')))).toEqual([]);
  });
  it('takes a base named after its year and leaves a base the text states no figure for', () => {
    const w369 =
      '2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加\n2433505.07 元,增长 60.89%。其中:政府集中采购预算\n' +
      '3378990 元,占政府采购预算的 52.55%,同比增加 2092210\n元,增长 162.59%。分散采购 3050778.84 元,占政府采购\n预算的 47.45%。';
    expect(run(withText(makeDisclosure(), 1, w369)).filter((x) => x.messageId === 'shareMismatch')).toEqual(
      [],
    );
    expect(
      run(withText(makeDisclosure(), 1, w369.replace('52.55%', '55.25%')))
        .filter((x) => x.messageId === 'shareMismatch')
        .map((x) => x.data?.computed),
    ).toEqual(['52.55']);
    // 占一般公共预算支出的96.74%: no figure of the text is named 一般公共预算支出
    expect(run(withText(makeDisclosure(), 1, w368.split('。')[0]!.replace('96.74%', '90.00%')))).toEqual([]);
  });
});

// Corpus 025 (云南 2022, a 自评报告): 120 people × 300 元 = 36000 元 = 3.6万元, written 3.6元.
const perHead = (amount: string) =>
  withText(
    withText(makeDisclosure(), 0, '1.产出指标全部完成,慰问对象120人,慰问标准300/人。'),
    1,
    `春节慰问经费项目市级资金配套${amount},全部到位并使用完毕,执行率100%`,
  );

describe('R-PUB-04: an amount against the text’s count × per-head standard', () => {
  it('reads 3.6元 as a slip for 3.6万元 (120 × 300 元 = 36000 元)', () => {
    const r = run(perHead('3.6元')).filter((x) => x.messageId === 'unitSlip');
    expect(r.map((x) => [x.severity, x.data])).toEqual([
      [
        'error',
        expect.objectContaining({
          count: '120',
          standard: '300',
          product: '36000',
          inWan: '3.6',
          amount: '3.6',
          unit: '元',
          meant: '万元',
        }),
      ],
    ]);
  });
  it('takes 3.6万元 and 36000元 as right, and an unrelated amount as no slip', () => {
    for (const amount of ['3.6万元', '36000元', '5.2元'])
      expect(
        run(perHead(amount)).filter((x) => x.messageId === 'unitSlip'),
        amount,
      ).toEqual([]);
  });
  it('reads 每人500元 and 元/人 as standards, and 36000万元 for 36000 元 as the reverse slip', () => {
    const d = withText(
      makeDisclosure(),
      0,
      '为72名困难职工每人发放500元。慰问资金3.6万元；另：标准2000元/人，补助对象18人，合计3.6万元。',
    );
    expect(run(d).filter((x) => x.messageId === 'unitSlip')).toEqual([]);
    const reverse = withText(makeDisclosure(), 0, '补助对象18人，标准2000元/人。补助资金36000万元。');
    expect(
      run(reverse)
        .filter((x) => x.messageId === 'unitSlip')
        .map((x) => x.data?.meant),
    ).toEqual(['元']);
    const each = withText(makeDisclosure(), 0, '为72名困难职工每人发放500元。慰问资金3.6元。');
    expect(
      run(each)
        .filter((x) => x.messageId === 'unitSlip')
        .map((x) => x.data?.product),
    ).toEqual(['36000']);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'text that restates the numbers correctly', form: makeDisclosure() },
    { name: '120 people × 300 元 stated as 3.6万元', form: perHead('3.6万元') },
  ],
  invalid: [
    {
      name: 'a total in the text that differs from the tables',
      form: withText(makeDisclosure(), 1, '2025年“三公”经费预算5.00万元。'),
      errors: [{ messageId: 'figureMismatch', path: '/sections', severity: 'error' }],
    },
    {
      name: '025: 120 people × 300 元 stated as 3.6元',
      form: perHead('3.6元'),
      errors: [{ messageId: 'unitSlip', path: '/sections', severity: 'error' }],
    },
  ],
});

describe('R-PUB-04: shares of a whole the sentence names at its head (wide/401)', () => {
  const text = (total: string, s1: string, s2: string) =>
    `(一)“三公”经费财政拨款支出决算总体情况说明\n2023年“三公”经费财政拨款支出决算为${total}万元,完成预算100%。\n` +
    `(二)“三公”经费财政拨款支出决算具体情况说明\n2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;` +
    `公务用车购置及运行维护费支出决算1.4万元,占${s1}%;公务接待费支出决算0.28万元,占${s2}%。具体情况如下:`;
  const of = (t: string) =>
    run(withText(makeDisclosure(), 0, t)).filter((x) => x.messageId === 'shareMismatch');
  it('judges the shares against the named whole (1.4 and 0.28 of 3.46: 40.46 % and 8.09 %)', () => {
    const r = of(text('3.46', '0.02', '0.95'));
    expect(r.map((x) => [x.data!.total, x.data!.computed, x.data!.written])).toEqual([
      ['3.46', '40.46', '0.02'],
      ['3.46', '8.09', '0.95'],
    ]);
  });
  it('passes parts and shares that fit the whole, and names no whole the text gives no figure for', () => {
    expect(of(text('1.68', '83.33', '16.67'))).toEqual([]);
    expect(of(text('3.46', '0.02', '0.95').replace('支出决算为3.46万元', '支出决算情况如下'))).toEqual([]);
  });
});

describe('R-PUB-04: shares of one base listed point by point that add up to 100 % (梧州 wide/317)', () => {
  const text = (a: string, b: string) =>
    '其中:\n(一)文化旅游体育与传媒支出类科目 850088.3 元,\n占支出总预算 78.33%,同比减少 54357.12 元,下降 6.01 %。\n' +
    '(二)社会保障和就业支出类科目 116433.12 元,占支\n出总预算 10.73 %,同比增加 16803.36 元,增长 16.87%。\n' +
    `(三)卫生健康支出类科目 43897.73 元,占支出总预\n算${a} %,同比减少 6014.46 元,下降 12.05 %。\n` +
    `(四)住房保障支出类科目 74784.48 元,占支出总预\n算${b} %,同比增加 62.16 元,增长 0.083 %。`;
  const of = (t: string) =>
    run(withText(makeDisclosure(), 0, t)).filter((x) => x.messageId === 'listShareMismatch');
  it('finds 74784.48 ÷ 1085203.63 = 6.89 % written 6.90 %, and takes 4.04 % as 4.0451 % cut', () => {
    expect(
      of(text('4.04', '6.90')).map((x) => [x.data!.amount, x.data!.total, x.data!.computed, x.data!.written]),
    ).toEqual([['74784.48元', '1085203.63元', '6.89', '6.90']]);
  });
  it('passes rounded shares, and leaves a list whose shares do not add up to 100 %', () => {
    expect(of(text('4.05', '6.89'))).toEqual([]);
    expect(of(text('4.04', '16.90'))).toEqual([]);
  });
});

describe('R-PUB-04: a change against last year’s 年初预算 is no part of a breakdown (福田 wide/402)', () => {
  const of = (t: string) =>
    run(withText(makeDisclosure(), 0, t)).filter((x) => x.messageId === 'breakdownMismatch');
  it('reads 较2025年年初预算减少18.00万元 as a change, not as an 18 万元 part of 4.80 万元', () => {
    expect(
      of(
        '公务用车购置和运行维护费。2026年预算数4.80万元,其中:\n公务用车购置费2026年预算数0万元,较2025年年初预算减少18.00万元,主要是减少购置公务用车1辆。',
      ),
    ).toEqual([]);
  });
  it('still finds parts that do not make up their total', () => {
    const r = of(
      '公务用车购置和运行维护费预算数4.80万元,其中:公务用车购置费1万元,公务用车运行维护费4.80万元。',
    );
    expect(r.map((x) => [x.data!.total, x.data!.actual])).toEqual([['4.80', '5.8']]);
  });
});

describe('R-PUB-04 on figures written with thousands separators (a 部门预算 as a PDF text, fresh/643)', () => {
  const said = (total: string, part: string) =>
    `2025年，某街道办事处收入预算${total}万元，其中：财政拨款收入${part}万元，比2024年预算增加3,355.65万元；事业收入0.00万元；其他收入0.00万元。`;
  it('reads 18,976.76 as one figure: the total and its parts agree', () => {
    const r = run(withText(makeDisclosure(), 0, said('18,976.76', '18,976.76')));
    expect(r.filter((x) => x.messageId === 'breakdownMismatch')).toEqual([]);
  });
  it('still finds parts that do not make up a total so written', () => {
    const r = run(withText(makeDisclosure(), 0, said('18,976.76', '17,976.76')));
    expect(r.filter((x) => x.messageId === 'breakdownMismatch').map((x) => x.data)).toEqual([
      expect.objectContaining({ total: '18976.76', actual: '17976.76' }),
    ]);
  });
  it('judges no total whose listed figures were not all read as items', () => {
    // "9,99" is no thousands grouping: the clause's figure stays unnamed, so the list is known only in part.
    const text = '收入预算100.00万元，其中：财政拨款收入60.00万元，9,99.00万元；其他收入0.00万元。';
    const r = run(withText(makeDisclosure(), 0, text));
    expect(r.filter((x) => x.messageId === 'breakdownMismatch')).toEqual([]);
  });
});

describe('R-PUB-04 and the paragraphs of a PDF text', () => {
  const breakdowns = (text: string) =>
    run(withText(makeDisclosure(), 0, text)).filter((x) => x.messageId === 'breakdownMismatch');
  it('ends a 其中 list at a line break after a clause end: the next paragraph is not its items', () => {
    const text =
      '收入预算328,661万元，其中：财政拨款收入328,661万元，比2025年预算增加115,649万元；\n支出预算328,661万元，其中：财政拨款支出预算328,661万元，比2025年预算增加115,649万元。';
    expect(breakdowns(text)).toEqual([]);
  });
  it('reads on through items one to a line, each ending in 「；」', () => {
    const text =
      '收入预算500.00万元,其中:\n1、财政拨款300.00万元;\n2、事业收入180.00万元;\n3、其他收入0万元。';
    expect(breakdowns(text).map((x) => x.data)).toEqual([
      expect.objectContaining({ total: '500.00', actual: '480' }),
    ]);
  });
  it('reads a list on through a line broken inside a clause', () => {
    const text = '支出预算1000.00万元，其中：基本支出600.00万元，项目\n支出300.00万元。';
    expect(breakdowns(text).map((x) => x.data)).toEqual([
      expect.objectContaining({ total: '1000.00', actual: '900' }),
    ]);
  });
});
