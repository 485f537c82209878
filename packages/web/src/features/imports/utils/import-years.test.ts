import { describe, expect, it } from 'vitest';
import { emptyProjectForm } from '@jixiao/core';
import { missingYears, yearsToSave } from './import-years.ts';

const sheet = (year: number | null) => emptyProjectForm({ formType: '批复表', year });
const forms = [
  { index: 0, form: sheet(null) },
  { index: 1, form: sheet(2024) },
  { index: 2, form: emptyProjectForm({ year: null }) },
];

describe('the year of an imported form', () => {
  it('asks for the year of a chosen 批复表 without one, not of a 申报表 draft or an unchosen form', () => {
    expect(missingYears(forms, new Set([0, 1, 2]), {}).map((f) => f.index)).toEqual([0]);
    expect(missingYears(forms, new Set([1, 2]), {})).toEqual([]);
    expect(missingYears(forms, new Set([0]), { 0: 2025 })).toEqual([]);
  });

  it('sends the years given for chosen forms that had none', () => {
    expect(yearsToSave(forms, new Set([0, 1, 2]), { 0: 2025, 1: 2030, 2: 2026 })).toEqual([
      { index: 0, year: 2025 },
      { index: 2, year: 2026 },
    ]);
  });
});
