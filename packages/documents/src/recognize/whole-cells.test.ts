import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { cellsComeWhole, wholeCellAtoms } from './whole-cells.ts';

// A 自评表 copied one cell per line without borders: a name with a figure inside and an actual written as a
// sentence each stand on a line of their own.
const COPY = [
  '项目支出绩效自评表',
  '项目名称',
  '城区公厕运维经费',
  '主管部门',
  '某市城市管理局',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '产出指标',
  '数量指标',
  '城区主次干道500米内公厕覆盖率',
  '≥95%',
  '92%',
  '20',
  '18',
  '新建公厕座数',
  '10座',
  '10座',
  '20',
  '20',
  '成本指标',
  '年度运维成本',
  '≤360万元',
  '已支出158.4万元,约44%',
  '20',
  '20',
].join('\n');

async function rowsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation'
    ? doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight, i.score])
    : [];
}

describe('cells copied one per line come whole', () => {
  it('keeps a name with a figure inside and an actual written as a sentence as one cell each', async () => {
    // Before: 城区主次干道 | (50 | 0) and 米内公厕覆盖率 as two rows; 已支出 | 15 | 8.4, then 万元,约 as a row.
    expect(await rowsOf(COPY)).toEqual([
      ['城区主次干道500米内公厕覆盖率', '≥95%', '92%', '20', '18'],
      ['新建公厕座数', '10座', '10座', '20', '20'],
      ['年度运维成本', '≤360万元', '已支出158.4万元,约44%', '20', '20'],
    ]);
  });

  it('never cuts a figure standing on a line of its own into two cells', async () => {
    const copy = [
      ...COPY.split('\n').slice(0, 12),
      '产出指标',
      '成本指标',
      '完成设备购买并按要求支付资金',
      '=100',
      '新建公厕座数',
      '10座',
      '10座',
      '20',
      '20',
      '可持续影响指标',
      '公厕使用年限',
      '≥10年',
      '10年',
      '20',
      '20',
    ].join('\n');
    // Before: =100 was cut into =10 | 0 to fill the target and the actual (a run-together row's digits would be).
    expect((await rowsOf(copy))[0]).toEqual(['完成设备购买并按要求支付资金', '=100', '', null, null]);
  });

  it('never cuts a worded cell by meaning: a sentence repeating a phrase is one target, not names and values', async () => {
    // Made for this test after wide/391's variants copied one cell per line: the phrase written twice inside the
    // sentence (六安市六安市) was cut as a target and an actual between two names.
    const sentence = '完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘';
    const copy = [
      ...COPY.split('\n').slice(0, 12),
      '产出指标',
      '数量指标',
      '修缮建筑数量',
      sentence,
      sentence,
      '7',
      '7',
      '修缮建筑面积',
      '6000平方米',
      '6000平方米',
      '7',
      '7',
    ].join('\n');
    expect(await rowsOf(copy)).toEqual([
      ['修缮建筑数量', sentence, sentence, '7', '7'],
      ['修缮建筑面积', '6000平方米', '6000平方米', '7', '7'],
    ]);
  });

  it('never cuts a target, an actual or a reason off the end of a name that repeats its last word', () => {
    // Made for this test after wide/425's variants copied one cell per line: the source's 项目完成周期周期 was read
    // as the name 项目完成 and 周期周期 as its 偏差原因.
    const cells = ['项目完成周期周期', '4个月', '4个月', '项目验收合格率', '100%', '100%'];
    const rows = readFusedRows(wholeCellAtoms(atomsOf(cells)), ['name', 'reason', 'target', 'actual'], {
      maxWeight: null,
      wholeCells: true,
    });
    expect(rows[0]).toEqual({ name: '项目完成周期周期', cells: { target: '4个月', actual: '4个月' } });
  });

  it('takes cells one per line as whole, not a stream run together or cells parted by gaps on a line', () => {
    const lines = ['城区主次干道500米内公厕覆盖率', '≥95%', '92%', '20', '18'];
    expect(cellsComeWhole(lines, atomsOf(lines))).toBe(true);
    const stream = ['城区主次干道500米内公厕覆盖率≥95%92%2018新建公厕座数10座10座2020'];
    expect(cellsComeWhole(stream, atomsOf(stream))).toBe(false);
    const spaced = [
      '城区主次干道500米内公厕覆盖率    ≥95%    92%    20    18',
      '新建公厕座数    10座    10座    20    20',
      '年度运维成本    ≤360万元',
    ];
    expect(cellsComeWhole(spaced, atomsOf(spaced))).toBe(false);
  });

  it('takes a paragraph of sentences with dates and figures for a cell of its own, not cells run together', () => {
    const lines = [
      '新建水质自动监测站',
      '12个',
      '3',
      '站点选址在年中作了调整,经省生态环境厅同意后重新招标。2022年9月起,按程序报批调整内容,并于10月20日取得批复。12月底完成3个站点的安装调试',
    ];
    expect(cellsComeWhole(lines, atomsOf(lines))).toBe(true);
    // Figures run together without a sentence's stops are still cells run together.
    const stream = ['新建水质自动监测站', '12个3个10', '≥95%96%10', '10010010100'];
    expect(cellsComeWhole(stream, atomsOf(stream))).toBe(false);
  });

  it('makes a cell of text and figures one text, and leaves figures alone and a template numbering', () => {
    const cells = ['城区主次干道500米内公厕覆盖率', '≥95%', '指标2', '5 亿元'];
    expect(wholeCellAtoms(atomsOf(cells)).map((a) => [a.kind, a.text])).toEqual([
      ['text', '城区主次干道500米内公厕覆盖率'],
      ['value', '≥95%'],
      ['text', '指标'],
      ['value', '2'],
      ['value', '5亿元'],
    ]);
  });
});
