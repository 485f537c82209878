// Tables copied from web pages as `|` text import end to end (corpus documents copied into fixtures; each
// fixture keeps its `# source:` line). Expectations are the corpus manifest's hand-checked ground truth.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(join(here, 'fixtures', name)));

async function projectOf(name: string): Promise<ProjectForm> {
  const outcome = await importBuffer(fixture(name), name);
  if (!outcome.ok) throw new Error(outcome.error.message);
  expect(outcome.format).toBe('text');
  const form = outcome.forms[0]!;
  if (form.kind !== 'project') throw new Error(`not a project form: ${form.kind}`);
  return form;
}

const row = (f: ProjectForm, k: number) => {
  const i = f.indicators[k]!;
  return [i.level1, i.level2, i.name, i.target.raw];
};

describe('web tables copied as | text', () => {
  it('one row per line (corpus 005, 宁夏): the project, its budget and 11 indicators', async () => {
    const form = await projectOf('corpus-005-pipe-rows.txt');
    expect(form.name).toBe('原州区2022年南部水源涵养林建设项目');
    expect(form.budget.total).toBe('6070.00');
    expect(form.indicators).toHaveLength(11);
    // rows under 二级 merged from above keep their 三级 name and value in their columns
    expect(row(form, 1)).toEqual(['产出指标', '数量指标', '其中:实施新造林总面积(亩)', '30000']);
    expect(row(form, 3)).toEqual(['产出指标', '数量指标', '修建作业道长度(公里)', '30']);
    expect(row(form, 8)).toEqual(['效益指标', '社会效益指标', '受益人数(人)', '132']);
  });

  it('one cell per line (corpus 006, 重庆): rows put back together, the 3 indicators of the manifest', async () => {
    const form = await projectOf('corpus-006-pipe-cells.txt');
    expect(form.budget.total).toBe('153.5184');
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '绿化美化公路', '=3500米'],
      ['产出指标', '数量指标', '购买发放李子苗', '=15000株'],
      ['产出指标', '质量指标', '树木成活率', '≥85%'],
    ]);
  });
});
