// Made for these tests after fresh/642: a target form's head written one cell a line by a PDF's text layer, a long
// value cut where its narrow cell ran out of width and its last characters put on the next line alone.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const indicators = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度(/项目)指标值',
  '产出指标',
  '数量指标',
  '改造道路长度',
  '1200米',
];
const head = (name: string[], supervisor: string[]) => [
  '财政项目支出绩效目标申报表',
  '项目名称',
  ...name,
  '主管部门',
  ...supervisor,
  '实施单位',
  '某区道路养护所',
  ...indicators,
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
  return out.forms[0];
};

describe('a one-cell value wrapped onto the next line', () => {
  it('joins the last characters put alone on the next line, before the next label', async () => {
    const form = await read(head(['东湖路-西河路立交改造工', '程'], ['某市某区交通运输和管', '理委员会']));
    expect([form.name, form.supervisor]).toEqual([
      '东湖路-西河路立交改造工程',
      '某市某区交通运输和管理委员会',
    ]);
  });

  it('leaves a short value alone: no long line cut before it', async () => {
    const form = await read(head(['道路改造', '二期'], ['某区交通局']));
    expect(form.name).toBe('道路改造');
  });
});
