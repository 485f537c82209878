import { describe, expect, it } from 'vitest';
import { placeFusedFigures, takeSourceFigures } from './evaluation-stream-budget.ts';
import type { BudgetLine } from './evaluation-budget.ts';
import { paragraph } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { keyed, segmentText } from './evaluation-text.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';

const columns = ['initial', 'annual', 'executed', 'rate', 'weight', 'score'] as const;

describe('a budget line whose amounts lost their integer parts', () => {
  it("reads each lost amount whole and cuts the figures run into them by the block's arithmetic", () => {
    // 10 × 86 % = 8.6.
    expect(placeFusedFigures(['.45.08.7', '86.00108.6'], columns)).toEqual({
      initial: '.45',
      annual: '.08',
      executed: '.7',
      rate: '86.00',
      weight: '10',
      score: '8.6',
    });
    expect(placeFusedFigures(['.45.08.786.00108.6'], columns)).toEqual({
      initial: '.45',
      annual: '.08',
      executed: '.7',
      rate: '86.00',
      weight: '10',
      score: '8.6',
    });
  });

  it('reads a bare 执行率, 分值 and 得分 as the numbers printed', () => {
    // 60 = 30 ÷ 50; 10 × 60 % = 6.
    expect(
      placeFusedFigures(
        ['50', '30', '60.00106'],
        ['annual', 'executed', 'rate', 'weight', 'score'],
        [true, true, false],
      ),
    ).toEqual({
      annual: '50',
      executed: '30',
      rate: '60.00',
      weight: '10',
      score: '6',
    });
  });
});

describe('a budget line whose cells ran together', () => {
  it('cuts the amounts where they share their format, not where one more column is filled', () => {
    // Corpus 023's 年度资金总额 run together (全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年初预算数 blank).
    const cols = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'] as const;
    expect(placeFusedFigures(['387664.62387664.6210100%', '10'], cols)).toEqual({
      annual: '387664.62',
      executed: '387664.62',
      weight: '10',
      rate: '100%',
      score: '10',
    });
    // An integer beside a fraction is a format of its own: 300 | 259.45 stays (86.48 = 259.45 ÷ 300).
    expect(placeFusedFigures(['300259.4586.48%'], ['annual', 'executed', 'rate'])).toEqual({
      annual: '300',
      executed: '259.45',
      rate: '86.48%',
    });
  });
});

describe('the budget block read from run-together text', () => {
  const totalLine = (text: string) =>
    readBudgetInText(keyed(text), cellStream([paragraph(text, 1)]))?.lines[0];

  it('reads the columns under a heading that spans the amounts, a text column after them, and a note numbered after the figures', () => {
    // Made for this test in the shape of corpus wide/103 run together: 年度预算数 heads 年初预算 | 调整后预算数 |
    // 预算执行数, 原因 holds no figure, and the notes under the block are numbered 1. 2.
    expect(
      totalLine(
        '预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额0.003.363.36100.00%10101.预算执行率=预算执行数/调整后预算数',
      ),
    ).toEqual({
      name: '总额',
      total: true,
      values: {
        initial: '0.00',
        annual: '3.36',
        executed: '3.36',
        rate: '100.00',
        weight: '10',
        score: '10',
      },
    });
  });
});

describe('a budget line where nothing was spent', () => {
  it('cuts 0 | 0 | 0 | 10 | 0 | 0 run together (0001000), 执行率 a bare 0, even where it stands in a cell of its own', () => {
    // Made for this test after corpus wide/102 as one stream: 年度资金总额: 0 0 0 10 0 0 with the spaces lost.
    const order = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'] as const;
    const zeros = { initial: '0', annual: '0', executed: '0', weight: '10', rate: '0', score: '0' };
    expect(placeFusedFigures(['0001000'], order)).toEqual(zeros);
    const rows = [
      {
        ...paragraph(''),
        cells: [
          '项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额:',
          '0001000',
          '其他资金',
        ],
      },
    ];
    expect(readBudgetInText(segmentText(rows), cellStream(rows))?.lines[0]?.values).toEqual(zeros);
    // A figure printed whole in its own cell stays whole.
    expect(placeFusedFigures(['1000'], order, [true])).toEqual({ annual: '1000' });
  });
});

