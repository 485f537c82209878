// A project form's row copied from its first filled cell, a cell short (issue 12's `cells` and `narrow` layouts):
// 时效指标 | 全年 lands in the 二级 and 三级 columns, the 指标值 left empty. A period names no indicator.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function indicators(row: string): Promise<Array<[string | null, string]>> {
  const rows = [
    '项目支出绩效目标表',
    '项目名称\t绿化养护经费',
    '一级指标\t二级指标\t三级指标\t指标值',
    '产出指标\t数量指标\t养护面积\t375万平方米',
    row,
    '\t质量指标\t养护合格率\t100%',
  ];
  const out = await importBuffer(bytes(rows.join('\n')), 'form.txt');
  const form = out.ok ? out.forms[0] : undefined;
  if (form?.kind !== 'project') throw new Error('no project form read');
  return form.indicators.map((i) => [i.name, i.target.raw]);
}

describe('a period standing in the 三级 column, the value empty', () => {
  it('is the target of the indicator the 二级 written on the row names', async () => {
    expect(await indicators('\t时效指标\t全年\t')).toEqual([
      ['养护面积', '375万平方米'],
      ['时效指标', '全年'],
      ['养护合格率', '100%'],
    ]);
  });

  it('leaves a row with its value (时效指标 | 全年 | 12月底前) as printed', async () => {
    expect((await indicators('\t时效指标\t全年\t12月底前'))[1]).toEqual(['全年', '12月底前']);
  });
});
