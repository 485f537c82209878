import { describe, expect, it } from 'vitest';
import { readProse, type Passage } from './disclosure-prose.ts';

const passage = (text: string, heading: string | null = null): Passage => ({
  text,
  heading,
  starts: [{ at: 0, line: 7 }],
});
const read = (text: string, year: number | null = 2024, heading: string | null = null) =>
  Object.fromEntries(readProse([passage(text, heading)], year).statements.map((s) => [s.key, s.value]));

describe('figures stated in a disclosure’s text', () => {
  it('reads the total, its change and rate, and never takes the change for the total', () => {
    expect(read('2024年“三公”经费预算数为22.15万元，比上年增加4万元，增长22%。')).toEqual({
      threePublic: '22.15',
      threePublicChange: '4',
      threePublicChangePercent: '22',
    });
    // a sentence that states only the change gives no total
    expect(read('“三公”经费比上年增加0.5万元。')).toEqual({ threePublicChange: '0.5' });
  });

  it('reads a bare 支出 after a 三公 line in the same sentence as that line’s (寻甸 wide/230)', () => {
    expect(read('2023年度“三公”经费支出预算为24.5万元,支出决算为11.96万元,完成预算的48.82%。', 2023)).toEqual(
      {
        threePublicBudget: '24.5',
        threePublic: '11.96',
        threePublicBudgetRate: '48.82',
      },
    );
    // without a 三公 line before it, 支出 is the unit's expenditure
    expect(read('2023年度本单位支出决算为11.96万元。', 2023)).toEqual({ expenditure: '11.96' });
  });

  it('takes a text of unknown year to be about the latest year its first sentence states a figure for (旺苍 wide/239)', () => {
    const text =
      '2024年“三公”经费执行数2010.95万元,2025年“三公”经费预算数2005.41万元,较上年预算数减少94.91万元,下降4.52%。';
    const r = readProse([passage(text)], null);
    expect(r.year).toBe(2025);
    expect(Object.fromEntries(r.statements.map((s) => [s.key, s.value]))).toEqual({
      threePublicPriorActual: '2010.95',
      threePublic: '2005.41',
      threePublicChange: '-94.91',
      threePublicChangePercent: '-4.52',
    });
    // a sentence of one year keeps it
    expect(readProse([passage('2024年“三公”经费预算数22.15万元。')], null).year).toBe(2024);
  });

  it('takes the line after 占 for a share’s base and an unknown item’s amount for that item’s (梧州 wide/233)', () => {
    expect(read('基本支出预算2000000元,占一般公共预算支出的80%,同比减少5000元,下降0.25%。')).toEqual({
      basicExpenditure: '200',
      basicExpenditureChange: '-0.5',
      basicExpenditureChangePercent: '-0.25',
    });
    expect(read('基本支出2000000元。其中:工资福利支出预算1500000元,同比增加30000元,增长2.04%。')).toEqual({
      basicExpenditure: '200',
    });
    // a known part after 其中 is still read with its change
    expect(
      read('基本支出2000000元。其中:一般公共预算支出1500000元,同比增加30000元,增长2.04%。'),
    ).toMatchObject({
      expenditureGeneralPublicChange: '3',
    });
  });

  it('understands 同比, 较上年 and 比上年 alike; a decrease is negative', () => {
    for (const words of ['同比', '较上年', '比上年', '比2023年预算', '较上年同期'])
      expect(read(`公务接待费10万元，${words}减少2万元，下降16.67%。`)).toEqual({
        threePublicReception: '10',
        threePublicReceptionChange: '-2',
        threePublicReceptionChangePercent: '-16.67',
      });
    expect(read('因公出国(境)费5万元，与上年持平。')).toEqual({
      threePublicAbroad: '5',
      threePublicAbroadChange: '0',
    });
  });

  it('reads the parts in brackets after a line as an aside: each part its figure, the change after it the line’s (衢江 wide/310)', () => {
    const r = read(
      '公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元),比上年决算数下降26.24%,主要是公务用车改革完成。',
      2016,
    );
    expect(r).toMatchObject({
      threePublicVehicles: '995',
      threePublicVehiclePurchase: '38',
      threePublicVehicleOperation: '958',
      threePublicVehiclesChangePercent: '-26.24',
    });
    expect(r).not.toHaveProperty('threePublicVehicleOperationChangePercent');
    // without the bracket the change after a part stays the part's
    expect(read('其中公务用车运行费958万元,比上年下降24.98%。', 2016)).toMatchObject({
      threePublicVehicleOperationChangePercent: '-24.98',
    });
  });

  it('gives the change after a 科目 of its own name to no line, 与 in its name and (一) before it (梧州 wide/317)', () => {
    const r = read(
      '项目支出预算 48100 元,占支出总预算的 4.43%,同比无增减变化。\n其中:\n(一)文化旅游体育与传媒支出类科目 850088.3 元,\n占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。',
      2025,
    );
    expect(r).toMatchObject({ projectExpenditure: '4.81' });
    expect(r).not.toHaveProperty('projectExpenditureChange');
    expect(r).not.toHaveProperty('projectExpenditureChangePercent');
    // a change 与上年相比 after the line itself stays the line's
    expect(read('项目支出预算48100元，与上年相比减少5000元，下降9.42%。', 2025)).toMatchObject({
      projectExpenditureChange: '-0.5',
    });
  });

  it('reads a change in the sentence after a list of parts as the total’s, not the last part’s (wide/146)', () => {
    const r = read(
      '2019年,“三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。',
      2019,
    );
    expect(r).toMatchObject({
      threePublic: '3328',
      threePublicChange: '-830',
      threePublicChangePercent: '-20',
    });
    expect(r).not.toHaveProperty('threePublicVehicleChange');
    // A change written in the same sentence as the part stays the part's.
    expect(read('其中,公务接待费478万元,比上年减少38万元。', 2019)).toMatchObject({
      threePublicReceptionChange: '-38',
    });
  });

  it('takes no change against this year’s 年初预算 for a year-on-year change (铜梁 wide/164)', () => {
    expect(
      read(
        '2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%。',
        2021,
      ),
    ).toEqual({
      threePublic: '9.07',
      // kept as a change against this year's budget, for R-PUB-11 to compare with a 预算数 when one is stated
      threePublicBudgetChange: '-10.93',
      // and its rate, against this year's budget too (10.93 ÷ 20)
      threePublicBudgetChangePercent: '-54.65',
      threePublicChange: '-0.71',
      threePublicChangePercent: '-7.83',
    });
    // last year's 年初预算 is still last year's
    expect(read('“三公”经费9万元，比上年年初预算减少1万元，下降10%。', 2021)).toEqual({
      threePublic: '9',
      threePublicChange: '-1',
      threePublicChangePercent: '-10',
    });
  });

  it('reads a change against this year’s budget in a 决算 text (杜集 wide/163), and the budget a 决算 sentence states', () => {
    expect(
      read(
        '公务接待费支出5.21万元，与2021年度预算相比，减少0.1万元。公务用车购置及运行维护费支出2.48万元，与2021年度预算相比无变化。',
        2021,
      ),
    ).toMatchObject({ threePublicReceptionBudgetChange: '-0.1', threePublicVehiclesBudgetChange: '0' });
    expect(read('“三公”经费支出预算为49.9万元，支出决算为7.69万元。', 2021)).toMatchObject({
      threePublicBudget: '49.9',
    });
    // a change against another year's budget is a year-on-year change, and a 预决算公开 is no 决算 sentence
    expect(read('公务接待费5万元，与2020年度预算相比，减少1万元。', 2021)).not.toHaveProperty(
      'threePublicReceptionBudgetChange',
    );
    expect(read('按预决算公开规定，“三公”经费预算为9万元。', 2021)).toMatchObject({ threePublic: '9' });
  });

  it('converts 元, 千元 and 亿元 to 万元 exactly', () => {
    expect(read('“三公”经费预算123456元，其中：公务接待费3000千元。')).toEqual({
      threePublic: '12.3456',
      threePublicReception: '300',
    });
    expect(read('收入预算1.2亿元。')).toEqual({ income: '12000' });
  });

  it('reads last year’s budget written beside the comparison, and last year’s 决算 under its own key', () => {
    expect(read('“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元。', 2025)).toEqual({
      threePublic: '1969',
      threePublicPrior: '2190',
      threePublicChange: '-221',
    });
    expect(read('2021年度“三公”经费合计支出20.12万元。', 2022, '二、2021年“三公”经费决算情况')).toEqual({
      threePublicPriorActual: '20.12',
    });
    expect(read('2023年，一般公共预算财政拨款收入完成4220.18万元。', 2024)).toEqual({
      incomeGeneralPublicPriorActual: '4220.18',
    });
  });

  it('gives an unseen spelling of a 三公 line a lower confidence, not a missing line', () => {
    const s = readProse([passage('其中：公务用车维护经费3万元，公务接待费2万元。')], 2024).statements;
    expect(s.map((x) => [x.key, x.value, x.confidence])).toEqual([
      ['threePublicVehicleOperation', '3', 0.6],
      ['threePublicReception', '2', 0.9],
    ]);
  });

  it('takes the year of a titleless page from its first figure', () => {
    const r = readProse(
      [passage('根据《预算法》(2022年修订)，2025年全市“三公”经费预算总额为1969万元。')],
      null,
    );
    expect(r.year).toBe(2025);
    expect(r.statements[0]).toMatchObject({
      key: 'threePublic',
      value: '1969',
      line: 7,
      label: '“三公”经费预算',
    });
  });

  it('ignores shares that are no change: 为年初预算的135.18%, 是上年同期的0.89% (the first kept as the share of the budget)', () => {
    expect(
      read('政府性基金预算财政拨款收入完成4.5万元，为年初预算的100%，是上年同期的0.89%。', 2023),
    ).toEqual({ incomeGovernmentFund: '4.5', incomeGovernmentFundBudgetRate: '100' });
  });

  it('reads the year against its own budget: 完成年初预算100%，决算数大于预算数55.93万元 (天水 wide/198)', () => {
    expect(
      read(
        '一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%；完成年初预算100%，决算数大于预算数55.93万元。',
        2017,
      ),
    ).toEqual({
      expenditureGeneralPublic: '1741.75',
      expenditureGeneralPublicChange: '-53.7',
      expenditureGeneralPublicChangePercent: '-2.99',
      expenditureGeneralPublicBudgetRate: '100',
      expenditureGeneralPublicBudgetChange: '55.93',
    });
    expect(read('“三公”经费支出8万元，小于年初预算2万元。', 2017)).toEqual({
      threePublic: '8',
      threePublicBudgetChange: '-2',
    });
  });

  it('reads a clause naming only a year as the subject’s figure of that year (英德 wide/197)', () => {
    expect(read('其中：1、公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元。', 2016)).toEqual({
      threePublicReception: '8',
      threePublicReceptionPrior: '12.5',
      threePublicReceptionChange: '-4.35',
    });
  });

  it('takes 财政拨款收入总计 for itself, not for the whole 收入总计 (天水 wide/198)', () => {
    expect(
      read(
        '本单位收入为1687.45万元。本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%。',
        2017,
      ),
    ).toEqual({
      income: '1687.45',
      incomeFiscal: '1516.64',
      incomeFiscalChange: '-58.49',
      incomeFiscalChangePercent: '-3.71',
    });
  });
});

