// Jixiao's own 自评表 and 监控表 layouts (written to .xlsx and .docx) imported as documents of their own by
// `importBuffer`: what the system writes, it reads back by meaning through the same path as any province's.
import { describe, expect, it } from 'vitest';
import {
  checkEvaluationDocument,
  checkMonitoring,
  parseIndicatorValue,
  scoreSelfEvaluation,
  type NewMonitoringEntry,
  type NewSelfEvaluation,
} from '@jixiao/core';
import { importBuffer } from '../src/index.ts';
import { layoutMonitoring } from '../src/export/layout-monitoring.ts';
import { layoutSelfEvaluation } from '../src/export/layout-self-evaluation.ts';
import { writeDocx } from '../src/export/write-docx.ts';
import { writeXlsx } from '../src/export/write-xlsx.ts';

const v = parseIndicatorValue;
const row = (level1: string, level2: string, name: string, target: string, actual: string) => ({
  indicatorId: name,
  goal: '年度绩效目标1',
  level1,
  level2,
  name,
  target: v(target),
  weight: null,
  actual: v(actual),
  grade: null,
  override: null,
  deviationAnalysis: null,
});

const evaluation: NewSelfEvaluation = {
  projectId: null,
  projectName: '政务服务工作',
  year: 2024,
  supervisor: '某市数据局',
  executor: '某市数据局（本级）',
  budget: { initial: '571', annual: '571', executed: '530.5' },
  goals: [{ label: '年度绩效目标1', expected: '提升政务服务能力', achieved: '基本完成' }],
  indicators: [
    row('产出指标', '数量指标', '服务人员数量', '=33人', '33人'),
    { ...row('产出指标', '质量指标', '满意度测评', '≥95%', '92%'), deviationAnalysis: '高峰期接通率下降' },
    row('成本指标', '经济成本指标', '项目成本', '≤571万元', '530.5万元'),
    row('效益指标', '社会效益指标', '群众办事时间缩短', '≥10%', '12%'),
    row('满意度指标', '服务对象满意度指标', '群众满意度', '≥95%', '96%'),
  ],
  conclusions: { problems: '高峰期人手不足', improvements: '增加弹性排班' },
};

describe('Jixiao’s 自评表 layout imported as a 自评表', () => {
  const score = scoreSelfEvaluation(evaluation);

  it.each([
    ['xlsx', writeXlsx],
    ['docx', writeDocx],
  ] as const)(
    'from .%s: head, budget, rows with 分值 and 得分, 总分 and 等级 as written',
    async (format, write) => {
      const bytes = await write(layoutSelfEvaluation(evaluation, score));
      const outcome = await importBuffer(bytes, `ev.${format}`);
      if (!outcome.ok) throw new Error(outcome.error.message);
      expect(outcome.forms).toEqual([]);
      const doc = outcome.evaluations[0];
      if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表');
      expect(doc).toMatchObject({
        name: '政务服务工作',
        department: '某市数据局',
        unit: '某市数据局（本级）',
        year: 2024,
      });
      expect(doc.budget).toMatchObject({ initial: '571.00', annual: '571.00', executed: '530.50' });
      expect(doc.goals).toEqual([{ expected: '提升政务服务能力', achieved: '基本完成' }]);
      expect(doc.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actual.raw])).toEqual(
        evaluation.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actual.raw]),
      );
      expect(doc.indicators.map((i) => i.score)).toEqual(
        score.indicators.map((s) => (s.result.ok ? s.result.value.score : null)),
      );
      expect(doc.indicators[1]!.deviationReason).toBe('高峰期接通率下降');
      expect(doc.total).toBe(score.total);
      expect(doc.grade).toBe(score.grade?.grade ?? null);
      // What the system scored, it finds consistent.
      expect(checkEvaluationDocument(doc).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});

describe('Jixiao’s 监控表 layout imported as a 监控表', () => {
  const entry: NewMonitoringEntry = {
    projectId: null,
    projectName: '政务服务工作',
    year: 2024,
    month: 7,
    budget: { annual: '571', executedToDate: '120', plannedShareToDate: null },
    indicators: [
      {
        indicatorId: 'a',
        goal: null,
        level1: '产出指标',
        level2: '数量指标',
        name: '服务人员数量',
        target: v('=33人'),
        actualToDate: v('30人'),
        grade: null,
        expectedFullYear: v('30人'),
        deviationReason: '人员原因',
        reasonText: '招聘延迟',
        likelihood: '有可能',
        correctiveMeasure: '加快招聘',
      },
    ],
  };

  it('from .xlsx: the budget to date, the period and the filled row', async () => {
    const outcome = await importBuffer(
      await writeXlsx(layoutMonitoring(entry, checkMonitoring(entry), '某单位')),
      'm.xlsx',
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    const doc = outcome.evaluations[0];
    if (doc?.kind !== 'monitoring') throw new Error('no 监控表');
    expect(doc).toMatchObject({ name: '政务服务工作', period: '1—7月', month: 7 });
    expect(doc.budget).toMatchObject({ annual: '571.00', executed: '120.00' });
    expect(
      doc.indicators.map((i) => [
        i.name,
        i.target.raw,
        i.actualToDate.raw,
        i.expectedFullYear.raw,
        i.deviationReason,
        i.likelihood,
      ]),
    ).toEqual([
      // 偏差原因 | 原因说明: two columns of one kind, read together.
      ['服务人员数量', '=33人', '30人', '30人', '人员原因；招聘延迟', '有可能'],
    ]);
    expect(doc.indicators[0]!.light).toMatch(/^(红|黄|绿|蓝)灯$/);
  });
});
