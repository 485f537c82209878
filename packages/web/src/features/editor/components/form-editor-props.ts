// What the editor page hands every form editor (项目 and 部门整体): the form, the live findings placed at
// their fields, and where the changed form goes.
import type { Finding } from '@jixiao/core';

export interface FormEditorProps<F> {
  form: F;
  findings: Map<string, Finding[]>;
  /**
   * Changes the form: the change is applied once, at once, to the latest form — with every change before
   * it, shown or not — so two changes in one event (a cell's text handed on, then a row moved) both hold.
   */
  onChange: (change: (form: F) => F) => void;
}
