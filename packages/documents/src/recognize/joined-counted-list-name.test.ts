// A 自评表 run together whose first name is a list of counted items parted by semicolons and closed by its stop
// (慰问伤残军人50人;革命烈士遗属50人;…边海防官兵320人。 | 100% | 100%): the figures are words of the list and the
// stop closes the name, not a sentence of prose (issue 12's joined variants of wide/341).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { isCountedList } from './listed-figures.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'actual', 'target'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a name that is a list of counted items', () => {
  it('names its row, the figures after it the row’s values', () => {
    expect(
      rows(
        '慰问伤残军人50人;革命烈士遗属50人;烈士家庭6户;驻保部队8家;边海防官兵320人。100%100%补助经费足额拨付率100%100%',
      ),
    ).toEqual([
      {
        name: '慰问伤残军人50人;革命烈士遗属50人;烈士家庭6户;驻保部队8家;边海防官兵320人。',
        cells: { actual: '100%', target: '100%' },
      },
      { name: '补助经费足额拨付率', cells: { actual: '100%', target: '100%' } },
    ]);
  });

  it('is only a list of three counted items or more, closed once by its stop', () => {
    expect(isCountedList('慰问伤残军人50人;革命烈士遗属50人;烈士家庭6户。')).toBe(true);
    expect(isCountedList('慰问伤残军人50人;革命烈士遗属50人。')).toBe(false);
    expect(isCountedList('部分资金未拨付;原因是资金未到位;下年度拨付。')).toBe(false);
    expect(isCountedList('慰问50人。烈士家庭6户;驻保部队8家;官兵320人。')).toBe(false);
  });
});
