import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { taskTableTotal } from './task-table-total.ts';

// Made for these tests (h-fresh43c): the central template's 部门（单位）整体支出绩效目标申报表, whose budget is
// stated only by the 金额合计 row of its 年度主要任务 table.
const form = (totalRow: string[]) =>
  [
    '部门整体支出绩效目标申报表',
    '（2024年度）',
    ['部门（单位）名称', '某某县水务局'],
    ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）'],
    ['', '', '', '总额', '财政拨款', '其他资金'],
    ['', '农村饮水安全', '维修农村供水工程', '300', '300', ''],
    ['', '河湖管护', '聘用河道保洁员', '120', '100', '20'],
    totalRow,
    ['年度总体目标', '保障农村饮水安全，河湖面貌持续改善。'],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    ['', '产出指标', '数量指标', '维修供水工程处数', '≥25处'],
  ]
    .map((r) => (typeof r === 'string' ? r : `| ${r.join(' | ')} |`))
    .join('\n');

async function totalOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error('a department form expected');
  return f.total ?? null;
}

describe('the 金额合计 row of a department form’s 年度主要任务 table', () => {
  it('gives the department’s total, its 总额', async () => {
    expect(await totalOf(form(['', '金额合计', '', '420', '400', '20']))).toBe('420');
  });

  it('gives none where its 总额 is blank (the first amount a part) or the row holds no amount', async () => {
    expect(await totalOf(form(['', '金额合计', '', '', '400', '20']))).toBeNull();
    expect(await totalOf(form(['', '金额合计', '', '', '', '']))).toBeNull();
  });

  it('reads the row only: any other row gives nothing', () => {
    const row = (cells: string[]) => ({ cells, table: true });
    expect(taskTableTotal(row(['', '合计', '', '1,200.50', '1,000', '200.5']), '万元')).toBe('1200.50');
    expect(taskTableTotal(row(['', '农村饮水安全', '维修', '300', '300', '']), '万元')).toBeNull();
  });
});
