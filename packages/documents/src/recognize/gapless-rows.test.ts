// A 自评表 copied with one space between cells: a row's empty cells are gone wherever they stood, so a row
// shorter than the header is placed by what its cells hold, not read as the header's row cut at its end.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const raw = (v: unknown) => (v && typeof v === 'object' && 'raw' in v ? (v as { raw: string }).raw : v);

async function indicators(text: string): Promise<unknown[][]> {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const form = out.ok ? out.evaluations[0] : undefined;
  if (form?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return form.indicators.map((i) => [i.name, raw(i.target), raw(i.actual), i.score]);
}

describe('single-spaced rows whose blank cell is not at their end', () => {
  const text = (header: string) =>
    [
      '项目绩效自评表',
      '项目名称 东津院区建设补助 部门名称 襄阳市卫生健康委',
      '具体实施单位 襄阳市中心医院',
      header,
      '产出指标 数量指标 保证财政建设补助专款专用 专款专用 专款专用 10',
      '效益指标 经济效益指标 医院东津医疗收入 6.47亿元 5亿元 10',
    ].join('\n');

  it('leaves the empty 偏差原因 between the name and the figures, the last figure the 得分', async () => {
    expect(
      await indicators(
        text('一级指标 二级指标 三级指标名称 未完成原因分析 全年完成值 计划指标值 指标得分(分)'),
      ),
    ).toEqual([
      ['保证财政建设补助专款专用', '专款专用', '专款专用', '10'],
      ['医院东津医疗收入', '5亿元', '6.47亿元', '10'],
    ]);
  });

  it('reads the same rows alike under a header without the blank column', async () => {
    expect(
      await indicators(text('一级指标 二级指标 三级指标名称 全年完成值 计划指标值 指标得分(分)')),
    ).toEqual([
      ['保证财政建设补助专款专用', '专款专用', '专款专用', '10'],
      ['医院东津医疗收入', '5亿元', '6.47亿元', '10'],
    ]);
  });
});
