import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { titleKind } from './titles.ts';

// Made for these tests in the shapes of target forms' heads seen on city and county pages (a 申报明细表 copied
// with its cells parted by spaces, a 公开表 as pipe rows, a 申报表 with its mid-term and annual funds side by
// side); the names and figures are invented.
async function projectOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error(`no project form read: ${JSON.stringify(out).slice(0, 200)}`);
  return f;
}

describe('the head of a target form of another template', () => {
  it('takes a title naming the table’s sort before 表 (明细表, 公开表, 情况表) as a project form’s', () => {
    expect(titleKind('2019年度某市某某筛查经费预算项目支出绩效目标申报明细表')).toBe('project');
    expect(titleKind('2024年度预算项目绩效目标公开表')).toBe('project');
    expect(titleKind('某某项目绩效目标情况表')).toBe('project');
    // The two tables inside one form are still no titles.
    expect(titleKind('年度绩效目标表')).toBeNull();
  });

  it('reads a label fused to its value by a lost space, and a label and amount parted by one space', async () => {
    const f = await projectOf(
      [
        '2019年度某市某某筛查经费预算项目支出绩效目标申报明细表',
        '(2019年度)',
        '申报单位名称:(盖章)',
        '       项目名称 某某人群筛查经费',
        '      项目类型    部门预算 □              切块预算 □',
        '      项目属性        延续项目                                新增项目   ',
        '起始日期:2019年  1 月 1日 结束日期:  2021 年 12  月31日',
        '项目总预算(万元) 60.00      项目当年预算(万元) 20.00 ',
      ].join('\n'),
    );
    expect(f.name).toBe('某某人群筛查经费');
    // 申报单位名称:(盖章) names no unit: the fused-label reading leaves a line with a colon alone.
    expect(f.unit).toBeNull();
    expect([f.budget.total, f.budget.current].map(Number)).toEqual([60, 20]);
  });

  it('gives a form that names no unit the page’s publisher (信息来源), and keeps a unit the form names', async () => {
    const head = [
      '2019年度某市某某筛查经费预算项目支出绩效目标申报明细表',
      '发布时间:2019-09-30 08:47信息来源: 某市卫生健康委阅读次数: 字体:【  ',
      '(2019年度)',
      '申报单位名称:(盖章)',
      '       项目名称 某某人群筛查经费',
      '      项目类型    部门预算 □              切块预算 □',
      '      项目属性        延续项目                                新增项目   ',
      '起始日期:2019年  1 月 1日 结束日期:  2021 年 12  月31日',
    ];
    expect((await projectOf(head.join('\n'))).unit).toBe('某市卫生健康委');
    const named = ['项目支出绩效目标申报表', '来源:某市某某局', '项目名称 某某补助', '预算单位 某某中心'];
    expect((await projectOf(named.join('\n'))).unit).toBe('某某中心');
  });

  it('takes no run of table cells nor a lone word for a unit; an office with its code stays', async () => {
    const f = await projectOf(
      [
        '项目支出绩效目标表',
        '项目名称\t某某补助',
        '项目单位\t乡镇2130122-农业生产发展2130108-病虫害控制合计',
        '实施单位\t及',
        '主管部门\t[066]某市某某局',
      ].join('\n'),
    );
    expect([f.unit, f.executor, f.supervisor]).toEqual([null, null, '[066]某市某某局']);
  });

  it('does not read a name into a sentence that opens with a label', async () => {
    const f = await projectOf(
      ['项目支出绩效目标表', '项目名称 某某补助', '项目单位 某某局', '项目名称变更的说明见附件'].join('\n'),
    );
    expect(f.name).toBe('某某补助');
  });

  it('takes the annual total beside a mid-term one (中期资金总额 | x | 年度资金总额 | y)', async () => {
    const f = await projectOf(
      [
        '项目支出绩效目标申报表',
        '项目名称\t保障运转类-某某工作经费',
        '主管部门及代码\t[066]某市某某局\t实施单位\t某市某某局',
        '项目资金',
        '(万元)',
        '中期资金总额:\t39.50\t年度资金总额:\t12.25',
        '\t其中:财政拨款\t39.50\t其中:财政拨款\t12.25',
      ].join('\n'),
    );
    expect(Number(f.budget.total)).toBe(12.25);
  });

  it('takes the 合计 printed on the 项目资金 label’s row as the total', async () => {
    const f = await projectOf(
      [
        '| 2024年度预算项目绩效目标公开表 | |||||||',
        '| 项目名称 | 某某学校生均经费 | ||||||',
        '| 项目主管部门 | 某市教育局 | 项目实施单位 | 某市教育局 | ||||',
        '| 项目资金 (万元) | 合计 | 180 | |||||',
        '| 一般公共预算拨款 | 小计 | 180 | |||||',
        '| 市本级 | 180 | ||||||',
        '| 其他资金 | |||||||',
      ].join('\n'),
    );
    expect(Number(f.budget.total)).toBe(180);
  });
});
