// A 自评表 copied one cell per line whose indicator is named by a sentence (慰问伤残军人50人;…边海防官兵320人。): the
// cells came whole, so that cell with the row's figures right after it is the row's name (issue 12's headColumn
// variants of wide/341), or followed by a count stated in words (37个基层医疗机构).
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
  it('is the name where a cell opening with a count follows it (a target stated in words)', () => {
    const c: IndicatorColumn[] = ['name', 'op', 'target', 'unit', 'reason', 'actual'];
    const cells = ['药品配送到位', '定性', '配送站点12个。', '本年度配送站点12个全部运行。'];
    const next = ['乡镇卫生院药品统一配送。', '9个乡镇卫生院', '100%'];
    expect(
      readFusedRows(wholeCellAtoms(atomsOf([...cells, ...next])), c, { maxWeight: null, wholeCells: true }),
    ).toEqual([
      {
        name: '药品配送到位',
        cells: { op: '定性', target: '配送站点12个。', actual: '本年度配送站点12个全部运行。' },
      },
      { name: '乡镇卫生院药品统一配送。', cells: { target: '9个乡镇卫生院', actual: '100%' } },
    ]);
  });
});
