// A PDF's rows carry their page as their line: a one-page 自评表's grid is not a form run together on one line,
// and its figure cells are read as its cells print them, not cut again as one run of digits.
import { describe, expect, it } from 'vitest';
import { importRows } from '../import-document.ts';
import type { Row } from '../rows/row.ts';

const page = (cells: string[]): Row => ({ cells, table: true, line: 1, source: '第1页' });

describe('a one-page PDF 自评表 on a grid', () => {
  it('keeps a target more than twenty times its actual as printed (20 | 550, not 205 | 50)', () => {
    const rows: Row[] = [
      { cells: ['项目支出绩效自评表'], table: false, line: 1, source: '第1页' },
      page(['专项资金名称', '某某加工车间建设项目', '', '', '', '', '']),
      page(['主管单位', '某县农业农村局', '', '', '', '', '']),
      page(['项目资金（元）', '', '年初预算数', '全年预算数', '全年执行数（B）', '分值', '得分']),
      page(['', '合计', '1000000', '1000000', '1000000', '10', '10']),
      page([
        '一级指标',
        '二级指标',
        '三级指标名称',
        '自评得分',
        '实际完成值',
        '年初目标值',
        '未完成原因及改进措施',
      ]),
      page(['产出指标', '数量指标', '冷库仓储建设', '10.3', '1290平方米', '1290平方米', '']),
      page(['', '', '配套设备购置及安装', '9.3', '20', '550', '']),
      page(['', '时效指标', '任务完成时限', '10.3', '10', '10', '']),
    ];
    const out = importRows('pdf', rows);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    const row = doc?.indicators.find((i) => i.name === '配套设备购置及安装');
    expect([row?.target.raw, row?.actual.raw, row?.score]).toEqual(['550', '20', '9.3']);
  });
});
