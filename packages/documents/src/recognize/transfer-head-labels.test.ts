// The head of a central transfer's 自评表 (转移支付(项目)名称 | 中央主管部门 | 地方主管部门 | 资金使用单位 | 资金情况(万元))
// where the local department and the spending unit are left empty, read from text that ran the cells together.
import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { readHead } from './evaluation-head.ts';
import { splitRunTogether } from './tokenize.ts';

const stream = (...texts: string[]): StreamCell[] =>
  texts.map((text, row) => ({ text, row, line: null, table: true }));

describe('the head of a central transfer’s 自评表', () => {
  it('parts 资金使用单位资金情况 at the labels that abut, not at 单位资金 inside them', () => {
    // Made for this test after wide/396 (a 广西 report run together).
    const tokens = splitRunTogether('中央主管部门某某部地方主管部门资金使用单位资金情况(万元)全年预算数(A)');
    const labels = tokens.filter((t) => t.kind === 'label').map((t) => t.text);
    expect(labels).toContain('资金使用单位');
    expect(labels).toContain('资金情况(万元)');
    expect(labels).not.toContain('单位资金');
    // A spelling reaching further from inside a label still wins where no label follows (资金总额及构成总额).
    expect(splitRunTogether('2021年度资金总额及构成总额10606.75万元').map((t) => t.text)).toContain(
      '资金总额及构成总额',
    );
  });

  it('leaves empty fields empty and takes the ministry as the 主管部门 when the local one is blank', () => {
    const s = stream(
      '转移支付(项目)名称',
      '非物质文化遗产保护资金',
      '中央主管部门',
      '某某部',
      '地方主管部门',
      '资金使用单位',
      '资金情况(万元)',
      '全年预算数(A)',
    );
    const head = readHead(s, s.length);
    expect(head.unit).toBeNull();
    expect(head.department).toBe('某某部');
  });

  it('keeps the local 主管部门 and the spending unit where the form gives them', () => {
    const s = stream(
      '转移支付(项目)名称',
      '医疗救助补助资金',
      '中央主管部门',
      '某某部',
      '地方主管部门',
      '某县某局',
      '资金使用单位',
      '某县某中心',
    );
    const head = readHead(s, s.length);
    expect(head.department).toBe('某县某局');
    expect(head.unit).toBe('某县某中心');
  });
});
