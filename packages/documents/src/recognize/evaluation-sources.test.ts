import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { UNSURE_BELOW, type FieldSource } from './provenance.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

// Made for these tests: a project 自评表 in 安徽's template, one table row a line, cells `|`-separated.
const TABLE = [
  '项目支出绩效自评表',
  '（2023年度）',
  '项目名称 | 河西村特色种养补贴到户项目 | | | | |',
  '主管部门 | 县农业农村局 | 实施单位 | 张庄寨镇人民政府 | | |',
  '项目资金（万元） | | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分',
  '| 年度资金总额 | 9.48 | 9.48 | 10 | 100% | 10',
  '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施',
  '产出指标 | 数量指标 | 种植面积 | 29.5亩 | 29.5亩 | 20 | 20 | 无',
  '| 质量指标 | 验收合格率 | 100% | 100% | 10 | 10 | 无',
  '效益指标 | 社会效益指标 | 带动农户数 | ≥100户 | 120户 | 10 | 10 | 无',
  '总分 | | | | | 100 | 100 |',
].join('\n');

async function read(text: string) {
  const out = await importBuffer(utf8(text), 'evaluation.txt');
  if (!out.ok) throw new Error(out.error.message);
  expect(out.evaluations).toHaveLength(1);
  expect(out.evaluationSources).toHaveLength(1);
  const sources = out.evaluationSources[0]!;
  return { doc: out.evaluations[0]!, at: (path: string) => sources.find((s) => s.path === path) };
}

describe('where the values of a 自评表 stood', () => {
  it('gives each value of a table its line and cell, sure, and a target and an actual printed alike their own cells', async () => {
    const { doc, at } = await read(TABLE);
    expect(doc.indicators.map((i) => i.name)).toEqual(['种植面积', '验收合格率', '带动农户数']);
    expect(at('/name')).toMatchObject({ line: 3, column: 1, label: '项目名称', confidence: 1 });
    expect(at('/indicators/0/name')).toMatchObject({ line: 8, column: 2, confidence: 1 });
    expect(at('/indicators/0/target')).toMatchObject({ line: 8, column: 3, text: '29.5亩', confidence: 1 });
    expect(at('/indicators/0/actual')).toMatchObject({ line: 8, column: 4, text: '29.5亩', confidence: 1 });
    expect(at('/indicators/0/weight')).toMatchObject({ line: 8, column: 5 });
    expect(at('/indicators/0/score')).toMatchObject({ line: 8, column: 6 });
    expect(at('/indicators/2/actual')).toMatchObject({ line: 10, text: '120户', confidence: 1 });
    // Nothing of a clean table is marked for the user to confirm.
    const unsure = (['/name', '/indicators/0/target', '/indicators/1/actual', '/indicators/2/score'] as const)
      .map(at)
      .filter((s): s is FieldSource => s !== undefined && s.confidence < UNSURE_BELOW);
    expect(unsure).toEqual([]);
  });

  it('marks every value cut out of text whose cells ran together as one to confirm', async () => {
    // The same table as a .doc's text layer gives it: every cell run together on one line.
    const joined = TABLE.split('\n')
      .map((l) => l.replace(/\s*\|\s*/g, ''))
      .join('');
    const out = await importBuffer(utf8(joined), 'evaluation.txt');
    if (!out.ok) throw new Error(out.error.message);
    const sources = out.evaluationSources[0] ?? [];
    const names = sources.filter((s) => /^\/indicators\/\d+\/name$/.test(s.path));
    expect(names.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('finds a published figure printed with its unit (20分 for a 分值 of 20) as its cell, not a part of it', async () => {
    const text = TABLE.replace('| 29.5亩 | 29.5亩 | 20 | 20 | 无', '| 29.5亩 | 29.5亩 | 20分 | 18分 | 无');
    const { doc, at } = await read(text);
    if (doc.kind !== 'self-evaluation') throw new Error(doc.kind);
    expect([doc.indicators[0]!.weight, doc.indicators[0]!.score]).toEqual(['20', '18']);
    expect(at('/indicators/0/weight')).toMatchObject({ column: 5, text: '20分', confidence: 1 });
    expect(at('/indicators/0/score')).toMatchObject({ column: 6, text: '18分', confidence: 1 });
  });

  it('says nothing of a value it cannot find, rather than a wrong place', async () => {
    const { doc, at } = await read(TABLE);
    expect(doc.indicators[0]!.deviationReason).toBe('无');
    expect(at('/indicators/0/deviationReason')).toMatchObject({ line: 8, column: 7 });
    expect(at('/indicators/7/name')).toBeUndefined();
  });

  it('places each of two 自评表 in one file in its own lines, where the second repeats the first one’s values', async () => {
    // The second project of the same 主管部门, its budget and first indicator printed alike: on main before this
    // rule its 主管部门, budget and year were placed in the first table's cells.
    const second = TABLE.replace('河西村特色种养补贴到户项目', '河东村特色种养补贴到户项目');
    const out = await importBuffer(utf8(`${TABLE}\n${second}`), 'evaluations.txt');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.evaluations.map((d) => d.name)).toEqual([
      '河西村特色种养补贴到户项目',
      '河东村特色种养补贴到户项目',
    ]);
    const lines = TABLE.split('\n').length;
    const at = (n: number, path: string) => out.evaluationSources[n]!.find((s) => s.path === path);
    expect(at(0, '/department')).toMatchObject({ line: 4 });
    expect(at(1, '/name')).toMatchObject({ line: lines + 3 });
    expect(at(1, '/department')).toMatchObject({ line: lines + 4 });
    expect(at(1, '/budget/annual')).toMatchObject({ line: lines + 6 });
    expect(at(1, '/indicators/0/target')).toMatchObject({ line: lines + 8 });
  });
});
