import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

// Made for these tests in the `joined` shape of the variant generator: a 自评表 whose 偏差原因 column stands between
// the values and the points, left empty, so a row's figures run together around it.
// A 指标分值 | 偏差原因 | 年度指标值 | 全年完成值 band before 指标性质 | 年初目标值 | 计量单位, its rows' names ending in the
// same bracketed note.
const SHARED_NOTE =
  '项目绩效自评表(2023年度)金额单位:万元专项资金名称社会救助资金主管单位某县民政局项目单位某县民政局项目资金(万元)' +
  '年初预算数调整后预算数执行数(B)执行率权重得分资金总额5050100%1010年度总体目标按期完成项目建设任务' +
  '一级指标二级指标三级指标名称指标分值偏差原因年度指标值全年完成值指标性质年初目标值计量单位产出指标数量指标' +
  '城市低保发放人数(按月平均)(≥**人)10≥3200人3260人特困供养人数(按月平均)(≥**人)10≥800人790人' +
  '临时救助人数(按月平均)(≥**人)10≥60人64人';

const rowsOf = (text: string, cols: IndicatorColumn[]) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a reason column between the figures of a run-together row', () => {
  it('takes no piece of a target cut off with its unit (≤90万元 is no ≤9 | 0万元)', () => {
    const cols: IndicatorColumn[] = ['name', 'target', 'reason', 'score', 'weight', 'actual'];
    expect(rowsOf('项目总成本≤90万元8890', cols)).toEqual([
      { name: '项目总成本', cells: { target: '≤90万元', score: '8', weight: '8', actual: '90' } },
    ]);
    expect(rowsOf('档案整理数量≥50个8850', cols)).toEqual([
      { name: '档案整理数量', cells: { target: '≥50个', score: '8', weight: '8', actual: '50' } },
    ]);
  });

  it('takes no figure a comparator opens: that is the target (≥3200人 under 年初目标值)', async () => {
    const out = await importBuffer(new TextEncoder().encode(`${SHARED_NOTE}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    const rows = doc?.kind === 'self-evaluation' ? doc.indicators : [];
    expect(rows.map((r) => [r.name, r.target?.raw, r.actual?.raw, r.weight])).toEqual([
      ['城市低保发放人数(按月平均)(≥**人)', '≥3200人', '3260人', '10'],
      ['特困供养人数(按月平均)(≥**人)', '≥800人', '790人', '10'],
      ['临时救助人数(按月平均)(≥**人)', '≥60人', '64人', '10'],
    ]);
  });
});

describe('a name ending in the figure its target prints again', () => {
  it('keeps the figure as the name’s last words rather than a reason (达到3亿元 | 3亿元 | 3.2亿元)', () => {
    const cols: IndicatorColumn[] = ['name', 'target', 'reason', 'actual', 'score'];
    expect(rowsOf('完成新院区建设,医院业务收入达到3亿元3亿元3.2亿元10', cols)).toEqual([
      {
        name: '完成新院区建设,医院业务收入达到3亿元',
        cells: { target: '3亿元', actual: '3.2亿元', score: '10' },
      },
    ]);
  });
});

describe('an 指标性质 word run into a qualitative target', () => {
  it('is the 指标性质 column’s, the rest the target (定性合格 is 定性 | 合格)', () => {
    const cols: IndicatorColumn[] = ['name', 'weight', 'op', 'target', 'unit', 'score', 'actual'];
    expect(rowsOf('舞台设备质量20定性合格20合格', cols)).toEqual([
      {
        name: '舞台设备质量',
        cells: { weight: '20', op: '定性', target: '合格', score: '20', actual: '合格' },
      },
    ]);
  });
});

describe('an actual’s unit run into the next name', () => {
  it('stays the actual’s where the run of figures before it is cut (1010310.5 | 平方米 is 10 | 10 | 310.5平方米)', () => {
    const cols: IndicatorColumn[] = ['name', 'target', 'score', 'weight', 'reason', 'actual'];
    expect(rowsOf('护林站用房≥300平方米1010310.5平方米围栏长度≥150米1010152米', cols)).toEqual([
      {
        name: '护林站用房',
        cells: { target: '≥300平方米', score: '10', weight: '10', actual: '310.5平方米' },
      },
      { name: '围栏长度', cells: { target: '≥150米', score: '10', weight: '10', actual: '152米' } },
    ]);
  });
});

describe('a remark column of shares after the actuals (累计完成率)', () => {
  it('takes each row’s share as its remark, never as the next name’s first words', () => {
    // Made for this test after a generated report's table (wide/536's layout, simplified script): 绩效内容 |
    // 绩效目标值 | 实际完成值 | 累计完成率, the rows run together.
    const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];
    expect(rowsOf('确认的驿站数量>=2个0个0%组织活动数量>=28次40次143%', cols)).toEqual([
      { name: '确认的驿站数量', cells: { target: '>=2个', actual: '0个', reason: '0%' } },
      { name: '组织活动数量', cells: { target: '>=28次', actual: '40次', reason: '143%' } },
    ]);
  });
});

describe('figures run together and cut as forms print them', () => {
  it('cuts a run of points and an actual where each piece keeps the places forms print (no 10.007, no 28909.0)', () => {
    // Made after wide/122 (丽江): 权重 | 实际完成值 | 得分 run together as 20.0010019.00 and 30.009527.00.
    const rows = readFusedRows(
      atomsOf(['项目完成及时率=100%20.0010019.00违法行为责停率≥95%30.009527.00']),
      ['name', 'target', 'reason', 'weight', 'actual', 'score'],
      { maxWeight: null },
    ).map((r) => [r.name, r.cells]);
    expect(rows).toEqual([
      ['项目完成及时率', { target: '=100%', weight: '20.00', actual: '100', score: '19.00' }],
      ['违法行为责停率', { target: '≥95%', weight: '30.00', actual: '95', score: '27.00' }],
    ]);
  });
});