describe('a 决算 text’s funds, 科目 and reasons (保健院 wide/238)', () => {
  it('reads a fund named bare after its 支出 as that 支出, not the fund’s income', () => {
    expect(
      read(
        '2020年一般公共预算财政拨款支出1264.92万元。与2019年相比，一般公共预算财政拨款增加27.44万元，增长2.22%。',
        2020,
      ),
    ).toEqual({
      expenditureGeneralPublic: '1264.92',
      expenditureGeneralPublicChange: '27.44',
      expenditureGeneralPublicChangePercent: '2.22',
    });
    // opening a text, the bare fund is its income as before
    expect(read('2020年一般公共预算财政拨款1008.64万元。', 2020)).toEqual({ incomeGeneralPublic: '1008.64' });
  });

  it('reads the 支出 after a 科目 named by its (项) as the 科目’s, not the unit’s total', () => {
    expect(read('1.卫生健康(类)妇幼保健机构(项)：支出决算为67.64万元，完成预算89.53%。', 2020)).toEqual({});
    expect(read('支出决算为67.64万元。', 2020)).toEqual({ expenditure: '67.64' });
  });

  it('reads no change in the reason given for one', () => {
    expect(read('收入、支出变动较大的主要原因是2020年新增了605.99万元抗疫特别国债资金。', 2020)).toEqual({});
    expect(read('支出比上年增加605.99万元。', 2020)).toEqual({ expenditureChange: '605.99' });
  });
});

