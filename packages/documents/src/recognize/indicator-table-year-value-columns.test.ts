import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function targets(text: string, file: string): Promise<Array<[string | null, string | null]>> {
  const out = await importBuffer(bytes(text), file);
  const form = out.ok ? out.forms.find((f) => f.kind === 'project') : undefined;
  return form?.kind === 'project' ? form.indicators.map((i) => [i.name, i.target?.raw ?? null]) : [];
}

// Made for these tests after wide/374 (黄石 批复表) as an office's table prints it: 指标值 merged over
// 2021年实际实现值 | 预期2022年实现值, the first left empty.
describe('a 指标值 merged over last year’s value and this year’s', () => {
  it('reads the target under 预期2022年实现值 in a saved web page', async () => {
    const html = `<html><body><p>项目支出绩效目标批复表</p><table>
<tr><td>项目名称</td><td colspan="5">某某培训班</td></tr>
<tr><td>实施单位</td><td colspan="5">某某党校</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">指标标准或依据</td></tr>
<tr><td>2021年实际实现值</td><td>预期2022年实现值</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人次</td><td></td><td>280人次</td><td></td></tr>
<tr><td>质量指标</td><td>培训完成率</td><td></td><td>100%</td><td></td></tr>
</table></body></html>`;
    expect(await targets(html, 'form.html')).toEqual([
      ['培训人次', '280人次'],
      ['培训完成率', '100%'],
    ]);
  });

  it('reads the value a copy moved left when no row fills the later column', async () => {
    const text = [
      '项目支出绩效目标批复表',
      '项目名称 | 某某培训班 |',
      '实施单位 | 某某党校 |',
      '一级指标 | 二级指标 | 三级指标 | 上年实现值 | 当年指标值 |',
      '产出指标 | 数量指标 | 培训人次 | 280人次 | |',
      '产出指标 | 质量指标 | 培训完成率 | 100% | |',
    ].join('\n');
    expect(await targets(text, 'form.txt')).toEqual([
      ['培训人次', '280人次'],
      ['培训完成率', '100%'],
    ]);
  });
});
