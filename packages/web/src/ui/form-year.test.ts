import { describe, expect, it } from 'vitest';
import { formYearText } from './form-year.ts';

describe('a form’s year in lists', () => {
  it('names the year, and says so when the form has none (a 批复表 listed without a year)', () => {
    expect(formYearText(2026)).toBe('2026年');
    expect(formYearText(null)).toBe('年度未填');
    expect(formYearText(undefined)).toBe('年度未填');
  });
});
