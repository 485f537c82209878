// The approved targets (批复) as a list readable on a phone: 一级 › 二级 headings, each indicator and its
// value. Plain HTML: part of the public bundle.
import type { Indicator } from '@jixiao/core';

interface Target {
  term?: string | null;
  level1?: string | null;
  level2?: string | null;
  name: string | null;
  target: Indicator['target'];
}

export function ApprovedTargets({ targets }: { targets: Target[] }) {
  const annual = targets.filter((t) => t.term !== 'long');
  const shown = (annual.length ? annual : targets).filter((t) => t.name || t.target.raw);
  if (shown.length === 0) return <p className="public-empty">无绩效指标</p>;
  return (
    <ul className="approved-targets">
      {shown.map((t, i) => {
        const prev = shown[i - 1];
        const heading = !prev || prev.level1 !== t.level1 || prev.level2 !== t.level2;
        return (
          <li key={i}>
            {heading && (t.level1 || t.level2) && (
              <div className="target-heading">{[t.level1, t.level2].filter(Boolean).join(' › ')}</div>
            )}
            <div className="target-row">
              <span className="target-name">{t.name}</span>
              <span
                className={`public-tag target-value${t.target.kind === 'quantitative' ? ' quantitative' : ''}`}
              >
                {t.target.raw || '—'}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
