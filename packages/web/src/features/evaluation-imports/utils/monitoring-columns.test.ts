import { describe, expect, it } from 'vitest';
import { monitoringColumns } from './monitoring-columns.ts';

describe('monitoringColumns', () => {
  it('shows 纠偏措施 after 偏差原因 where a row prints one', () => {
    const rows = [
      { deviationReason: '汛期停工', correctiveMeasure: '汛后集中施工' },
      { deviationReason: null },
    ];
    const columns = monitoringColumns(rows);
    expect(columns.map((c) => c.title).slice(-2)).toEqual(['偏差原因', '纠偏措施']);
    expect(rows.map((r) => columns.at(-1)!.value(r))).toEqual(['汛后集中施工', undefined]);
  });

  it('adds no empty 纠偏措施 column where the table printed none', () => {
    const columns = monitoringColumns([{ deviationReason: null, correctiveMeasure: null }, {}]);
    expect(columns.map((c) => c.title)).not.toContain('纠偏措施');
  });
});
