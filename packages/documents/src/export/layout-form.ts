// The layout of any form: the project form (申报表 or 批复表), the department form, or a disclosure.
import type { Form } from '@jixiao/core';
import type { DocumentLayout } from './layout.ts';
import { layoutProjectForm } from './layout-project.ts';
import { layoutDepartmentForm } from './layout-department.ts';
import { layoutDisclosure } from './layout-disclosure.ts';

export function layoutForm(form: Form): DocumentLayout {
  switch (form.kind) {
    case 'project':
      return layoutProjectForm(form);
    case 'department':
      return layoutDepartmentForm(form);
    case 'disclosure':
      return layoutDisclosure(form);
  }
}
