// 自评表 of templates first read on their first run (wide/340–345, found by h-fresh16): the rules their reading
// needed, each with the real text that needed it and a case it must leave alone. Expectations are the
// hand-read truth of wide/truth.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SelfEvaluationDocument } from '@jixiao/core';
import { importBuffer } from '../src/index.ts';
import { evaluationTitleInText, totalLabelOf } from '../src/recognize/evaluation-head-labels.ts';
import { placeFusedFigures } from '../src/recognize/evaluation-stream-budget.ts';
import { betterReading } from '../src/recognize/self-evaluation-document.ts';
import type { EvaluationTable, TableRecord } from '../src/recognize/evaluation-table.ts';

const wide = (name: string) => readFileSync(new URL(`./corpus/wide/${name}`, import.meta.url), 'utf8');

async function evaluationOf(text: string): Promise<SelfEvaluationDocument> {
  const out = await importBuffer(new TextEncoder().encode(text), 'doc.txt');
  if (!out.ok) throw new Error(`${out.error.code}: ${out.error.message}`);
  const doc = out.evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const rowsOf = (doc: SelfEvaluationDocument) =>
  doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight, i.score]);

describe('a 自评表 titled after its project alone, run together in a preview (wide/340)', () => {
  it('is a 自评表 by its title, as titleKind reads such titles', () => {
    expect(
      evaluationTitleInText('1、2020年度长江禁捕项目自评表单位名称:农业工作科填报日期:项目名称渔业成品油'),
    ).toBe('self-evaluation');
    // A 项目支出绩效目标表 is no 自评表, nor is a line that only speaks of evaluating.
    expect(evaluationTitleInText('2022年度项目支出绩效目标表项目名称某某')).toBeNull();
    expect(evaluationTitleInText('开展项目自评工作,现将情况报告如下')).toBeNull();
  });

  it('reads its budget line, its rows across the page break and its 总分', async () => {
    const doc = await evaluationOf(wide('340-changjiang-jinbu-selfeval.txt'));
    expect(doc.name).toBe('渔业成品油价格改革补贴');
    expect([doc.budget.annual, doc.budget.executed, doc.budget.rate, doc.budget.score]).toEqual([
      '1.56',
      '1.56',
      // 执行率 printed 1, the ratio itself: 1.56 of 1.56 shows it, so it is read as 100 (percent, docs/model.md).
      '100',
      '20',
    ]);
    expect(rowsOf(doc)).toContainEqual(['补贴渔船数', '6', '6', null, '20']);
    // 12月底之前完成10 | 2、0%100%10: the preview's page number cut 100%.
    expect(rowsOf(doc)).toContainEqual(['12月底之前完成', '100%', '100%', null, '10']);
    expect(doc.total).toBe('100');
  });
});

describe("a budget line's figures run together", () => {
  it('cuts 1.561.56120 where the rate is printed as the ratio itself (1 for 100 %)', () => {
    expect(placeFusedFigures(['1.561.56120'], ['annual', 'executed', 'rate', 'score'])).toEqual({
      annual: '1.56',
      executed: '1.56',
      rate: '1',
      score: '20',
    });
  });

  it('does not take for a ratio a figure the amounts do not bear out', () => {
    // 1.56 of 3.12 is 0.5: the 1 after them is no rate of this line.
    expect(placeFusedFigures(['1.563.12120'], ['annual', 'executed', 'rate', 'score']).rate).not.toBe('1');
  });
});

describe('the 总分 written with the points it is out of (wide/341)', () => {
  it('is the total, not an indicator row', () => {
    expect(totalLabelOf('总分(100分)')).toBe('total');
    expect(totalLabelOf('产出指标(60分)')).toBeNull();
  });

  it('closes the table of 保山市退役军人事务局: five rows, 总分 100, 优', async () => {
    const doc = await evaluationOf(wide('341-baoshan-tuiyijunren-selfeval.txt'));
    expect(doc.indicators).toHaveLength(5);
    expect(doc.indicators[0]!.name).toMatch(/^慰问伤残军人50人;革命烈士遗属50人;/);
    expect([doc.total, doc.grade]).toEqual(['100', '优']);
  });
});