describe('a change against a bare 预算 (梧州 wide/167)', () => {
  it('reads 比预算增加0万元 as against the year’s budget, and the change after it as the year-on-year one', () => {
    expect(
      read('2020年度“三公”经费支出决算总额为5.48万元,比预算增加0万元,比去年增加1.55万元,增长39.4%。', 2020),
    ).toEqual({
      threePublic: '5.48',
      threePublicBudgetChange: '0',
      threePublicChange: '1.55',
      threePublicChangePercent: '39.4',
    });
    // 比上年预算 is last year's
    expect(read('2020年“三公”经费预算5.48万元,比上年预算增加1.55万元。', 2020)).toEqual({
      threePublic: '5.48',
      threePublicChange: '1.55',
    });
  });
});

describe('the year of a numbered point (梧州 wide/267)', () => {
  it('does not take the year of a reason in the sentence before', () => {
    const text =
      '1.一般公共预算财政拨款收入382.17万元，较2020年度决算数减少157.86万元，主要原因：一是自然减员；二是2020年下拨了抚恤金74.31万元；三是压减了经费。2.上级补助收入8.38万元，较2020年度决算数减少17.40万元。';
    expect(read(text, 2021)).toMatchObject({ incomeTransfers: '8.38', incomeTransfersChange: '-17.40' });
    // without a numbered point the sentence goes on in the year before it
    expect(read('2020年上级补助收入25.78万元。上级补助收入比上年减少1万元。', 2021)).toMatchObject({
      incomeTransfersPrior: '25.78',
    });
  });
});
