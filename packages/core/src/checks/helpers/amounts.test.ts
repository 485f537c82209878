import { describe, expect, it } from 'vitest';
import { Decimal } from '../../money/decimal.ts';
import {
  auditAmountTable,
  compareTotal,
  compareValues,
  compareWithBudget,
  isTotalLine,
  splitTotal,
} from './amounts.ts';

describe('amount helpers', () => {
  it('compares a total with its parts exactly', () => {
    expect(compareTotal('1611.44', ['571.71', '83.73', '956']).outcome).toBe('equal');
  });
  it('allows the rounding of the written numbers (seed 002, 2023 expenditure)', () => {
    const c = compareTotal('2439.29', ['556.23', '108.32', '1774.75']);
    expect(c.outcome).toBe('rounding');
    expect(c.difference.toFixed()).toBe('-0.01');
    expect(c.tolerance.toFixed()).toBe('0.02');
  });
  it('reports a difference beyond rounding', () => {
    expect(
      compareValues(new Decimal('1754.27'), new Decimal('1757.19'), ['1757.19', '1754.27']).outcome,
    ).toBe('mismatch');
  });
  it.each(['合计', '合  计', '小计', '总计：'])('%s is a total line', (n) =>
    expect(isTotalLine(n)).toBe(true),
  );
  it('is not fooled by names containing 合计', () => expect(isTotalLine('财政拨款合计外')).toBe(false));
  it('splits a table into total and parts', () => {
    const { total, parts } = splitTotal([
      { index: 0, name: '财政拨款', amount: '10' },
      { index: 1, name: '其他', amount: null },
      { index: 2, name: '合计', amount: '10' },
    ]);
    expect(total?.index).toBe(2);
    expect(parts.map((p) => p.index)).toEqual([0]);
  });
  it('compares with the best of total and current budget', () => {
    const r = compareWithBudget(
      new Decimal('20'),
      ['20'],
      [
        { value: '60', path: '/budget/total' },
        { value: '20', path: '/budget/current' },
      ],
    );
    expect(r?.outcome).toBe('equal');
    expect(r?.path).toBe('/budget/current');
    expect(compareWithBudget(new Decimal('20'), ['20'], [{ value: null, path: '/budget/total' }])).toBeNull();
  });
  it('judges a table whole: 合计 against its lines, then against the budget it may stand for', () => {
    const budgets = [{ value: '100', path: '/budget/total' }];
    const sound = auditAmountTable(
      [
        { index: 0, name: '合计', amount: '100' },
        { index: 1, name: '财政拨款', amount: '80' },
        { index: 2, name: '其他资金', amount: '20' },
      ],
      budgets,
    );
    expect(sound.totalVsParts?.cmp.outcome).toBe('equal');
    expect(sound.declaredVsBudget?.cmp.outcome).toBe('equal');
    const wrong = auditAmountTable(
      [
        { index: 0, name: '合计', amount: '90' },
        { index: 1, name: '财政拨款', amount: '80' },
        { index: 2, name: '其他资金', amount: '20' },
      ],
      budgets,
    );
    expect(wrong.totalVsParts?.sum.toFixed()).toBe('100');
    expect(wrong.totalVsParts?.cmp.outcome).toBe('mismatch');
    expect(wrong.declaredVsBudget?.declared.toFixed()).toBe('90');
    expect(wrong.declaredVsBudget?.cmp.difference.toFixed()).toBe('10');
  });
  it('sums the lines when no 合计 is written, and judges nothing for an empty table', () => {
    const budgets = [{ value: '100', path: '/budget/total' }];
    const noTotal = auditAmountTable([{ index: 0, name: '财政拨款', amount: '90' }], budgets);
    expect(noTotal.totalVsParts).toBeNull();
    expect(noTotal.declaredVsBudget?.cmp.outcome).toBe('mismatch');
    expect(auditAmountTable([], budgets)).toEqual({ totalVsParts: null, declaredVsBudget: null });
  });
});
