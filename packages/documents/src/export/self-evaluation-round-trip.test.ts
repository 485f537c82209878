// The 自评表 and 监控表 layouts written to .xlsx and .docx and read back by their recognisers: the values a
// unit fills come back unchanged (the import path of filled files).
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkMonitoring,
  parseIndicatorValue,
  scoreSelfEvaluation,
  type NewMonitoringEntry,
  type NewSelfEvaluation,
} from '@jixiao/core';
import { readDocxRows, readPdfRows, readXlsxRows } from '../office/readers.ts';
import { closeBrowser, DEFAULT_CHROMIUM, writePdf } from './write-pdf.ts';
import { recognizeMonitoring } from '../recognize/monitoring-table.ts';
import { recognizeSelfEvaluation } from '../recognize/self-evaluation-table.ts';
import { layoutMonitoring } from './layout-monitoring.ts';
import { layoutSelfEvaluation } from './layout-self-evaluation.ts';
import { writeDocx } from './write-docx.ts';
import { writeXlsx } from './write-xlsx.ts';

const v = parseIndicatorValue;
const row = (
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: string | null,
) => ({
  indicatorId: name,
  goal: '年度绩效目标1',
  level1,
  level2,
  name,
  target: v(target),
  weight,
  actual: v(actual),
  grade: null,
  override: null,
  deviationAnalysis: null,
});

const evaluation: NewSelfEvaluation = {
  projectId: null,
  projectName: '政务服务工作',
  projectCode: '101001-2024-001',
  year: 2024,
  supervisor: '某市数据局',
  executor: '某市数据局（本级）',
  budget: { initial: '571', annual: '571', executed: '530.5' },
  goals: [{ label: '年度绩效目标1', expected: '提升政务服务能力', achieved: '基本完成' }],
  indicators: [
    row('产出指标', '数量指标', '服务人员数量', '=33人', '33人', null),
    {
      ...row('产出指标', '质量指标', '满意度测评', '≥95%', '92%', null),
      deviationAnalysis: '高峰期接通率下降',
    },
    row('成本指标', '经济成本指标', '项目成本', '≤571万元', '530.5万元', null),
    { ...row('效益指标', '社会效益指标', '优化政务服务环境', '确保优化', '', null), grade: '达成年度指标' },
    row('满意度指标', '服务对象满意度指标', '群众满意度', '≥95%', '96%', null),
  ],
  conclusions: { problems: '高峰期人手不足', improvements: '增加弹性排班' },
};

describe('自评表 layout round trip', () => {
  const score = scoreSelfEvaluation(evaluation);

  it('scores the example (the layout shows a real total)', () => {
    expect(score.errors).toEqual([]);
    expect(score.total).not.toBeNull();
  });

  for (const [format, write, read] of [
    ['xlsx', writeXlsx, readXlsxRows],
    ['docx', writeDocx, readDocxRows],
  ] as const) {
    it(`reads back budget, rows, conclusions and total from .${format}`, async () => {
      const bytes = await write(layoutSelfEvaluation(evaluation, score));
      const rows = await read(bytes);
      const got = recognizeSelfEvaluation(rows);
      expect(got).not.toBeNull();
      expect(got!.projectName).toBe('政务服务工作');
      // The 项目编码 is printed beside the name.
      const nameRow = rows.find((r) => r.cells.includes('项目名称'));
      expect(nameRow?.cells).toEqual(expect.arrayContaining(['政务服务工作', '项目编码', '101001-2024-001']));
      // Amounts come back as every file writes them: 万元 with two decimals.
      expect(got!.budget).toEqual({ initial: '571.00', annual: '571.00', executed: '530.50' });
      expect(got!.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.actual])).toEqual([
        ['产出指标', '数量指标', '服务人员数量', '=33人', '33人'],
        ['产出指标', '质量指标', '满意度测评', '≥95%', '92%'],
        ['成本指标', '经济成本指标', '项目成本', '≤571万元', '530.5万元'],
        ['效益指标', '社会效益指标', '优化政务服务环境', '确保优化', '达成年度指标'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥95%', '96%'],
      ]);
      expect(got!.indicators[1]!.deviation).toBe('高峰期接通率下降');
      expect(got!.indicators.map((r) => r.score)).toEqual(
        score.indicators.map((s) => (s.result.ok ? s.result.value.score : null)),
      );
      expect(got!.total).toBe(score.total);
      expect(got!.problems).toBe('高峰期人手不足');
      expect(got!.improvements).toBe('增加弹性排班');
    });
  }

  it.skipIf(!fs.existsSync(DEFAULT_CHROMIUM))(
    'prints the 自评表 to PDF and reads the scores back',
    async () => {
      const pdf = await writePdf(layoutSelfEvaluation(evaluation, score));
      expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
      const rows = await readPdfRows(pdf);
      expect(rows.map((r) => r.cells.join('')).join('\n')).toContain('项目支出绩效自评表');
      const got = recognizeSelfEvaluation(rows);
      expect(got?.indicators.map((r) => r.name)).toEqual(evaluation.indicators.map((i) => i.name));
      expect(got?.total).toBe(score.total);
    },
  );
  afterAll(closeBrowser);

  it('finds no self-evaluation in a table without its header', () => {
    expect(recognizeSelfEvaluation([{ cells: ['项目名称', 'x'], table: true }])).toBeNull();
  });
});

describe('监控表 layout round trip', () => {
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
  it('reads back budget and the filled row from .xlsx', async () => {
    const bytes = await writeXlsx(layoutMonitoring(entry, checkMonitoring(entry), '某单位'));
    const got = recognizeMonitoring(await readXlsxRows(bytes));
    // Amounts come back as every file writes them: 万元 with two decimals.
    expect(got?.budget).toEqual({ annual: '571.00', executedToDate: '120.00' });
    expect(got?.indicators).toEqual([
      expect.objectContaining({
        name: '服务人员数量',
        target: '=33人',
        actualToDate: '30人',
        expectedFullYear: '30人',
        deviationReason: '人员原因',
        reasonText: '招聘延迟',
        likelihood: '有可能',
        correctiveMeasure: '加快招聘',
      }),
    ]);
  });
});
