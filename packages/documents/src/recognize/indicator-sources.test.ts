// Where a target form's indicators were read: under the table's header, beside their 二级 or name rather than a
// field label, so a clean table's rows are sure — the preview marks none of them 待确认 — while a name found only
// inside a longer cell is still a guess to confirm. Made for these tests; names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { UNSURE_BELOW, type FieldSource } from './provenance.ts';

const form = (row: string) =>
  [
    '项目绩效目标申报表',
    '项目名称 | 某区校舍维修改造资金',
    '主管部门 | 某区教育局 | 执行单位 | 某区第一中学',
    '年度资金总额 | 120',
    '一级指标 | 二级指标 | 三级指标 | 指标值',
    '产出指标 | 数量指标 | 维修校舍面积 | ≥3000平方米',
    '| 质量指标 | 验收合格率 | 100%',
    row,
    '满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90%',
  ].join('\n');

async function sources(text: string): Promise<FieldSource[]> {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  expect(out.forms[0]?.kind).toBe('project');
  return out.sources[0]!;
}

const indicatorSources = (all: FieldSource[]) => all.filter((s) => s.path.startsWith('/indicators/'));

describe('the sources of a target form’s indicators', () => {
  it('are sure where each name fills its cell and its target stands in its row', async () => {
    const all = indicatorSources(await sources(form('效益指标 | 社会效益指标 | 改善办学条件 | 有效改善')));
    expect(all.map((s) => s.path)).toContain('/indicators/3/target');
    expect(all.length).toBe(8);
    for (const s of all) expect(s.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
    // Still placed and described: the 二级 beside the first name.
    expect(all[0]).toMatchObject({ text: '维修校舍面积', label: '数量指标', column: 2 });
  });

  it('are unsure where a name was cut out of a longer cell', async () => {
    const all = await sources(form('效益指标 | 社会效益指标 | 1.改善办学条件 | 有效改善'));
    const name = all.find((s) => s.text === '1.改善办学条件')!;
    expect(name.path).toMatch(/^\/indicators\/\d+\/name$/);
    expect(name.confidence).toBeLessThan(UNSURE_BELOW);
    // Its target in its row stays sure; the head's fields keep their label's sureness.
    expect(all.find((s) => s.path === name.path.replace('name', 'target'))!.confidence).toBe(1);
    expect(all.find((s) => s.path === '/name')!.confidence).toBe(1);
  });
});
