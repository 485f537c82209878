// A target form run together in one line (a notice's attachment copied from a page): among its indicator rows a
// head's label (项目资金, 专项资金) that opens a name or stands inside its explanation is words of the row, and a
// 区域目标值 column's places printed under the header are no indicator.
import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';

const raw = (v: unknown) => (v && typeof v === 'object' && 'raw' in v ? (v as { raw: string }).raw : v);

describe('a head label inside an indicator row run together', () => {
  const text =
    '附件2专项转移支付绩效目标表(2024年度)部门(单位)名称某市文化和旅游局项目名称文物保护经费补助' +
    '资金情况(万元)资金总额:20其中:财政拨款20其他资金总体目标提升文物保护水平,' +
    '绩效指标一级指标二级指标三级指标指标解释区域目标值甲县乙县丙区' +
    '产出指标数量指标补助文物点数量反映补助文物点数量情况342' +
    '质量指标项目资金使用合规性反映项目资金使用合规情况>=95%>=95%>=95%' +
    '时效指标资金拨付及时率反映资金拨付及时情况100%100%100%';

  it('keeps 项目资金 in the name and the explanation, and reads no places row', async () => {
    const form = await readProjectText(text);
    expect(form.name).toBe('文物保护经费补助');
    expect(form.indicators.map((i) => [i.level2, i.name])).toEqual([
      ['数量指标', '补助文物点数量'],
      ['质量指标', '项目资金使用合规性'],
      ['时效指标', '资金拨付及时率'],
    ]);
    expect(raw(form.indicators[1]!.target)).toMatch(/^>=95%|^≥95%/);
  });
});
