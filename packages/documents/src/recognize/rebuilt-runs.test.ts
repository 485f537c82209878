import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { rebuildRuns } from './rebuilt-runs.ts';

const texts = (rows: Row[]) => rows.map((r) => r.cells.join('|'));

describe('rebuildRuns', () => {
  const rows = ['a', 'B', 'c', 'd', 'E', 'f'].map((t) => paragraph(t));

  it('replaces each run read from its first row and keeps the other rows in order', () => {
    // A capital opens a run of two rows, read as one row of both.
    const asked: number[] = [];
    const out = rebuildRuns(rows, (i) => {
      asked.push(i);
      const t = rows[i]!.cells[0]!;
      if (t !== t.toUpperCase() || i + 1 >= rows.length) return null;
      return { rows: [paragraph(t + rows[i + 1]!.cells[0]!)], end: i + 2 };
    });
    expect(texts(out)).toEqual(['a', 'Bc', 'd', 'Ef']);
    // The rows inside a run are not asked again.
    expect(asked).toEqual([0, 1, 3, 4]);
    expect(texts(rows)).toEqual(['a', 'B', 'c', 'd', 'E', 'f']);
  });

  it('may read a run as several rows or none', () => {
    const out = rebuildRuns(rows, (i) =>
      i === 0 ? { rows: [paragraph('x'), paragraph('y')], end: 1 } : i === 2 ? { rows: [], end: 4 } : null,
    );
    expect(texts(out)).toEqual(['x', 'y', 'B', 'E', 'f']);
  });

  it('gives back the same array when nothing is read', () => {
    expect(rebuildRuns(rows, () => null)).toBe(rows);
  });
});
