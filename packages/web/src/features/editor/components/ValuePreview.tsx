// How the typed 指标值 was understood: comparator, number, unit (or the qualitative phrase) and notes.
import type { IndicatorValue } from '@jixiao/core';
import { describeValue } from '../utils/value-preview.ts';

export function ValuePreview({ value }: { value: IndicatorValue }) {
  const p = describeValue(value);
  if (p.tone === 'empty' && p.notes.length === 0) return null;
  return (
    <div className={`value-preview tone-${p.tone}`} aria-live="polite">
      {p.parts.map((part, i) => (
        // A native title: an antd tooltip per part is costly in a table of a hundred rows.
        <span key={i} className="vp-part" title={part.label}>
          <span className="vp-label">{part.label}</span>
          <span className="vp-text">{part.text}</span>
        </span>
      ))}
      {p.notes.map((n, i) => (
        <div key={`n${i}`} className="vp-note">
          {n}
        </div>
      ))}
    </div>
  );
}
