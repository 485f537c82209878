import { describe, expect, it } from 'vitest';
import { departmentFormSchema } from '../../model/department-form.ts';
import { projectFormSchema } from '../../model/project-form.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from './test-forms.ts';

describe('test form factories', () => {
  it('build forms the schemas accept', () => {
    expect(projectFormSchema.parse(makeProjectForm())).toEqual(makeProjectForm());
    expect(departmentFormSchema.parse(makeDepartmentForm())).toEqual(makeDepartmentForm());
  });

  it('parse the written value with the real grammar', () => {
    const i = makeIndicator({ target: '不少于10条' });
    expect(i.target).toMatchObject({ kind: 'quantitative', op: '≥', value: '10', unit: '条' });
    expect(makeIndicator({ target: null }).target.kind).toBe('empty');
  });

  it('replace one indicator, counting from the end for negative indexes', () => {
    const f = withIndicator(makeProjectForm(), -1, { target: '≥90%' });
    expect(f.indicators.at(-1)?.target.raw).toBe('≥90%');
    expect(f.indicators.at(-1)?.name).toBe('学员满意度');
  });
});
