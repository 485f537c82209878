// 资金来源 numbered 一、二、三、 and run together with the form's head (a library's preview of a .docx, corpus docs/011's
// shape): the item after a line's amount is a source of its own. Names and figures invented.
import { checkForm } from '@jixiao/core';
import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';

const head =
  '项目绩效目标表(2024年度)填报单位(盖章):某县某镇人民政府 项目名称村道维修项目属性新增项目√延续项目□主管部门某镇项目单位某镇项目负责人李四起止时间2024年度资金总额及构成总额860.5万元';
const tail = '项目概况村道硬化及桥涵维修项目申报的必要性为改善群众出行条件';

describe('a numbered list of 资金来源 run together', () => {
  it("reads the item after a line's amount (三、其他:…) as the next source, so the sources make the total", async () => {
    const f = await readProjectText(
      head +
        '财政拨款:500.5万元(其中:上级财政资金:300万元;本级财政:200.5万元)二、自有资金:0万元三、其他:360万元' +
        tail,
    );
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '500.5' },
      { name: '自有资金', amount: '0' },
      { name: '其他', amount: '360' },
    ]);
    expect(checkForm(f, [f]).filter((x) => x.rule === 'R-SUM-01')).toEqual([]);
  });

  it('takes no bracketed 其中 part, nor a number without name:amount, for a source of its own', async () => {
    const f = await readProjectText(
      head.replace('860.5', '500.5') +
        '财政拨款:500.5万元(其中:上级财政资金:300万元;本级财政:200.5万元)二、自有资金:0万元' +
        tail,
    );
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '500.5' },
      { name: '自有资金', amount: '0' },
    ]);
  });
});
