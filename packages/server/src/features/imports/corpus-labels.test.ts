// Labels and values in a real published document with one cell per line (Hunan, 岳阳县: the label on
// its own line, the value on the next), read only through the readers so that the test does not
// depend on what the recognisers make of it. Expectations from the document and its manifest entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRows, type Row } from '@jixiao/documents';
import { findLabelled, labelledCell } from '../layout-labels/cell-labels.ts';
import { completeSources, indexCells } from './field-sources.ts';
import { emptyProjectForm } from '@jixiao/core';

// source: ../shared/corpus/docs/001_project.txt (its `# source:` line is kept in the fixture)
const file = new URL('./fixtures/corpus-001-project.txt', import.meta.url);

async function rows(): Promise<Row[]> {
  return (await readRows(new Uint8Array(readFileSync(file)), '001_project.txt')).rows;
}

const at = (all: Row[], text: string) => all.findIndex((r) => r.cells[0] === text);

describe('labels of a one-cell-per-line document (corpus 001)', () => {
  it('takes the line before a pointed value as its label', async () => {
    const all = await rows();
    const name = at(all, '岳阳县2022年高标准农田建设项目');
    expect(labelledCell(all, name, 0)).toMatchObject({
      label: '项目名称',
      text: '岳阳县2022年高标准农田建设项目',
    });
    expect(labelledCell(all, at(all, '农田建设服务中心'), 0)).toMatchObject({ label: '实施单位' });
  });

  it('finds the value on the line after a taught label', async () => {
    const all = await rows();
    expect(findLabelled(all, '主管部门').map((p) => p.text)).toEqual(['岳阳县农业农村局']);
    expect(findLabelled(all, '项目负责人及电话').map((p) => p.text)).toEqual(['彭兵']);
    expect(findLabelled(all, '绩效目标表')).toEqual([]);
  });

  it('places a value read without a source on its line, beside its label', async () => {
    const all = await rows();
    const form = emptyProjectForm({ name: '岳阳县2022年高标准农田建设项目', supervisor: '岳阳县农业农村局' });
    const sources = completeSources(form, [], indexCells(all));
    expect(sources.find((s) => s.path === '/name')).toMatchObject({ line: 11, label: '项目名称' });
    expect(sources.find((s) => s.path === '/supervisor')).toMatchObject({ line: 19, label: '主管部门' });
  });
});
