import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-12.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { renderMessage } from '../render.ts';
import { listings } from '../helpers/prose-audit.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });
const text = (t: string): Disclosure => ({
  ...makeDisclosure(),
  tables: [],
  sections: [{ title: '说明', text: t }],
  partial: true,
});
const messages = (t: string) =>
  run(text(t)).map((r) => renderMessage(rule.meta.messages[r.messageId]!, r.data ?? {}));

// corpus 034 (重庆 大足区珠溪镇, 2024): the 其中 under the 基金 figure lists the parts of both funds together.
const c034 =
  '2023年,一般公共预算财政拨款收入完成4220.18 万元,为年初预算的135.18 %,同比下降10.91%。政府性基金预算财政拨款收入完成4.5万元,' +
  '为年初预算的100%,是上年同期的0.89%。其中:上级转移支付补助收入4041.68万元,同比下降21.11%;税收收入预计完成183万元,同比增长55.08%,' +
  '其中:增值税90万元;企业所得税7万元;个人所得税11万元;城市维护税18万元;房产税5万元;印花税1万元;城镇土地使用税42万元;土地增值税4万元;环保税1万元;契税4万元。';

// corpus 032 (湖南 祁阳, 2024): a sound breakdown written with "其中," and 万元 figures of three decimals.
const c032 =
  '2024年本部门收入预算7018.511万元,其中,一般公共预算财政拨款收入7018.511万元,政府性基金预算财政拨款收入0万元。';

// corpus 026 (云南 红河州, 2024): 共15个 stated, 8 at the start of the year and 8 added.
const c026 =
  '2024年,红河州数据发展中心实施项目共15个(含2023年转列暂付性款项项目5个),年初批复预算8个项目985万元(含1个年初结转结余项目50万元),' +
  '调整预算后项目预算861.46万元,年中增加8个项目(含2023年转列暂付性款项项目5个),实际到位资金334.67万元。';

// corpus wide/142 and 143 (traditional-script 三公 text, 2019 and 2022): the 公务用车 item's own parts in brackets,
// the bracket of 143 left open where the sentence's 。 falls inside it. wide/145 (2018): each item with its
// spending, its budget and their difference, under names that repeat.
const bracketed =
  '2019年本部门财政拨款安排“三公”经费29万元,比上年增加0.5万元,其中:因公出国(境)费0万元,较上年无增减;公务用车购置及运行费28万元' +
  '(公务用车购置费0万元,公务用车运行维护费28万元),较上年无增减;公务接待费1万元,比上年增加0.5万元。';
const openBracket =
  '2022年本部门财政拨款安排“三公”经费502.4万元。其中:因公出国(境)费0万元;公务用车购置及运行费500.00万元(公务用车购置费100.00万元,' +
  '公务用车运行维护费400.00万元。)比上年增加0万元;公务接待费2.4万元。';
const perItemFigures =
  '“三公”经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元;' +
  '公务用车运行维护费支出0万元,年初预算为0.95万元,差值为0.95万元;公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元。';

