// 指标库 suggestions under a 三级指标 cell being typed: approved indicators of the same 二级指标 with a
// similar name, their usual values and how often they were used. A click (or Enter on a focused line)
// fills the row; the typing is not interrupted (the list never takes the focus by itself).
import { useDeferredValue, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { libraryApi, type LibrarySuggestion } from '../api/library-api.ts';
import './library.css';

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function IndicatorSuggestions({
  level2,
  text,
  category,
  onPick,
}: {
  level2: string | null;
  text: string;
  category?: string | null;
  onPick: (s: LibrarySuggestion) => void;
}) {
  const q = useDeferredValue(useDebounced(text.trim(), 250));
  const res = useQuery({
    queryKey: ['indicator-library', level2, q, category ?? null],
    queryFn: () => libraryApi.suggest(level2!, q, category),
    enabled: Boolean(level2) && q.length > 0,
    staleTime: 60_000,
  });
  const items = (res.data?.items ?? []).filter((s) => s.name !== text.trim());
  if (items.length === 0) return null;
  return (
    <div className="indicator-suggestions" role="listbox" aria-label="指标库中相似的指标">
      <div className="suggestions-title">指标库与已批复的{level2}</div>
      {items.map((s) => (
        <div
          key={s.name}
          role="option"
          aria-selected={false}
          tabIndex={-1}
          className="suggestion"
          // mousedown, not click: the cell keeps its focus and its text until the choice is applied.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(s);
          }}
          onKeyDown={(e) => e.key === 'Enter' && onPick(s)}
        >
          <span className="suggestion-name">
            {s.name}
            {s.libraryId && <span className="suggestion-tag">指标库·{s.sector}</span>}
          </span>
          {s.definition && <span className="suggestion-definition">{s.definition}</span>}
          <span className="suggestion-meta">
            {s.values.length > 0 && <>常用值 {s.values.map((v) => v.raw).join('、')} · </>}
            {s.basis && <>{s.basis} · </>}用过 {s.uses} 次
          </span>
        </div>
      ))}
    </div>
  );
}
