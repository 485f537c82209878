// A page of several projects' targets, each under a heading titled alike (…项目项目绩效目标), the copy cut inside the
// last one's goal (慈溪's 重大政策和项目绩效目标情况, wide/250): the last is a form of its own, named by its title and
// cut. Made for these tests in that shape; names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const FIRST = [
  '某某托育服务项目项目绩效目标',
  '(一)中长期绩效目标',
  '提高托育服务水平。',
  '(二)中长期绩效指标',
  '一级指标',
  '二级指标',
  '指标名称',
  '指标值',
  '产出指标',
  '数量指标',
  '每千人托位',
  '4.5',
  '满意度指标',
  '满意度指标',
  '受益对象满意度',
  '≥90%',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n\n')), 'page.txt');
  if (!out.ok) throw new Error(out.error.message);
  return out.forms.map((f) =>
    f.kind === 'project' ? [f.name, f.indicators.length, f.cutOff ?? false] : null,
  );
};

describe('the next form of a page, cut before its table', () => {
  it('is a form named by its title where the form before it is titled alike', async () => {
    expect(
      await read([...FIRST, '某某健康体检经费项目项目绩效目标', '(一)中长期绩效目标', '优化体检制度,提高']),
    ).toEqual([
      ['某某托育服务项目', 2, false],
      ['某某健康体检经费项目', 0, true],
    ]);
  });

  it('is none where the last title is worded otherwise', async () => {
    expect(
      await read([...FIRST, '某某健康体检经费项目绩效目标表', '(一)中长期绩效目标', '优化体检制度,提高']),
    ).toEqual([['某某托育服务项目', 2, false]]);
  });
});
