// A central transfer's 自评表 template prints its indicators' names (支持…项目数量), the unit fills the values:
// names that end alike, rows the unit marks unused (//), a comparator before a value repeated as the actual,
// a 一级 run into its 二级 (产出指标数量指标) and a preview's page break inside a name. Made for this test after
// wide/461 (the 中央引导地方科技发展资金 template, filled by hand); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { readEvaluationTableInText, sharedTail } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];
const fused = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });
const table = (text: string) =>
  readEvaluationTableInText(
    segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
  )?.records.map((r) => [r.level1, r.level2, r.name, r.cells.target, r.cells.actual]);

describe('names a template prints', () => {
  it('keep the comparator with the target where the actual repeats the figure (≥1个1个)', () => {
    expect(fused('支持某类园区项目数量≥1个1个支持某类城市项目数量≥4项4项')).toEqual([
      { name: '支持某类园区项目数量', cells: { target: '≥1个', actual: '1个' } },
      { name: '支持某类城市项目数量', cells: { target: '≥4项', actual: '4项' } },
    ]);
  });

  it('end alike in the words that close a name (…项目数量), which are no column of their own', () => {
    const atoms = atomsOf([
      '支持甲类项目数量≥2个3个支持乙类项目数量≥1个1个支持丙类项目数量≥4项4项支持丁类项目数量≥3个3个',
    ]);
    expect(sharedTail(atoms)).toBe('');
    // A column's words every row ends in before its figures still are one (达成预期指标 under 实际完成值).
    const column = atomsOf(['甲路段里程按期完成88乙路段桥梁按期完成99丙路段路灯按期完成77']);
    expect(sharedTail(column)).toBe('按期完成');
  });

  it('end alike in words a few names of one kind share (three of seven), which are no column either', () => {
    const atoms = atomsOf([
      '甲类奖学金人均资助8000元8000元乙类励志奖学金人均资助5000元5000元丙类助学金人均资助3000元3000元' +
        '资金发放率100%100%受助学生人数25人22人评审程序公正率100%100%完成学业率98%98.6%',
    ]);
    expect(sharedTail(atoms)).toBe('');
    // (Words four rows of seven end in, a column's cell in most rows, still are one.)
    const most = atomsOf([
      '甲路段里程按期完成88乙路段桥梁按期完成99丙路段路灯按期完成77丁路段护栏按期完成66' +
        '戊路段绿化率100%100%己路段标线率95%95%庚路段保洁率90%90%',
    ]);
    expect(sharedTail(most)).toBe('按期完成');
  });

  it('read // between two names as a row left unused: / under the target and the actual', () => {
    expect(fused('支持甲类研究项目数量//支持乙类基地项目数量≥2个3个')).toEqual([
      { name: '支持甲类研究项目数量', cells: { target: '/', actual: '/' } },
      { name: '支持乙类基地项目数量', cells: { target: '≥2个', actual: '3个' } },
    ]);
    // A single slash inside a name is no such mark.
    expect(atomsOf(['收入/支出比例']).map((a) => a.text)).toEqual(['收入/支出比例']);
  });

  it('take a 一级 run straight into its 二级 (产出指标数量指标) as the two levels, not as a name', () => {
    expect(
      table('一级指标二级指标三级指标年度指标值全年完成值|产出指标数量指标新增研发机构数量≥2个3个'),
    ).toEqual([['产出指标', '数量指标', '新增研发机构数量', '≥2个', '3个']]);
    // A word going on after a level name (产出指标数据…) is still no level.
    expect(
      table('一级指标二级指标三级指标年度指标值全年完成值|产出指标数据共享率≥90%95%')?.[0]?.[0],
    ).toBeNull();
  });
});

describe('a preview’s page break inside a printed name', () => {
  it('is no cell border where the form is found under its title line', async () => {
    const page1 =
      '1、附件3某某资金绩效目标自评表项目名称:某市科普基地建设实施单位某市科学技术协会项目资金(万元)' +
      '全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:100.0095.0095.00%年度总体目标年初设定目标' +
      '全年实际完成情况建成基地2个。已建成2个。绩效指标一级指标二级指标三级指标年度指标值全年完成值' +
      '未完成原因和改进措施产出指标数量指标支持甲类研究项目数量≥5项6项支持乙类科技特派员项目';
    const page2 = '2、数量≥10项12项支持丙类园区项目数量≥1个1个';
    const text = ['某某资金绩效目标自评表', '资源描述', page1, '', page2].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'preview.txt');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.evaluations[0]!.indicators.map((i) => i.name)).toEqual([
      '支持甲类研究项目数量',
      '支持乙类科技特派员项目数量',
      '支持丙类园区项目数量',
    ]);
  });
});
