// A budget line copied with tabs between its cells, its blank 调整后预算数 kept as an empty cell and its trailing
// blank cells not printed (a tab-parted line ends at its last figure): each figure stands at its column, so
// 236 | | 236 is 年初预算数 and 全年执行数, not 调整后预算数 and 全年执行数 (the headColumn shape of wide/432).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (line: string) =>
  [
    '绩效目标自评表',
    '专项资金名称\t某某专项',
    '主管部门\t某某局',
    '项目资金（万元）\t\t年初预算数\t调整后预算数\t全年执行数\t预算执行率\t得分\t分值',
    line,
    '年度总体目标\t按期完成',
    '一级指标\t二级指标\t指标名称\t年初目标值（A）\t全年完成值',
    '产出指标\t数量指标\t某项面积\t=230亩\t=230亩',
  ].join('\n');

const budgetOf = async (line: string) => {
  const out = await importBuffer(new TextEncoder().encode(form(line)), 'tabs.txt');
  if (!out.ok) throw new Error(out.error.message);
  const b = out.evaluations[0]?.budget;
  return { initial: b?.initial ?? null, annual: b?.annual ?? null, executed: b?.executed ?? null };
};

describe('a tab-parted budget line that ends short of the header', () => {
  it('places each figure under the heading of its column', async () => {
    expect(await budgetOf('\t合计\t236\t\t236')).toEqual({ initial: '236', annual: null, executed: '236' });
  });

  it('reads a line printing every column as before', async () => {
    expect(await budgetOf('\t合计\t236\t240\t236\t98.33%\t9.83\t10')).toEqual({
      initial: '236',
      annual: '240',
      executed: '236',
    });
  });
});
