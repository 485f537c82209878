import { describe, expect, it } from 'vitest';
import { scrollEdges } from './scroll-edges.ts';

describe('the hidden sides of a pane that scrolls sideways', () => {
  it('hides the right side of a table wider than its pane, until scrolled to its end', () => {
    expect(scrollEdges({ scrollLeft: 0, scrollWidth: 1289, clientWidth: 314 })).toEqual({
      left: false,
      right: true,
    });
    expect(scrollEdges({ scrollLeft: 400, scrollWidth: 1289, clientWidth: 314 })).toEqual({
      left: true,
      right: true,
    });
    expect(scrollEdges({ scrollLeft: 975, scrollWidth: 1289, clientWidth: 314 })).toEqual({
      left: true,
      right: false,
    });
  });
  it('hides nothing of a table that fits, though its width is a fraction of a pixel over', () => {
    expect(scrollEdges({ scrollLeft: 0, scrollWidth: 521, clientWidth: 520 })).toEqual({
      left: false,
      right: false,
    });
  });
});
