// What the editor page hands every form editor (项目 and 部门整体): the form, the live findings placed at
// their fields, and where the changed form goes.
import type { Finding } from '@jixiao/core';

export interface FormEditorProps<F> {
  form: F;
  findings: Map<string, Finding[]>;
  onChange: (next: F) => void;
}
