// A labelled cell pair of an official form's 基本信息 table (<th>label</th><td>editable value</td>), bound
// to a top-level field of the form by its name. The project and the department editor lay out their
// tables with it.
import type { Finding } from '@jixiao/core';
import { EditableField, type FieldKind } from './EditableField.tsx';

export interface LabelledFieldProps {
  /** The field's path under the form, without the leading slash: "name", "budget/total". */
  name: string;
  label: string;
  value: string | number | null;
  kind?: FieldKind;
  colSpan?: number;
  placeholder?: string;
  findings: Map<string, Finding[]>;
  onChange: (pointer: string, value: string | number | null) => void;
}

export function LabelledField({ name, label, findings, ...field }: LabelledFieldProps) {
  const pointer = '/' + name;
  return (
    <>
      <th>{label}</th>
      <EditableField pointer={pointer} label={label} findings={findings.get(pointer)} {...field} />
    </>
  );
}

/**
 * The cells of one form's labelled fields, bound once to its findings and its change handler:
 * `field('name', '项目名称', form.name, 'text', 3)` in a table row.
 */
export function labelledFieldsOf(
  findings: Map<string, Finding[]>,
  onChange: (pointer: string, value: string | number | null) => void,
) {
  return (
    name: string,
    label: string,
    value: string | number | null,
    kind: FieldKind = 'text',
    colSpan?: number,
    placeholder?: string,
  ) => <LabelledField {...{ name, label, value, kind, colSpan, placeholder, findings, onChange }} />;
}
