import { describe, expect, it } from 'vitest';
import { projectFormSchema } from '@jixiao/core';
import { level2Choices, newProjectForm } from './new-project-form.ts';

describe('newProjectForm', () => {
  it('is a valid canonical project form with both tables templated', () => {
    const form = newProjectForm(2025, '某单位');
    expect(projectFormSchema.safeParse(form).success).toBe(true);
    expect(form.indicators.filter((i) => i.term === 'long').length).toBe(
      form.indicators.filter((i) => i.term === 'annual').length,
    );
    expect(form.indicators.every((i) => i.target.kind === 'empty')).toBe(true);
  });
  it('offers the framework’s 二级 names under each 一级', () => {
    const output = level2Choices().find((c) => c.level1 === '产出指标');
    expect(output?.level2).toContain('数量指标');
  });
});
