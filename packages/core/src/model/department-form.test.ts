import { describe, expect, it } from 'vitest';
import { departmentFormSchema, emptyDepartmentForm } from './department-form.ts';

describe('emptyDepartmentForm', () => {
  it('is a valid form that says nothing, with what the caller gives it', () => {
    const form = emptyDepartmentForm({ title: '部门整体绩效目标表', year: 2024 });
    expect(departmentFormSchema.parse(form)).toEqual(form);
    expect([form.department, form.goals, form.funds.income, form.title, form.year]).toEqual([
      null,
      [],
      [],
      '部门整体绩效目标表',
      2024,
    ]);
  });
});
