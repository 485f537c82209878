// A REAL published 项目支出绩效自评表 recomputed: 2022年度 委托业务项目, 池州市贵池区棠溪镇人民政府 (DOMAIN.md S7,
// http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2), read from a stored public copy whose text
// ends inside the 满意度 row. Every row up to 效益 is as published (target, actual, 分值, 得分); the 满意度 row
// and the total are cut off in that copy, so that one row is ASSUMED (公众满意度 ≥90%, met, 10 分) and marked so.
//
// Published funds: 本年财政拨款 年初预算数 90, 全年预算数 89.974, 全年执行数 89.974 (the 年度资金总额 line
// shows 0 — a defect of the published table); 执行率 100 % → 10.
// Published rows (分值 → 得分): 产出 8→8, 8→8, 8→8, 8→8, 8→8, 10→10 (= 50); 效益 10→10 ×3 (= 30).
import { describe, expect, it } from 'vitest';
import { scoreSelfEvaluation } from './score-self-evaluation.ts';
import { makeSelfEvaluation, type RowSpec } from './test-evaluations.ts';

const met = '达成年度指标' as const;
const published: RowSpec[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '基建工程委托业务项目数量',
    target: '≥50个',
    actual: '50',
    weight: '8',
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '委托业务报告合格率',
    target: '≥100百分比',
    actual: '100',
    weight: '8',
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '经费支出合规性',
    target: '严格执行相关制度规定',
    grade: met,
    weight: '8',
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '提交报告及时性',
    target: '在项目计划完成时间内完成',
    grade: met,
    weight: '8',
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '项目总成本',
    target: '≤90万元',
    actual: '90',
    weight: '8',
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '单项业务成本',
    target: '符合相关规定',
    grade: met,
    weight: '10',
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '对维护基建市场公平的影响程度',
    target: '效果明显',
    grade: met,
    weight: '10',
  },
  {
    level1: '效益指标',
    level2: '生态效益指标',
    name: '对控制基建项目成本影响程度',
    target: '效果明显',
    grade: met,
    weight: '10',
  },
  {
    level1: '效益指标',
    level2: '可持续影响指标',
    name: '对推动基建项目“四项制度”健全和落实的持续性影响',
    target: '效果明显',
    grade: met,
    weight: '10',
  },
];
const publishedScores = ['8.00', '8.00', '8.00', '8.00', '8.00', '10.00', '10.00', '10.00', '10.00'];
// ASSUMED (cut off in the stored copy): the 满意度 row.
const assumed: RowSpec = {
  level1: '满意度指标',
  level2: '满意度指标',
  name: '公众满意度',
  target: '≥90%',
  actual: '95%',
  weight: '10',
};

describe('published 自评表 S7 (贵池区棠溪镇 2022 委托业务项目) recomputed', () => {
  const ev = makeSelfEvaluation({ initial: '90', annual: '89.974', executed: '89.974' }, [
    ...published,
    assumed,
  ]);
  const s = scoreSelfEvaluation(ev);

  it('reproduces every published score of the 产出 and 效益 rows', () => {
    expect(s.errors).toEqual([]);
    expect(
      s.indicators.slice(0, 9).map((i) => (i.result.ok ? i.result.value.score : i.result.errors)),
    ).toEqual(publishedScores);
  });
  it('reads the bare actuals in the target unit (50 against ≥50个, 90 against ≤90万元)', () => {
    const working = s.indicators.map((i) => (i.result.ok ? i.result.value.working : ''));
    expect(working[0]).toBe('正向指标：实际值 50个 ≥ 目标值 50个，达成目标，得满分 8');
    expect(working[1]).toBe('正向指标：实际值 100百分比 ≥ 目标值 100百分比，达成目标，得满分 8');
    expect(working[4]).toBe('反向指标：实际值 90万元 ≤ 目标值 90万元，达成目标，得满分 8');
  });
  it('scores 执行率 89.974 ÷ 89.974 = 100 % → 10 and sums the published parts to 50 + 30 + 10', () => {
    expect(s.execution.ok && s.execution.value).toMatchObject({ rate: '1', score: '10.00' });
    expect(s.total).toBe('100.00'); // with the assumed 满意度 row at full marks
    expect(s.grade?.grade).toBe('优');
  });
});
