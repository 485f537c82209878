// One goal of a read-only official form: its label and its text, pointed at as /goals/i/text.
import type { Goal } from '@jixiao/core';
import { pointerOf } from '../utils/json-pointer.ts';
import type { ViewAnnotations } from './annotations.ts';
import { ViewCell } from './ViewCell.tsx';

export function GoalViewRow({
  goal,
  index,
  annotations,
  labelClassName,
}: {
  goal: Goal;
  index: number;
  annotations?: ViewAnnotations | undefined;
  labelClassName?: string;
}) {
  return (
    <tr>
      <th className={labelClassName}>{goal.label}</th>
      <ViewCell pointer={pointerOf('goals', index, 'text')} label={goal.label} annotations={annotations}>
        {goal.text}
      </ViewCell>
    </tr>
  );
}
