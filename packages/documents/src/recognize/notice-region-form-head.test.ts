import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 财政部 notice as a mirror site copies it (fresh/604's layout, other words
// and figures): the notice's paragraph, its 预算表 as pipe rows (序号 | 地区 | 金额), then its 区域绩效目标表's head —
// 转移支付名称 | name | 中央主管部门 | ministry on one row — cut before the table.
const NOTICE = [
  '财政部关于下达2024年某某专项资金预算的通知',
  '各省、自治区、直辖市财政厅(局): 现下达2024年某某专项资金预算,详见附件1。',
  '2024年某某专项资金预算表 |',
  '| | 单位:万元 |',
  '序号 | 地区(单位) | 此次下达金额 |',
  '合计 | 500 |',
  '1 | 北京 | 200 |',
  '2 | 天津 | 300 |',
  '某某专项资金区域绩效目标表 |',
  '(2024年度) |',
  '转移支付名称 | 某某专项资金 | 中央主管部门 | 某某部 |',
  '省级财政部门 | 各省、自治区、直辖市财政厅(局)',
];

describe("a transfer's 区域绩效目标表 head under a notice's allocation table", () => {
  const read = async () => {
    const out = await importBuffer(new TextEncoder().encode(NOTICE.join('\n')), 'notice.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('a project form expected');
    return form;
  };

  it('reads the transfer named bare (转移支付名称), the allocation rows no indicators', async () => {
    const form = await read();
    expect([form.name, form.indicators.length]).toEqual(['某某专项资金', 0]);
  });

  it('takes the ministry beside the name (中央主管部门) as the department answerable for it', async () => {
    expect((await read()).unit).toBe('某某部');
  });
});
