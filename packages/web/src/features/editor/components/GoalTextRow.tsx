// One 绩效目标 of an official form as a table row: its label and its editable 目标说明.
import type { Finding, Goal } from '@jixiao/core';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { EditableField } from './EditableField.tsx';

export function GoalTextRow({
  goal,
  index,
  findings,
  onChange,
  labelClassName,
}: {
  goal: Goal;
  /** The goal's place in form.goals (the pointer names it). */
  index: number;
  findings: Map<string, Finding[]>;
  onChange: (pointer: string, value: string | number | null) => void;
  labelClassName?: string;
}) {
  const pointer = pointerOf('goals', index, 'text');
  return (
    <tr>
      <th className={labelClassName}>{goal.label}</th>
      <EditableField
        pointer={pointer}
        label={goal.label}
        value={goal.text}
        kind="textarea"
        onChange={onChange}
        findings={findings.get(pointer)}
      />
    </tr>
  );
}
