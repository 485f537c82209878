// A 自评表 copied one cell per line whose indicator is named by a sentence (慰问伤残军人50人;…边海防官兵320人。): the
// cells came whole, so that cell with the row's figures right after it is the row's name (issue 12's headColumn
// variants of wide/341).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { wholeCellAtoms } from './whole-cells.ts';

const cols: IndicatorColumn[] = ['name', 'reason', 'target', 'actual', 'score'];
const rows = (cells: string[], wholeCells: boolean) =>
  readFusedRows(wholeCells ? wholeCellAtoms(atomsOf(cells)) : atomsOf(cells), cols, {
    maxWeight: null,
    wholeCells,
  });
const SENTENCE = '慰问伤残军人50人;革命烈士遗属50人;烈士家庭6户;驻保部队8家;边海防官兵320人。';

describe('a sentence naming an indicator', () => {
  it('is the name where the cells came whole and its figures follow it', () => {
    expect(
      rows([SENTENCE, '100%', '100%', '20', '春节前完成走访慰问', '按时限完成', '100%', '20'], true),
    ).toEqual([
      { name: SENTENCE, cells: { target: '100%', actual: '100%', score: '20' } },
      { name: '春节前完成走访慰问', cells: { target: '按时限完成', actual: '100%', score: '20' } },
    ]);
  });

  it('stays the reason where it stands between a name and the figures', () => {
    expect(rows(['资金拨付率', '因项目尚未验收,尾款未付。', '100%', '90%', '18'], true)).toEqual([
      {
        name: '资金拨付率',
        cells: { reason: '因项目尚未验收,尾款未付。', target: '100%', actual: '90%', score: '18' },
      },
    ]);
  });
});
