import { describe, expect, it } from 'vitest';
import { pasteEconomic, pasteFunctional } from './paste-lines.ts';

describe('pasting budget lines from Excel', () => {
  it('reads the 部门支出总表 layout, skipping the header, 合计 and the computed 小计 columns', () => {
    const text = [
      '单位代码\t单位名称（科目）\t总计\t小计\t工资福利支出\t商品和服务支出\t对个人和家庭的补助支出\t一般资本性支出\t小计\t经常性项目\t政策性项目\t一次性项目\t其他项目',
      '\t合计\t4,804.64\t1,133.08\t916.82\t202.82\t13.44\t\t3,671.56\t1,930.00\t\t\t1,741.56',
      '2010306\t政务公开审批\t4,588.70\t917.14\t701.97\t202.82\t12.35\t\t3,671.56\t1,930.00\t\t\t1,741.56',
    ].join('\r\n');
    const r = pasteFunctional(text);
    expect(r.rejected).toEqual([]);
    expect(r.lines).toEqual([
      {
        code: '2010306',
        name: '政务公开审批',
        fund: 'general',
        unitCode: null,
        wages: '701.97',
        goods: '202.82',
        family: '12.35',
        capital: '0',
        regular: '1930.00',
        policy: '0',
        oneOff: '0',
        otherProject: '1741.56',
      },
    ]);
  });
  it('reads the short layout and reports a row with text where an amount belongs', () => {
    const r = pasteFunctional(
      '2010301\t行政运行\t500\t100\t\t\t\t\t\t\n2010302\t一般行政管理事务\t五百\t\t\t\t300\t\t\t100',
    );
    expect(r.lines.map((l) => [l.code, l.wages, l.goods])).toEqual([['2010301', '500', '100']]);
    expect(r.rejected).toEqual([2]);
  });
  it('reads economic lines (编码, 名称, 基本支出, 项目支出)', () => {
    expect(
      pasteEconomic('经济科目\t名称\t基本\t项目\n30101\t基本工资\t142.06\t\n302\t商品和服务支出\t\t3671.56')
        .lines,
    ).toEqual([
      { code: '30101', name: '基本工资', govCode: null, fund: 'general', basic: '142.06', project: '0' },
      { code: '302', name: '商品和服务支出', govCode: null, fund: 'general', basic: '0', project: '3671.56' },
    ]);
  });
});
