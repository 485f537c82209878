// A 自评表 copied one cell per line that closes its table with 合计 and then the grade (自评等级 | 优): the grade's
// row is the form's grade, no indicator (issue 12's headColumn and lines variants of wide/341 and wide/490).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (...tail: string[]) =>
  [
    '项目支出绩效自评表',
    '项目名称',
    '某项目',
    '主管部门',
    '某局',
    '绩效指标',
    '未完成原因分析',
    '全年完成值',
    '指标得分(分)',
    '年度指标值',
    '一级指标',
    '二级指标',
    '三级指标名称',
    '产出指标',
    '数量指标',
    '补助经费足额拨付率',
    '100%',
    '20',
    '100 %',
    '满意度指标',
    '服务对象满意度指标',
    '优抚对象满意率',
    '100%',
    '10',
    '100 %',
    ...tail,
  ].join('\n');

async function read(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc : undefined;
}

describe("the grade after a 自评表's indicators", () => {
  it('is no indicator', async () => {
    const doc = await read(form('合计', '100', '自评等级', '优'));
    expect(doc?.indicators.map((i) => i.name)).toEqual(['补助经费足额拨付率', '优抚对象满意率']);
    expect(doc?.grade).toBe('优');
  });
});
