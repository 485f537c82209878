// 指标库 suggestions under a 三级指标 cell being typed: approved indicators of the same 二级指标 with a
// similar name, their usual values and how often they were used. A click (or Enter on a focused line)
// fills the row; the typing is not interrupted (the list never takes the focus by itself). The list is
// drawn on the page body at the cell's place (above it when the cell is near the window's foot), so the
// grid's scrolling frame never clips it on the last rows.
import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
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
  const anchor = useRef<HTMLSpanElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const place = usePlacement(anchor, list, items.length);
  if (items.length === 0) return <span ref={anchor} className="suggestions-anchor" />;
  return (
    <>
      <span ref={anchor} className="suggestions-anchor" />
      {createPortal(
        <div
          ref={list}
          className="indicator-suggestions"
          role="listbox"
          aria-label="指标库中相似的指标"
          style={place}
        >
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
        </div>,
        document.body,
      )}
    </>
  );
}

/**
 * Where the list stands: under the cell the anchor sits in, or above it when there is less room below
 * than the list needs; followed while the page or the grid scrolls.
 */
function usePlacement(
  anchor: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  /** How many lines the list shows (0: none); its height follows. */
  lines: number,
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });
  useLayoutEffect(() => {
    if (lines === 0) return;
    const update = () => {
      const cell = anchor.current?.closest('td') ?? anchor.current;
      if (!cell) return;
      const r = cell.getBoundingClientRect();
      const height = list.current?.offsetHeight ?? 0;
      const below = window.innerHeight - r.bottom;
      const above = below < height && r.top > below;
      setStyle({
        position: 'fixed',
        left: Math.max(0, Math.min(r.left, window.innerWidth - 340)),
        width: Math.max(r.width, 340),
        ...(above ? { top: 'auto', bottom: window.innerHeight - r.top } : { top: r.bottom, bottom: 'auto' }),
      });
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [lines, anchor, list]);
  return style;
}
