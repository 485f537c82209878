// A unit named in a page's head, over a 自评表 — a portal's 发文单位 the organisation taught as the table's 实施单位
// — is no department form of its own. On the corpus's fresh/627, a city portal's page of a 自评表 whose own 主管部门
// and 实施单位 cells are empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const PAGE = readFileSync(
  new URL('../../test/corpus/fresh/627-ezhou-shiminzhongxin-yunwei-selfeval-2021.txt', import.meta.url),
  'utf8',
);
const lines = PAGE.split('\n');
// The page's head before the table's title: 索引号, 发文单位, 主题分类.
const title = lines.findIndex((l) => l.startsWith('项目支出绩效自评表'));
const taught = { labels: [{ label: '发文单位', field: 'unit' as const }] };
const read = (text: string) => importBuffer(new TextEncoder().encode(text), '自评表.txt', taught);

describe('a unit named beside a form, under a label taught as a unit', () => {
  it('reads the page as the 自评表 alone, not a department form of the unit named over it', async () => {
    const out = await read(PAGE);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.evaluations.map((e) => e.name)).toEqual(['市民中心运行维护费']);
    expect(out.forms).toEqual([]);
  });

  it('keeps the name as a department form where the file holds nothing else to tell what it is', async () => {
    const out = await read(lines.slice(0, title).join('\n'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.forms.map((f) => (f.kind === 'department' ? f.department : f.kind))).toEqual([
      '鄂州市行政审批局',
    ]);
  });
});
