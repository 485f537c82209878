import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

describe('a 自评表 whose indicator header a text layer took apart', () => {
  it('reads the numbered rows under the columns its scattered heading words give, in their order', async () => {
    // Made for this test after wide/255 (稷山, 山西): an .xlsx's text on one line, 年度 实际 / 指标值 完成值 broken
    // column by column and 分值 得分 standing among the first rows, the rows numbered 指标1: … by the template.
    const text =
      '某县项目支出绩效自评表 (2021年度) 项目名称 某某公共服务 主管部门 某县卫生健康局 实施单位 某镇卫生院 ' +
      '一级 指标 年度 实际 指标值 完成值 指标1:建档人数 100人 100人 2 2 二级指标 三级指标 ' +
      '指标2:宣传次数 分值 得分 12次 12次 2 2 指标3:随访人数 50人 40人 2 1.6 指标4:体检人数 80人 80人 2 2';
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    const row = (name: string) => {
      const i = doc?.indicators.find((x) => x.name === name);
      return i ? [i.target?.raw, i.actual?.raw, i.weight, i.score] : null;
    };
    expect(row('随访人数')).toEqual(['50人', '40人', '2', '1.6']);
    expect(row('体检人数')).toEqual(['80人', '80人', '2', '2']);
  });
});
