import { describe, expect, it } from 'vitest';
import { fundsInSentences, scoreInSentences } from './sentence-funds.ts';
import { titleKind } from './titles.ts';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests after fresh/607 (a 湖北 university's 项目自评结果): the conclusion in sentences, then the
// indicator table one cell a line, each cell closed by ' |'.
const sheet = [
  '2022年度某某设备购置项目自评结果',
  '一、自评结论',
  '(一)评价得分情况。',
  '对照年初绩效目标及项目实际完成情况,自评小组经过自评,综合评价得分为 96.5分。',
  '(二)绩效目标完成情况',
  '1、执行率情况。',
  '根据某某文件批复,2022年某某设备购置项目实际下达预算120万元,全年度实际总支出118.8 万元,项目预算执行率99%。其余1.2万元结转下年使用。',
  '2、完成的绩效目标。',
  '具体完成情况如下表:',
  '一级指标 |',
  '二级指标 |',
  '指标名称 |',
  '目标值 |',
  '实际完成值 |',
  '|',
  '产出指标 |',
  '数量指标 |',
  '购置设备台数 |',
  '40 |',
  '42 |',
  '|',
  '产出指标 |',
  '质量指标 |',
  '设备验收合格率 |',
  '100% |',
  '100% |',
  '效益指标 |',
  '服务对象满意度指标 |',
  '师生满意度 |',
  '90% |',
  '93% |',
  '(三)存在的问题和原因',
];

describe('a project’s 自评结果 (its self-evaluation published as a result sheet)', () => {
  it('is titled as a 自评表 is, but not a 决算 disclosure’s section of the same words', () => {
    expect(titleKind('2021年度某某奖助学金项目自评结果')).toBe('self-evaluation');
    expect(titleKind('某某专项资金绩效自评结果')).toBe('self-evaluation');
    expect(titleKind('部门决算中项目绩效自评结果')).toBeNull();
    expect(titleKind('三、项目绩效自评结果')).toBeNull();
    expect(titleKind('项目自评结果')).toBeNull();
    expect(titleKind('自评结果')).toBeNull();
  });

  it('is read as the 自评表 it sums up: the project its title names, the table, the funds and score it states', async () => {
    const doc = await selfEvaluation(sheet);
    expect(doc.name).toBe('某某设备购置项目');
    expect(doc.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw])).toEqual([
      ['购置设备台数', '40', '42'],
      ['设备验收合格率', '100%', '100%'],
      ['师生满意度', '90%', '93%'],
    ]);
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate]).toEqual(['120', '118.8', '99']);
    expect(doc.total).toBe('96.5');
  });
});

describe('funds and a score stated in sentences', () => {
  it('takes the amount given and the amount spent from one sentence, the rate after them', () => {
    expect(
      fundsInSentences(['项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。']),
    ).toEqual({
      annual: '2596',
      executed: '2595.6208',
      rate: '99%',
    });
    expect(fundsInSentences(['年初安排资金30万元,实际支出30万元。'])).toEqual({
      annual: '30',
      executed: '30',
      rate: null,
    });
  });

  it('takes nothing from a sentence of one amount, or amounts in two sentences', () => {
    expect(fundsInSentences(['剩余未执行完的0.3792万元为应征入伍学生国家资助经费。'])).toBeNull();
    expect(fundsInSentences(['下达预算120万元。全年支出118万元。'])).toBeNull();
    expect(fundsInSentences(['资助标准为4000元/人,预算执行率100%。'])).toBeNull();
  });

  it('reads the score a conclusion states', () => {
    expect(scoreInSentences(['自评小组经过自评,综合评价得分为 99.8分。'])).toBe('99.8');
    expect(scoreInSentences(['得分情况见下表'])).toBeNull();
  });
});
