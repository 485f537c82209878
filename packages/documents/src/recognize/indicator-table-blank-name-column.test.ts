import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 市级部门预算项目绩效目标表 copied as pipe rows (wide/372's template): the
// band label 绩 效 指 标 opens the header, a 指标说明 column left empty closes it, and the table is one column
// wider than the header, so every indicator row the copy padded lands one column right of its heading — a
// name under 指标值, its value under 指标说明.
const form = (rows: string[]) =>
  [
    '市级部门预算项目绩效目标表 | ||||||',
    '项目名称 | 某某设备购置 | |||||',
    '单位名称 | 某某中心 | |||||',
    '项目资金 (万元) | 年度资金总额 | 12.5 | ||||',
    '绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标说明 | |',
    ...rows,
  ].join('\n');

async function indicators(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f.indicators.map((i) => [i.level2, i.name, i.target?.raw ?? null]);
}

describe('an indicator row that leaves the name column blank', () => {
  it('is moved left when its name stands under 指标值 and its value under a column of notes', async () => {
    expect(
      await indicators(
        form([
          '产出指标 | 数量指标 | 灭火装置 | 10套 | |||',
          '控制设备 | 160个 | |||||',
          '质量指标 | 验收合格率 | 100% | ||||',
          '资金使用合规性 | 100% | |||||',
        ]),
      ),
    ).toEqual([
      ['数量指标', '灭火装置', '10套'],
      ['数量指标', '控制设备', '160个'],
      ['质量指标', '验收合格率', '100%'],
      ['质量指标', '资金使用合规性', '100%'],
    ]);
  });

  it('keeps a row whose cells already stand under the name and the value', async () => {
    expect(
      await indicators(form(['| 产出指标 | 数量指标 | 灭火装置 | 10套 | |', '| | | 控制设备 | 160个 | |'])),
    ).toEqual([
      ['数量指标', '灭火装置', '10套'],
      ['数量指标', '控制设备', '160个'],
    ]);
  });
});
