// Any stored form, read-only, in its official layout.
import type { Form } from '@jixiao/core';
import type { ViewAnnotations } from './annotations.ts';
import { DepartmentFormView } from './DepartmentFormView.tsx';
import { DisclosureView } from './DisclosureView.tsx';
import { ProjectFormView } from './ProjectFormView.tsx';

export function FormView({ form, annotations }: { form: Form; annotations?: ViewAnnotations | undefined }) {
  if (form.kind === 'project') return <ProjectFormView form={form} annotations={annotations} />;
  if (form.kind === 'department') return <DepartmentFormView form={form} annotations={annotations} />;
  return <DisclosureView form={form} annotations={annotations} />;
}
