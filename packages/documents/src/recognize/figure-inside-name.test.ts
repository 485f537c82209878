// A name that writes a figure inside its words (服务半径内…: 500米内, a rating 1250KVA), its row run together with the
// next ones as a form copied without cell breaks prints it: the figure and the words after it stay the name's, no row
// opens at 内 or at the unit's letters (issue 12's joined shape of wide/444 and wide/518). Names made up for the test.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { goesOnAfterFigure } from './figure-inside-name.ts';

const read = (cols: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a span closed by 内 inside a name', () => {
  const cols: IndicatorColumn[] = ['name', 'actual', 'target'];

  it('keeps 300米内 in the name, the row reading its actual and target', () => {
    expect(read(cols, '主干道300米内垃圾桶设置率91%≥90%道路保洁达标率97%≥95%')).toEqual([
      { name: '主干道300米内垃圾桶设置率', cells: { actual: '91%', target: '≥90%' } },
      { name: '道路保洁达标率', cells: { actual: '97%', target: '≥95%' } },
    ]);
  });

  it('keeps the span whole where a worded column comes first, which could take 内… as its words', () => {
    expect(
      read(['name', 'reason', 'actual', 'target'], '主干道300米内垃圾桶设置率91%≥90%道路保洁达标率97%≥95%'),
    ).toEqual([
      { name: '主干道300米内垃圾桶设置率', cells: { actual: '91%', target: '≥90%' } },
      { name: '道路保洁达标率', cells: { actual: '97%', target: '≥95%' } },
    ]);
  });

  it('still ends a row at a compared figure before a name', () => {
    expect(read(['name', 'target'], '应急响应时间≤30分钟内业务办结率≥98%')).toEqual([
      { name: '应急响应时间', cells: { target: '≤30分钟' } },
      { name: '内业务办结率', cells: { target: '≥98%' } },
    ]);
  });
});

describe('a rating in Latin letters inside a name', () => {
  const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual'];

  it('keeps 630KVA in the name that closes on the count its run repeats', () => {
    expect(read(cols, '新建配电房630KVA箱式变压器2台8.52道路硬化面积8.5≥500平方米520平方米')).toEqual([
      { name: '新建配电房630KVA箱式变压器2台', cells: { weight: '8.5', target: '2' } },
      { name: '道路硬化面积', cells: { weight: '8.5', target: '≥500平方米', actual: '520平方米' } },
    ]);
  });
});

describe('a name closing on a count', () => {
  it('keeps the count where the run after it prints its digits again, the actual column before the target', () => {
    expect(
      read(
        ['name', 'score', 'actual', 'target'],
        '新建配电房630KVA箱式变压器2台8.52道路硬化面积8.5520平方米≥500平方米',
      ),
    ).toEqual([
      { name: '新建配电房630KVA箱式变压器2台', cells: { score: '8.5', target: '2' } },
      { name: '道路硬化面积', cells: { score: '8.5', actual: '520平方米', target: '≥500平方米' } },
    ]);
  });

  it('reads the count as the row’s value where the run does not repeat it', () => {
    expect(read(['name', 'target', 'weight'], '购置消防水泵4台8.5道路硬化面积≥500平方米8.5')).toEqual([
      { name: '购置消防水泵', cells: { target: '4台', weight: '8.5' } },
      { name: '道路硬化面积', cells: { target: '≥500平方米', weight: '8.5' } },
    ]);
  });
});

describe('goesOnAfterFigure', () => {
  const pieces = (...p: Array<[string, string, boolean?]>) =>
    p.map(([kind, text, glued]) => ({ kind: kind as 'value' | 'text', text, glued }));

  it('holds for 内 after a span, the span’s unit given apart, and a Latin unit after a bare figure', () => {
    expect(
      goesOnAfterFigure(pieces(['text', '干道'], ['value', '500米', true], ['text', '内公厕', true]), 2),
    ).toBe(true);
    const apart = pieces(
      ['text', '干道'],
      ['value', '500', true],
      ['text', '米', true],
      ['text', '内公厕', true],
    );
    expect(goesOnAfterFigure(apart, 2)).toBe(true);
    expect(goesOnAfterFigure(apart, 3)).toBe(true);
    expect(goesOnAfterFigure(pieces(['value', '10', true], ['text', 'kV线路', true]), 1)).toBe(true);
  });

  it('does not hold after a compared figure, for 内部 or for letters that are no unit', () => {
    expect(goesOnAfterFigure(pieces(['value', '≥500米', true], ['text', '内公厕', true]), 1)).toBe(false);
    expect(goesOnAfterFigure(pieces(['value', '5米', true], ['text', '内部控制', true]), 1)).toBe(false);
    expect(goesOnAfterFigure(pieces(['value', '95', true], ['text', 'PM浓度', true]), 1)).toBe(false);
    expect(goesOnAfterFigure(pieces(['value', '500米', false], ['text', '内公厕', false]), 1)).toBe(false);
    // (Past the last piece: a name ending the run.)
    expect(goesOnAfterFigure(pieces(['text', '干道'], ['value', '500米', true]), 2)).toBe(false);
  });
});
