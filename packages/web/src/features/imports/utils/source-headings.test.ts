import { describe, expect, it } from 'vitest';
import type { DocumentRow } from '../api/imports-api.ts';
import { sourceHeading } from './source-headings.ts';

const row = (line: number, source: string | null): DocumentRow => ({
  row: 0,
  line,
  source,
  table: source !== null,
  cells: ['x'],
});
const headings = (rows: DocumentRow[]) => rows.map((_, i) => sourceHeading(rows, i));

describe('the headings of the document pane, over the rows a page, table or sheet numbers from 1', () => {
  it('heads each page of a PDF, whose rows count from 1 again on every page', () => {
    const pdf = [row(1, '第1页'), row(2, '第1页'), row(1, '第2页'), row(2, '第2页')];
    expect(headings(pdf)).toEqual(['第1页', null, '第2页', null]);
  });

  it('heads a .docx’s tables, and its body text again after a table', () => {
    const docx = [row(1, null), row(1, '表1'), row(2, '表1'), row(2, null), row(1, '表2')];
    expect(headings(docx)).toEqual([null, '表1', null, '正文', '表2']);
  });

  it('heads nothing in a document whose rows name no part', () => {
    expect(headings([row(1, null), row(2, null)])).toEqual([null, null]);
  });
});