describe('a total line over its one source line', () => {
  const line = (name: string, total: boolean, values: BudgetLine['values']): BudgetLine => ({
    name,
    total,
    values,
  });

  it("takes the source's 执行率, 分值 and 得分 when both print the same amounts", () => {
    const lines = [
      line('年度资金总额', true, { annual: '50' }),
      line('财政拨款', false, { annual: '50', rate: '60', weight: '10', score: '6' }),
    ];
    takeSourceFigures(lines, [{ annual: '50' }, { annual: '50', rate: '60', weight: '10', score: '6' }]);
    expect(lines[0]!.values).toEqual({ annual: '50', rate: '60', weight: '10', score: '6' });
  });

  it('leaves the total alone when the amounts differ', () => {
    const lines = [
      line('年度资金总额', true, { annual: '80' }),
      line('财政拨款', false, { annual: '50', rate: '60', weight: '10', score: '6' }),
    ];
    takeSourceFigures(lines, [{ annual: '80' }, { annual: '50', rate: '60', weight: '10', score: '6' }]);
    expect(lines[0]!.values).toEqual({ annual: '80' });
  });
});

describe("an OCR'd budget block", () => {
  it('reads labels misread in one character, a note whose brackets became commas, and figures under no name', () => {
    // A .docx preview's OCR: the total line's label before the labels, 算 read as 匏 and 数 as 将, (A) as ,A、.
    const text =
      '项目资金(万元)|年度资金总额|年初预匏数调整预算将,A、全年执行数(B)执行率(B/A)64.864.864.8100%年初设定目标';
    const rows = [{ ...paragraph(''), table: true, cells: text.split('|') }];
    const block = readBudgetInText(segmentText(rows), cellStream(rows));
    expect(block?.lines).toEqual([
      {
        name: '年度资金总额',
        total: true,
        values: { initial: '64.8', annual: '64.8', executed: '64.8', rate: '100' },
      },
    ]);
  });
});

describe('the fund sources under a scored total line', () => {
  it("hold amounts only: a source's amount under 100 is not read as 分值 or 得分", () => {
    // Made for this test: the total line prints 0 | 0 | 0 | 分值 10 | 执行率 0 | 得分 0, the source line its three amounts.
    const text =
      '年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 年度总体目标';
    const rows = [{ ...paragraph(''), table: true, cells: text.split(' ') }];
    const block = readBudgetInText(segmentText(rows), cellStream(rows));
    expect(block?.lines.find((l) => l.name === '本年财政拨款')?.values).toEqual({
      initial: '90',
      annual: '89.974',
      executed: '89.974',
    });
  });
});

describe('a 部门整体 block with columns Jixiao keeps no figure of', () => {
  it('knows them by their numbered headings, so the figures stay in their own columns', () => {
    // Made for this test after a 福建 部门整体支出绩效自评表: 结余结转, 调整, 小计 and 结余 beside the amounts read.
    const cells = [
      '年初部门预算安排金额',
      '历年结余结转',
      '年中调整金额③ 小计',
      '④ = ①+② +③',
      '年度拨付金额',
      '支出实现率(%)',
      '⑥=⑤/④',
      '本年度结余金额',
      '⑦=④-⑤',
      '资金结余率',
      '(%)',
      '⑧=⑦/④',
      '财政资金小计',
      '100',
      '20',
      '0',
      '120',
      '111.6',
      '93%',
      '8.4',
      '7%',
      '①中央及省级财政资金',
      '其他资金',
      '小计',
      '合 计',
      '100',
      '20',
      '0',
      '120',
      '111.6',
      '93%',
      '8.4',
      '7%',
      '年度总体目标',
    ];
    const rows = [{ ...paragraph(''), table: true, cells }];
    const block = readBudgetInText(segmentText(rows), cellStream(rows));
    expect(block?.lines.find((l) => l.total)).toEqual({
      name: '合计',
      total: true,
      values: { initial: '100', executed: '111.6', rate: '93' },
    });
  });
});

