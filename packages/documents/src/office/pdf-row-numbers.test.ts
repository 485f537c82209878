import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRows } from '../import-document.ts';
import { layoutNumberedPage, type PageState } from './pdf-layout.ts';
import { piece } from './pdf-test-pages.ts';

// A PDF has no line numbers: a row is found by its page and its place on the page (第2页 第5行), not by the
// page's number given to every row of it.
describe('rows of a PDF numbered within their page', () => {
  it('numbers each page’s rows from 1, the page as their source', () => {
    const state: PageState = { open: null };
    const page = (texts: string[]) => texts.map((t, k) => piece(t, 50, 700 - 30 * k));
    const rows = [
      ...layoutNumberedPage(
        page(['项目支出绩效自评表', '项目名称 某某经费', '主管部门 某某局']),
        [],
        state,
        1,
      ),
      ...layoutNumberedPage(page(['绩效指标', '填报人:王某']), [], state, 2),
    ];
    expect(rows.map((r) => `${r.source} ${r.line}`)).toEqual([
      '第1页 1',
      '第1页 2',
      '第1页 3',
      '第2页 1',
      '第2页 2',
    ]);
  });

  it('reads the corpus’s 裕安区 自评表 as PDF with its third page’s rows from 1', async () => {
    const file = new URL('../../test/corpus/formats/391-yuan-wenwu-selfeval.pdf', import.meta.url);
    const { rows } = await readRows(new Uint8Array(readFileSync(file)), '391.pdf');
    const third = rows.filter((r) => r.source === '第3页');
    expect(third.length).toBeGreaterThan(1);
    expect(third.map((r) => r.line)).toEqual(third.map((_, k) => k + 1));
    const funds = rows.find((r) => r.cells[0] === '项目资金(万元)');
    expect(funds).toMatchObject({ source: '第2页', line: 4 });
  });
});
