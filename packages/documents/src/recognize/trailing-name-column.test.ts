import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import { relabelTrailingNameColumn } from './trailing-name-column.ts';

// Made for these tests (h-fresh43c): a 部门整体支出绩效目标表 laid out as 云南's budget disclosures print it — the
// indicator table's last column 指标内容 says what each indicator counts, after 度量单位 and 指标属性.
const department = (sep: string, wrap: (cells: string[]) => string) =>
  [
    '2025年部门整体支出绩效目标表',
    wrap(['部门名称', '某某县林业和草原局']),
    '四、部门整体支出绩效指标',
    wrap(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标属性', '指标内容']),
    wrap([
      '产出指标',
      '数量指标',
      '完成营造林面积',
      '≥',
      '1200',
      '亩',
      '定量指标',
      '反映年度营造林任务完成情况',
    ]),
    wrap(['产出指标', '质量指标', '苗木成活率', '≥', '85', '%', '定量指标', '反映造林质量']),
    wrap(['效益指标', '生态效益', '森林覆盖率', '≥', '62', '%', '定量指标', '反映森林资源保护成效']),
    wrap([
      '满意度指标',
      '服务对象满意度',
      '林农满意度',
      '≥',
      '90',
      '%',
      '定量指标',
      '反映林农对服务的满意程度',
    ]),
  ].join(sep);

async function indicatorsOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'department') throw new Error('a department form expected');
  return f.indicators.map((i) => `${i.term} ${i.name} ${i.target.raw}`);
}

describe('a name heading after the values with no value of its own (…| 指标属性 | 指标内容)', () => {
  it('is no second block of indicators but their explanation', () => {
    const roles: ColumnRole[] = ['level1', 'level2', 'name', 'op', 'value', 'unit', 'other', 'name'];
    relabelTrailingNameColumn(roles, [
      ['产出指标', '数量指标', '完成营造林面积', '≥', '1200', '亩', '定量指标', '反映…'],
    ]);
    expect(roles).toEqual(['level1', 'level2', 'name', 'op', 'value', 'unit', 'other', 'other']);
  });

  it('reads each indicator once, a year’s indicators, from tab-separated and from pipe rows', async () => {
    const expected = [
      'annual 完成营造林面积 ≥1200亩',
      'annual 苗木成活率 ≥85%',
      'annual 森林覆盖率 ≥62%',
      'annual 林农满意度 ≥90%',
    ];
    expect(await indicatorsOf(department('\n', (c) => c.join('\t')))).toEqual(expected);
    expect(await indicatorsOf(department('\n', (c) => `| ${c.join(' | ')} |`))).toEqual(expected);
  });

  it('leaves a second block whose names are followed by their values (长期 | 年度 side by side)', () => {
    const roles: ColumnRole[] = ['level1', 'level2', 'name', 'value', 'level2', 'name', 'value'];
    relabelTrailingNameColumn(roles, []);
    expect(roles).toEqual(['level1', 'level2', 'name', 'value', 'level2', 'name', 'value']);
    // Its value column's heading lost (merged, blank): the figures under it still tell it is one.
    const blank: ColumnRole[] = ['level1', 'level2', 'name', 'value', 'name', 'other'];
    const rows = [
      ['产出指标', '数量指标', '五年累计造林', '6000亩', '年度造林', '1200亩'],
      ['', '质量指标', '五年成活率', '85%', '年度成活率', '85%'],
    ];
    relabelTrailingNameColumn(blank, rows);
    expect(blank).toEqual(['level1', 'level2', 'name', 'value', 'name', 'other']);
  });
});
