// 自评表 in the shapes people copy them in from web pages, Word and PDF viewers: one cell per line with a
// broken two-band header and page numbers, and single-spaced rows whose empty cells vanished.
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { readTextRows } from '../text/read-text.ts';
import { normalizeRows } from '../rows/normalize-rows.ts';
import { recognizeDocument } from './recognize-forms.ts';
import type { EvaluationTable, TableRecord } from './evaluation-table.ts';
import { betterReading } from './self-evaluation-document.ts';

function read(text: string): SelfEvaluationDocument {
  const doc = recognizeDocument(normalizeRows(readTextRows(text))).evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const rowsOf = (doc: SelfEvaluationDocument) =>
  doc.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actual.raw, i.weight, i.score]);

describe('a 自评表 one cell per line', () => {
  const text = [
    '项目支出绩效自评表',
    '项目名称',
    '某某水利工程',
    '主管部门',
    '某某县水利局',
    '实施单位',
    '某某县水利局',
    '项目资金',
    '(万元)',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    '年度资金总额',
    '880',
    '880',
    '880',
    '10',
    '100%',
    '10',
    '一级',
    '指标',
    '二级指标',
    '三级指标',
    '年度',
    '指标值',
    '实际',
    '完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
    '产出指标',
    '(50分)',
    '数量指标',
    '完成XX项目数量',
    '1',
    '1',
    '10',
    '10',
    '质量指标',
    '工程质量合格率',
    '100%',
    '— 3 —',
    '100%',
    '10',
    '10',
    '时效指标',
    '按期完',
    '- 4 -',
    '工率',
    '100%',
    '100%',
    '10',
    '10',
    '效益指标',
    '(30分)',
    '社会效益指标',
    '5000吨稻谷储备到位率',
    '100%',
    '第 5 页',
    '100%',
    '10',
    '9',
    '总分',
    '100',
    '89',
  ].join('\n');

  it('reads every indicator with its figures under the broken header, across page numbers', () => {
    const doc = read(text);
    expect(rowsOf(doc)).toEqual([
      ['产出指标', '完成XX项目数量', '1', '1', '10', '10'],
      ['产出指标', '工程质量合格率', '100%', '100%', '10', '10'],
      ['产出指标', '按期完工率', '100%', '100%', '10', '10'],
      ['效益指标', '5000吨稻谷储备到位率', '100%', '100%', '10', '9'],
    ]);
    expect(doc.level1Weights).toContainEqual({ level1: '产出指标', weight: '50' });
    expect(doc.total).toBe('89');
  });

  it('reads a 三级 written like its 二级, letter-spaced, as the indicator', () => {
    const lines = [
      '项目支出绩效自评表',
      '项目名称',
      '某某粮食储备',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '满意度指标',
      '服务对象满意度指标',
      '服 务 对 象 满 意 度',
      '≥90%',
      '95%',
      '10',
      '10',
    ];
    expect(rowsOf(read(lines.join('\n')))).toEqual([
      ['满意度指标', '服务对象满意度', '≥90%', '95%', '10', '10'],
    ]);
  });

  it("keeps the header's broken words out of the budget block", () => {
    expect(read(text).budget?.sources).toEqual([]);
  });
});