describe('a figure OCR read beside its label', () => {
  it('does not end the labels: the line under them gives each column its figure', () => {
    // Made for this test after an OCR'd 宁夏 自评表: 300 stands between 全年预算数(A) and 全年执行数(B).
    const text =
      '资金情况(万元)|年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元|259.45万元|86.5%市县资金年度总体目标';
    const rows = [{ ...paragraph(''), table: true, cells: text.split('|') }];
    const block = readBudgetInText(segmentText(rows), cellStream(rows));
    expect(block?.lines.find((l) => l.name.endsWith('自治区补助'))?.values).toEqual({
      annual: '300',
      executed: '259.45',
      rate: '86.5',
    });
  });
});

describe('a budget figure with its unit written apart, and a year opening the next line', () => {
  it('keeps 38.75 万元 whole and reads 2022年 as the start of a name, not as an amount', () => {
    // Made for this test after a 宁夏 自评表 run into one paragraph.
    const text =
      '项目资金(万元)|年初预算数全年执行数年度资金总额:|38.75 万元2022年某某推广项目38.75万元|年度总体目标';
    const rows = [{ ...paragraph(''), table: true, cells: text.split('|') }];
    const lines = readBudgetInText(segmentText(rows), cellStream(rows))?.lines ?? [];
    expect(Object.values(lines.find((l) => l.total)?.values ?? {})).toEqual(['38.75']);
    expect(lines.map((l) => l.name)).toEqual(['年度资金总额', '2022年某某推广项目']);
  });
});

describe("a PDF text layer's budget block, column by column", () => {
  // Made for this test in the shape of corpus wide/150: the figures right after the labels, the line labels
  // (其他资金, 年度资金总额) after them, amounts in 元 with a thousands separator.
  const block = (labelAfter: string) => {
    const text = `年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 其他资金 0 0 ${labelAfter} 项目资金 (元) 预期目标`;
    const rows = [{ ...paragraph(''), table: true, cells: text.split(' ') }];
    return readBudgetInText(segmentText(rows), cellStream(rows));
  };

  it('reads the figures under no name as the total line when its label stands later with none of its own', () => {
    const total = block('年度资金总额')?.lines.find((l) => l.total);
    expect(total?.values).toEqual({
      initial: '25',
      annual: '25',
      executed: '21.54576',
      weight: '10',
      score: '8.62',
    });
  });

  it('names no total line where no total label stands after the figures', () => {
    expect(block('备注')?.lines.find((l) => l.total)).toBeUndefined();
  });
});

describe('a budget line of a template with 年初预算数(A) as its only budget', () => {
  it('cuts the run-together amounts where 执行数 ÷ 年初预算数 gives the 执行率 printed', () => {
    // 年初预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分: 154.74 ÷ 310.2 = 49.9 % → 50 %, not 54.74 ÷ 310.21 = 17.6 %.
    const cols = ['initial', 'executed', 'weight', 'rate', 'score'] as const;
    expect(placeFusedFigures(['310.2154.7410', '50%', '5'], cols)).toEqual({
      initial: '310.2',
      executed: '154.74',
      weight: '10',
      rate: '50%',
      score: '5',
    });
  });

  it("keeps the cut of a line whose 年初预算数 is not its rate's base (the 全年预算数 is printed)", () => {
    // 年初 20 | 全年 50 | 执行 30 | 60 % = 30 ÷ 50.
    const cols = ['initial', 'annual', 'executed', 'rate'] as const;
    expect(placeFusedFigures(['20', '50', '30', '60%'], cols)).toEqual({
      initial: '20',
      annual: '50',
      executed: '30',
      rate: '60%',
    });
  });
});

// Invented figures in the shape of a 湖北 自评表 whose budget line ran together, the 全年执行数 left blank.
describe('a fused budget line ending in a percent', () => {
  const heading = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'] as const;

  it('keeps the percent whole where a 0% cut out of it would only agree with nothing spent', () => {
    // Which amount column stands blank cannot be told; the points and the rate can.
    expect(placeFusedFigures(['505010100%'], heading)).toMatchObject({ weight: '10', rate: '100%' });
  });

  it('still reads a 0% printed for nothing spent', () => {
    expect(placeFusedFigures(['50', '50', '0', '10', '0%', '0'], heading)).toEqual({
      initial: '50',
      annual: '50',
      executed: '0',
      weight: '10',
      rate: '0%',
      score: '0',
    });
  });
});