describe('of two readings of the indicator table', () => {
  const record = (name: string, score: string): TableRecord => ({
    level1: null,
    level2: null,
    name,
    rest: [],
    cells: { target: '100%', actual: '100%', score },
    line: null,
  });
  const table = (records: TableRecord[]): EvaluationTable => ({
    columns: ['name', 'target', 'actual', 'score'],
    records,
    level1Weights: [],
    start: 0,
    end: 0,
  });

  it('the one whose 得分 add up past 100 loses, however many rows it holds', () => {
    const rows = table([record('补助经费足额拨付率', '20'), record('满意率', '10')]);
    // 慰问伤残军人50人;革命烈士遗属50人;… cut at its figures into rows scoring 50, 6 and 8.
    const text = table(['50', '6', '8', '20', '20', '20', '10'].map((s, k) => record(`行${k}`, s)));
    expect(betterReading(rows, text)).toBe(rows);
    expect(betterReading(text, rows)).toBe(rows);
  });

  it('the larger one still wins where both stay within 100', () => {
    const rows = table([record('补助经费足额拨付率', '20')]);
    const text = table(['20', '20', '10', '10'].map((s, k) => record(`行${k}`, s)));
    expect(betterReading(rows, text)).toBe(text);
  });
});

describe('a 区域绩效目标自评表 one cell per paragraph (wide/342)', () => {
  it("reads the 得分 column headed by its block's points, and the 省级主管部门", async () => {
    const doc = await evaluationOf(wide('342-anju-shipinjianguan-selfeval.txt'));
    expect(doc.department).toBe('四川省市场监管局');
    expect(rowsOf(doc).slice(0, 2)).toEqual([
      ['食品安全监管人员培训', '已完成', '已完成', null, '5'],
      ['违法案件查办率', '100%', '100%', null, '4'],
    ]);
    // The 可持续影响指标 row is cut at 指标1:技 (a tenth row the truth accepts too).
    expect(doc.indicators.length).toBeGreaterThanOrEqual(9);
  });

  it('takes no row number after a header for points: the first row opens with no 一级', async () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称',
      '某某项目',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '1',
      '数量指标',
      '补贴人数',
      '100人',
      '100人',
    ].join('\n\n');
    const doc = await evaluationOf(text);
    expect(doc.indicators.every((i) => i.score === null)).toBe(true);
  });
});

describe('a 新疆 2023 自评表 (wide/344)', () => {
  it("reads 分值权重 as the budget line's 分值, and its long indicator header as no indicator", async () => {
    const doc = await evaluationOf(wide('344-fukang-tongji-selfeval.txt'));
    expect([
      doc.budget.initial,
      doc.budget.annual,
      doc.budget.executed,
      doc.budget.weight,
      doc.budget.score,
    ]).toEqual(['5.28', '1.96', '1.96', '10', '10']);
    expect(doc.budget.rate).toMatch(/^100(\.00)?%?$/);
    expect(doc.indicators).toEqual([]);
  });
});

describe("a head that prints the 总分's label among its own (wide/345)", () => {
  it('takes the 主管单位 that follows, not the label 自评总分:', async () => {
    const doc = await evaluationOf(wide('345-guangshui-jiaotong-selfeval.txt'));
    expect(doc.department).not.toBe('自评总分:');
    expect(doc.unit).toBe('广水市交通运输局');
    expect(doc.total).toBe('95');
  });
});

describe('the tail of a 自评表 without its header, its comparators in cells of their own (wide/346)', () => {
  it('is read under the 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 layout, each kept cell whole', async () => {
    const doc = await evaluationOf(wide('346-dayi-tielu-selfeval.txt'));
    const rows = doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight]);
    expect(rows).toContainEqual(['安全隐患排查成本预算', '=6万元', '6', '5']);
    // … | 93 | 10 |: the 权重 10 is one cell, not 1 | 0.
    expect(rows).toContainEqual(['环境治理亮化美化率', '≥90%', '93', '10']);
  });

  it('keeps the name | 指标值 | 权重 reading where the comparators ran into the values (wide/119)', async () => {
    const doc = await evaluationOf(wide('119_selfeval.txt'));
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.weight]).slice(0, 2)).toEqual([
      ['足额保障率', '=100%', '22.5'],
      ['科目调整次数', '≤10次', '22.5'],
    ]);
  });
});