describe('R-PUB-12', () => {
  it('does not count an item’s own parts in brackets as items of the list (wide/142, 143)', () => {
    expect(messages(bracketed)).toEqual([]);
    expect(messages(openBracket)).toEqual([]);
    // The list's items (up to the 。 inside the bracket) are the parts before it; the bracket's amounts are not
    // among them, but are when written as items.
    const labels = (t: string) => listings(t).flatMap((l) => l.items.map((i) => i.label));
    expect(labels(openBracket)).toEqual(['因公出国(境)费', '公务用车购置及运行费']);
    expect(labels(openBracket.replace('500.00万元(', '500.00万元,'))).toContain('公务用车运行维护费');
  });

  it('ends a 其中 list where the text’s next numbered point begins (经开区 wide/193)', () => {
    const t =
      '2023年一般公共预算“三公”经费预算安排520万元，与2022年预算持平：一、2023年因公出国(境)费预算170万元，二、2023年公务用车购置及运行费预算150万元，其中公务用车运行费150万元，公务用车购置费0万元，三、2023年公务接待费预算200万元。';
    expect(messages(t)).toEqual([]);
    // items above their figure inside the point are still found
    expect(messages(t.replace('其中公务用车运行费150万元', '其中公务用车运行费160万元'))).toHaveLength(1);
  });

  it('does not judge a list whose items carry several figures each under repeating names (wide/145)', () => {
    expect(messages(perItemFigures)).toEqual([]);
  });

  it('passes sound breakdowns, nested ones included (tax parts 90 + 7 + … = 183)', () => {
    expect(run(text(c032))).toEqual([]);
    const fixed = c034.replace('政府性基金预算财政拨款收入完成4.5万元', '一般公共预算收入合计4224.68万元');
    expect(run(text(fixed))).toEqual([]);
  });

  it('finds 其中 items above the figure they follow, and says when they make up two figures (034)', () => {
    expect(messages(c034)).toEqual([
      '「预算的100%,是上年同期的0.89%。其中:上级转移支付补助收入4041.68…」：其中所列上级转移支付补助收入、税收收入合计 4224.68 万元，超过其前的政府性基金预算财政拨款收入 4.5 万元，恰为一般公共预算财政拨款收入 4220.18 万元与之的和：请把各项列在所属的总额下',
    ]);
  });

  it('reads amounts in 元 and 千元 as 万元 (a part of 50000元 fits a total of 5万元)', () => {
    expect(run(text('项目资金5万元，其中：培训费50000元，资料费0元。'))).toEqual([]);
    expect(run(text('项目资金5万元，其中：培训费60千元，资料费0元。')).map((r) => r.messageId)).toEqual([
      'childrenExceed',
    ]);
  });

  it('takes the figure a PDF’s line break parts from its words as theirs (梧州 wide/369: 同 比 增 加 / 2433505.07 元)', () => {
    const w369 =
      '2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加\n2433505.07 元,增长 60.89%。其中:政府集中采购预算\n' +
      '3378990 元,占政府采购预算的 52.55%,同比增加 2092210\n元,增长 162.59%;主要原因是增加了服务类政府采购。';
    expect(run(text(w369))).toEqual([]);
    // the list under a total it exceeds is still found across the same line breaks
    expect(run(text(w369.replace('6429768.84 元', '3000000 元'))).map((r) => r.messageId)).toEqual([
      'childrenExceed',
    ]);
  });

  it('finds 基本支出 that its 人员经费 and 公用经费 do not make up (梧州 wide/368: 911000.39 for 809961.19 + 71339.2)', () => {
    const w368 =
      '2023 年本年一般公共预算基本支出 911000.39 元,其中:\n人员经费 809961.19 元,主要包括:基本工资、津贴补\n贴、住房公积金。\n' +
      '公用经费 71339.2 元,主要包括:办公费、工会经费、\n其他商品服务和支出。';
    expect(messages(w368)).toEqual([
      expect.stringContaining(
        '基本支出 911000.39元，其中人员经费 809961.19元 与公用经费 71339.2元 合计 881300.39元（相差 29700元）',
      ),
    ]);
    expect(run(text(w368.replace('911000.39', '881300.39')))).toEqual([]);
    // a third figure after the 公用经费 in its sentence leaves the split unread
    expect(run(text(w368.replace('办公费、', '办公费 5000 元、')))).toEqual([]);
  });

  it('allows half a unit of each figure as written: parts in whole 万元 one over their total (衢江 wide/310)', () => {
    // 37.6 + 957.6 = 995.2: printed 38 + 958 = 996 over 995 by rounding alone
    expect(
      run(text('公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元),比上年下降26.24%。')),
    ).toEqual([]);
    // two over is beyond the rounding of three whole figures (1.5)
    expect(
      run(text('公车购置及运行费995万元(其中公务用车购置费39万元,公务用车运行费958万元)。')).map(
        (r) => r.messageId,
      ),
    ).toEqual(['childrenExceed']);
    // figures to the cent keep their half cent each
    expect(
      run(text('公车购置及运行费9.95万元(其中公务用车购置费3.82万元,公务用车运行费6.15万元)。')).map(
        (r) => r.messageId,
      ),
    ).toEqual(['childrenExceed']);
  });

  it('finds shares of one base above 100 % and a blank share', () => {
    const r = run(text('2025年部门支出预算1000万元，其中：基本支出600万元，占60%；项目支出500万元，占50%。'));
    // The breakdown just after its total (1000 ≠ 600 + 500) is R-PUB-04's; the shares are this rule's.
    expect(r.map((x) => [x.messageId, x.data?.['sum']])).toEqual([['sharesOver', '110']]);
    expect(
      run(text('2025年部门支出预算1000万元，其中：基本支出600万元，占60%；项目支出400万元，占40%。')),
    ).toEqual([]);
    expect(run(text('基本支出600万元，占%。')).map((x) => [x.messageId, x.severity])).toEqual([
      ['emptyShare', 'warning'],
    ]);
    // wide/141 (湛江, 2017): the share in a clause of its own, a space before %; the finding names the item.
    expect(
      messages(
        '其中:因公出国(境)费 0 万元,占 %,比上年减少 万元;购置及运行维护费5万元,占 %,比上年减少 0.28 万元。',
      ),
    ).toEqual([
      '「其中:因公出国(境)费0万元,占%」：占比没有填写数字：请填写占比或删去',
      '「购置及运行维护费5万元,占%」：占比没有填写数字：请填写占比或删去',
    ]);
  });

  it('finds a blank share whose base is named (梧州 wide/315: 占基本支出预算%)', () => {
    expect(messages('商品和服务支出预算 75800 元,占基本支出预算%,同比增加52044.27 元,增长 50.63%。')).toEqual(
      ['「商品和服务支出预算75800元,占基本支出预算%」：占比没有填写数字：请填写占比或删去'],
    );
    expect(run(text('工资福利支出预算905709.06元，占基本支出预算的比重%。')).map((x) => x.messageId)).toEqual(
      ['emptyShare'],
    );
    // a share written with its figure is no blank one
    expect(run(text('工资福利支出预算905709.06元，占基本支出预算79.89%，同比增加21557.64元。'))).toEqual([]);
  });

  it('finds shares of one base split over numbered points above 100 % (梧州 wide/233: 84.06 % + 19.62 %)', () => {
    const t = (second: string) =>
      `1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元,下降 0.2%。其中:\n工资福利支出预算 2016908.34 元,占基本支出预算81.45%。\n2. 项目支出 469500 元,占一般公共预算支出的 ${second}%,同比增加 70100 元。`;
    expect(messages(t('19.62'))).toEqual([expect.stringContaining('103.68%')]);
    expect(messages(t('15.94'))).toEqual([]);
  });
  it('finds a count stated beside more items listed (026: 共15个, 8 + 8 listed)', () => {
    expect(messages(c026)).toEqual([
      '「项目共15个」：文中说共 15 个项目，而其后分列的项目合计 16 个：请核对个数',
    ]);
    expect(run(text(c026.replace('年中增加8个项目', '年中增加7个项目')))).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'a sound breakdown (corpus 032)', form: text(c032) }],
  invalid: [
    {
      name: 'parts above their figure (corpus 034)',
      form: text(c034),
      errors: [{ messageId: 'childrenOfTwo', path: '/sections/0/text' }],
    },
    {
      name: 'a count that the list contradicts (corpus 026)',
      form: text(c026),
      errors: [{ messageId: 'countDiffers', path: '/sections/0/text', severity: 'warning' }],
    },
  ],
});

describe('R-PUB-12: an amount in 万 alone is the figure a 其中 follows (鄂城 wide/409)', () => {
  const page = (meeting: string) =>
    '鄂城区2022年的三公经费决算数合计为1000.86万,其中:会议费34.10万元、培训费51.37万元。' +
    `2021年的三公经费决算数合计为807.95万,其中:因公出国(境)费0万元、公务用车购置费272.53万元、公务用车运行维护费327.67万元、公务接待费39.43万元、会议费${meeting}万元、培训费46.71万元。`;
  const of = (t: string) => run(text(t)).filter((x) => x.messageId === 'childrenExceed');
  it('takes 807.95万 as the total of the list after it, not the 培训费 before it', () => {
    expect(of(page('121.61'))).toEqual([]);
  });
  it('finds items over that total, named with it', () => {
    expect(of(page('221.61')).map((x) => [x.data!.amount, x.data!.sum])).toEqual([['807.95', '907.95']]);
  });
});
