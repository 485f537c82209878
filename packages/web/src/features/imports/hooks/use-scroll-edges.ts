// The hidden sides of a scrolling box (utils/scroll-edges.ts), kept up to date as the user scrolls, the box
// is resized (a phone turned, the window narrowed) or its content changes (another file, the table fitted).
import { useEffect, useState, type RefObject } from 'react';
import { NO_HIDDEN_EDGES, scrollEdges, type ScrollEdges } from '../utils/scroll-edges.ts';

export function useScrollEdges(ref: RefObject<HTMLElement | null>, content: unknown): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>(NO_HIDDEN_EDGES);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () =>
      setEdges((was) => {
        const now = scrollEdges(box);
        return now.left === was.left && now.right === was.right ? was : now;
      });
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [ref, content]);
  return edges;
}