describe('a 自评表 with one space between cells', () => {
  const text = [
    '项目支出绩效自评表',
    '项目名称 某某水利工程',
    '主管部门 某某县水利局 实施单位 某某县水利局',
    '项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '年度资金总额: 880 880 880 10 100% 10',
    '其中:当年财政拨款 880 880 880',
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    '产出',
    '指标',
    '(50分)',
    '数量指标 指标1:完成XX项目数量 1 1 10 10',
    '指标2:',
    '质量指标 指标1:工程质量合格 10 10',
    '……',
    '效益',
    '指标',
    '(30分)',
    '社会效益指标 指标1:服 务 对 象 满 意 度 ≥90% 95% 10 9',
    '指标2:',
    '总分 100 89',
  ].join('\n');

  it("reads the rows right to left against the header, without the template's numbering and filler rows", () => {
    const doc = read(text);
    expect(rowsOf(doc)).toEqual([
      ['产出指标', '完成XX项目数量', '1', '1', '10', '10'],
      ['产出指标', '工程质量合格', '', '', '10', '10'],
      ['效益指标', '服务对象满意度', '≥90%', '95%', '10', '9'],
    ]);
    expect(doc.total).toBe('89');
  });

  it('reads the budget block and its 其中 row', () => {
    const doc = read(text);
    expect(doc.budget).toMatchObject({
      initial: '880',
      annual: '880',
      executed: '880',
      weight: '10',
      score: '10',
    });
    expect(doc.budget?.sources[0]).toMatchObject({ name: '当年财政拨款', annual: '880', executed: '880' });
  });

  it('reads a budget line whose 执行率 was left empty: its numbers right to left against the header', () => {
    const lines = [
      '项目支出绩效自评表',
      '项目名称 某某水利工程',
      '主管部门 某某县水利局 实施单位 某某县水利局',
      '项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      '年度资金总额: 880 880 880 10 10',
      '其中:当年财政拨款 880 880 880',
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
      '产出指标 数量指标 完成XX项目数量 1 1 10 10',
    ];
    expect(read(lines.join('\n')).budget).toMatchObject({
      initial: '880',
      annual: '880',
      executed: '880',
      rate: null,
      weight: '10',
      score: '10',
    });
  });
});

describe('choosing between the reading by rows and the reading from the text', () => {
  const record = (name: string, cells: TableRecord['cells']): TableRecord => ({
    level1: '效益指标',
    level2: null,
    name,
    rest: [],
    cells,
    line: null,
  });
  const table = (records: TableRecord[]): EvaluationTable => ({
    columns: ['name', 'target', 'actual', 'weight', 'score'],
    records,
    level1Weights: [],
    start: 0,
    end: 0,
  });
  const sound = record('政策知晓率', { target: '100%', actual: '98%', weight: '10', score: '9' });

  it('takes the text’s reading where the rows left cells run together (有效 10 10) that it parts', () => {
    // Made for this test after corpus 023 copied with one space between cells.
    const byRows = table([
      sound,
      record('减轻学生家庭负担', { target: '有效', actual: '有效 10 10' }),
      record('家长满意度 ≧ 95 % 100% 10 10', {}),
    ]);
    const byText = table([
      sound,
      record('减轻学生家庭负担', { target: '有效', actual: '有效', weight: '10', score: '10' }),
      record('家长满意度', { target: '≧95%', actual: '100%', weight: '10', score: '10' }),
    ]);
    expect(betterReading(byRows, byText)).toBe(byText);
  });

  it('keeps the rows’ sound reading, and a reason with figures in it is no run-together cell', () => {
    const reason = record('资金到位率', {
      target: '100%',
      actual: '90%',
      weight: '10',
      score: '9',
      reason: '到位90% 余10万元未拨',
    });
    const byRows = table([sound, reason]);
    const byText = table([
      sound,
      record('资金到位率', { target: '100%', actual: '90%', weight: '10', score: '9' }),
    ]);
    expect(betterReading(byRows, byText)).toBe(byRows);
  });

  it('takes the text’s reading where the rows put two columns’ figures under one (100；10 under 得分)', () => {
    // Made for this test after a 自评表 copied space-aligned whose band printed its merged headings twice.
    const row = (name: string, target: string, actual: string) =>
      record(name, { target, actual, weight: '10', score: '10' });
    const byRows = table([
      record('任务完成率', { actual: '90%', weight: '10', score: '100；10' }),
      record('森林火灾受害率', { actual: '0.9%', weight: '10', score: '0；10' }),
      record('有害生物成灾率', { actual: '0.4%', weight: '10', score: '0.1；10' }),
    ]);
    const byText = table([
      row('任务完成率', '90%', '100'),
      row('森林火灾受害率', '0.9%', '0'),
      row('有害生物成灾率', '0.4%', '0.1'),
    ]);
    expect(betterReading(byRows, byText)).toBe(byText);
  });
});
