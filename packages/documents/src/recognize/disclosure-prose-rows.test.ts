import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { withPrintedProse } from './disclosure-prose-rows.ts';

describe('a prose line a reading cut into cells', () => {
  const printed = [{ cells: ['事业收入0万元；其他收入0万元。'], table: false, line: 7 }];

  it('is given back as the line the file printed', () => {
    const cut = [{ cells: ['事业收入', '0 万元；其他收入0万元。'], table: true, line: 7, confidence: 0.6 }];
    expect(withPrintedProse(cut, printed)).toEqual(printed);
  });

  it('stays as read where the file printed a table row, or a line that is no sentence', () => {
    const own = [{ cells: ['事业收入', '0'], table: true, line: 7 }];
    expect(withPrintedProse(own, printed)).toEqual(own);
    const label = [{ cells: ['事业收入', '0'], table: true, line: 8, confidence: 0.6 }];
    expect(withPrintedProse(label, [{ cells: ['事业收入 0'], table: false, line: 8 }])).toEqual(label);
  });
});

// Made for this test after fresh/642 (上海 普陀): a 部门预算's 编制说明 whose sentence wrapped so that a line opens
// with 事业收入, a label the readers know, then its figure, and a 申报表 after it copied one cell a line (so that
// the rows are read again as cells). Names and figures invented.
const PACKAGE = `上海市某区2026年区级部门预算
2026年部门预算编制说明
     2026年，某区某委员会收入预算1,000万元，其中：财政拨款收入1,000万元，比2025年预算增加100万元；
事业收入0万元；事业单位经营收入0万元；其他收入0万元。
    支出预算1,000万元，其中：财政拨款支出预算1,000万元。

财政项目支出绩效目标申报表
（2026年度）
项目名称
某道路下立交工程
主管部门
某区某委员会
实施单位
某区市政工程建设中心
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
道路建设长度
985米
`;

describe('a 部门预算 whose 编制说明 wraps before a known label', () => {
  it('keeps the wrapped line in the text', async () => {
    const out = await importBuffer(new TextEncoder().encode(PACKAGE), 'package.txt');
    const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
    if (d?.kind !== 'disclosure') throw new Error('no disclosure read');
    expect(d.sections.map((s) => s.text).join('\n')).toContain(
      '事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
    );
  });
});
