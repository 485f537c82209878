import { describe, expect, it } from 'vitest';
import { emptyBudget } from '@jixiao/core';
import { addFunctional, gridTotals, readAmount, setFunctional, withCode } from './budget-edit.ts';

describe('budget grid edits', () => {
  it('reads typed amounts exactly and refuses text', () => {
    expect(readAmount('1,234.50')).toBe('1234.50');
    expect(readAmount('')).toBe('0');
    expect(readAmount('十')).toBeNull();
  });
  it('recomputes row, column and grand totals after an edit (0.1 + 0.2 is exactly 0.30)', () => {
    let b = addFunctional(addFunctional(emptyBudget('某局', 2025)));
    b = setFunctional(b, 0, { code: '2010301', wages: '0.1' });
    b = setFunctional(b, 1, { code: '2010302', wages: '0.2', regular: '5' });
    const t = gridTotals(b);
    expect(t.columns.wages).toBe('0.30');
    expect([t.basic, t.project, t.expenditure]).toEqual(['0.30', '5.00', '5.30']);
    expect(t.row(b.functional[1]!)).toEqual({ basic: '0.20', project: '5.00', total: '5.20' });
    expect(t.balanced).toBe(false);
  });
  it('fills the name from the code list, and keeps a name the user wrote', () => {
    const line = { code: '', name: '' };
    const typed = withCode(line, '2010301', 'functional', 2025);
    expect(typed.name).toBe('行政运行');
    expect(withCode(typed, '2010302', 'functional', 2025).name).toBe('一般行政管理事务');
    expect(withCode({ code: '2010301', name: '本单位自定名称' }, '2010302', 'functional', 2025).name).toBe(
      '本单位自定名称',
    );
    expect(withCode(line, '30101', 'economic-department', 2025).name).toBe('基本工资');
  });
});
