// Made for this test after fresh/641: 项目资金（元） wrapped in its narrow cell, the text layer giving its
// （元） on a line of its own after the first amounts' row.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

describe('a money unit in brackets on a line of its own in the head', () => {
  it('is the unit of the amounts written before it as well', async () => {
    const lines = [
      '财政项目支出绩效目标申报表',
      '项目名称 | 河道保洁经费',
      '主管部门 | 某区水务局',
      '项目资金总额 | 2,400,000.00 | 年度资金申请总额 | 1,200,000.00',
      '项目资金',
      '其中：财政资金 | 2,400,000.00 | 其中：当年财政拨款 | 1,200,000.00',
      '（元）',
      '一级指标 | 二级指标 | 三级指标 | 指标值',
      '产出指标 | 数量指标 | 保洁河道长度 | 12公里',
      '满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90%',
    ];
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
    expect([out.forms[0].budget.current, out.forms[0].budget.total]).toEqual(['120', '240']);
  });
});
