// The two indicator tables every performance-target form ends with: 长期 then 年度, as in the templates.
import type { Finding, Goal, Indicator } from '@jixiao/core';
import type { IndicatorEdit } from '../utils/grid-actions.ts';
import { IndicatorGrid } from './IndicatorGrid.tsx';

export function IndicatorTables({
  indicators,
  goals,
  findings,
  category,
  onChange,
  commitPauseMs,
}: {
  category?: string | null;
  indicators: Indicator[];
  goals: Goal[];
  findings: Map<string, Finding[]>;
  onChange: IndicatorEdit;
  /** Cells hand their text on when typing pauses (large forms); undefined: at every keystroke. */
  commitPauseMs?: number | undefined;
}) {
  return (
    <>
      {(['long', 'annual'] as const).map((term) => (
        <IndicatorGrid
          key={term}
          term={term}
          indicators={indicators}
          goals={goals}
          findings={findings}
          category={category}
          onChange={onChange}
          commitPauseMs={commitPauseMs}
        />
      ))}
    </>
  );
}
