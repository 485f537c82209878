import { describe, expect, it } from 'vitest';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';
import { opensNamelessAnswerBlock, splitFirstQuestion } from './shared-question-cell.ts';

// Made for these tests after fresh/622 (吉林, an evaluation sheet copied from its web page): one merged name cell
// holds two 是/否 questions, each with its own answer block of example slots; copied as text, the second block's
// first row opens with the unit 是/否 — the name cell spans it — and the gap between the questions is closed.
const tab = (...cells: string[]) => cells.join('\t');
const head = [
  '某某口岸专项经费绩效评价表',
  tab('一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值(标准)', '分值', '采集数据项'),
  tab('数据项1', '理由'),
  // Output rows of a figure each, as the sheet prints before its effect questions.
  tab('项目产出', '30', '产出数量', '100', '查验批次完成率', '%', '100%', '60', '', ''),
  tab('抽检任务完成率', '%', '95%', '40', '', ''),
];
const block = (first: string[], points: string) => [
  tab(...first, '是/否', '是', points, '', '①'),
  tab(points, '②'),
  tab(points, '③'),
];
const total = tab('总分', '100', '得分', '', ' ');

describe('a name cell holding two questions, each with its own answer block (是/否 | 是 | 5 | | ① with no name)', () => {
  it('reads each question as an indicator with its own target and points, questions opening alike', async () => {
    const doc = await selfEvaluation([
      ...head,
      ...block(
        [
          '项目效果',
          '30',
          '社会效益',
          '30',
          '口岸资金投入是否提高查验效率  口岸资金的投入是否缩短通关时间  ',
        ],
        '5',
      ),
      ...block([], '5'),
      ...block(['可持续影响', '70', '是否有利于长效机制建设'], '4'),
      total,
    ]);
    expect(
      doc.indicators.slice(2).map((i) => [i.level2, i.name, i.target.raw, i.weight, i.actual.raw]),
    ).toEqual([
      ['社会效益指标', '口岸资金投入是否提高查验效率', '是', '15', ''],
      ['社会效益指标', '口岸资金的投入是否缩短通关时间', '是', '15', ''],
      ['可持续影响指标', '是否有利于长效机制建设', '是', '12', ''],
    ]);
  });

  it('parts questions that open with 是否 at the second one', async () => {
    const doc = await selfEvaluation([
      ...head,
      ...block(['项目效果', '30', '社会效益', '30', '是否改善了口岸通关环境 是否减少了企业通关成本'], '5'),
      ...block([], '5'),
      total,
    ]);
    expect(doc.indicators.slice(2).map((i) => [i.name, i.weight])).toEqual([
      ['是否改善了口岸通关环境', '15'],
      ['是否减少了企业通关成本', '15'],
    ]);
  });

  it('makes up no name where the cell holds one question: the nameless block stays unread', async () => {
    const doc = await selfEvaluation([
      ...head,
      ...block(['项目效果', '30', '经济效益', '30', '是否促进了地方经济发展'], '5'),
      ...block(['社会效益', '30', '是否改善了口岸通关环境'], '5'),
      ...block([], '5'),
      ...block(['可持续影响', '40', '是否有利于长效机制建设'], '4'),
      total,
    ]);
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '查验批次完成率',
      '抽检任务完成率',
      '是否促进了地方经济发展',
      '是否改善了口岸通关环境',
      '是否有利于长效机制建设',
    ]);
  });

  // fresh/653 (吉林 赴港直通车): one cell joins two 是否 clauses with 、 but prints one answer block under them.
  it('keeps a cell of two 是否 clauses over one answer block one indicator with the whole block’s points', async () => {
    const doc = await selfEvaluation([
      ...head,
      ...block(['项目效果', '30', '经济效益', '30', '是否促进了地方经济发展'], '5'),
      ...block(['社会效益', '30', '是否有效防止疫情跨境传播、是否有效防止有害物质传入'], '5'),
      ...block(['可持续影响', '40', '是否有利于长效机制建设'], '4'),
      total,
    ]);
    expect(doc.indicators.slice(2).map((i) => [i.name, i.weight])).toEqual([
      ['是否促进了地方经济发展', '15'],
      ['是否有效防止疫情跨境传播、是否有效防止有害物质传入', '15'],
      ['是否有利于长效机制建设', '12'],
    ]);
  });
});

describe('opensNamelessAnswerBlock', () => {
  it('is true for a row opening with the yes/no unit and holding a slot number', () => {
    expect(opensNamelessAnswerBlock(['是/否', '是', '5', '', '①'])).toBe(true);
    expect(opensNamelessAnswerBlock(['', '是 / 否', '否', '10', '①'])).toBe(true);
  });

  it('is false for an indicator’s own row, a slot row or a row without a slot number', () => {
    expect(opensNamelessAnswerBlock(['是否有利于保护生态环境', '是/否', '是', '5', '', '①'])).toBe(false);
    expect(opensNamelessAnswerBlock(['5', '②'])).toBe(false);
    expect(opensNamelessAnswerBlock(['是/否', '是', '5', '', '/'])).toBe(false);
  });
});

describe('splitFirstQuestion', () => {
  it('parts at the opening words written again before the next 是否, or at that 是否', () => {
    expect(splitFirstQuestion('资金投入是否增加了公众认知度资金的投入是否提高通关速度')).toEqual([
      '资金投入是否增加了公众认知度',
      '资金的投入是否提高通关速度',
    ]);
    expect(splitFirstQuestion('是否改善环境是否减少成本是否提高效率')).toEqual([
      '是否改善环境',
      '是否减少成本是否提高效率',
    ]);
  });

  it('is null for one question, or where the next question does not open as the first', () => {
    expect(splitFirstQuestion('是否有利于保护生态环境')).toBeNull();
    expect(splitFirstQuestion('资金投入是否增加了认知度，群众是否满意')).toBeNull();
    expect(splitFirstQuestion('5%是否是否')).toBeNull();
  });
});
