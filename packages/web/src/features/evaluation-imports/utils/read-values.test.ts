import { describe, expect, it } from 'vitest';
import { pathInWords, rowPath, sourceAt, unsureAt, unsureTip } from './read-values.ts';

const source = {
  path: '/indicators/0/actual',
  line: 11,
  source: null,
  column: 5,
  label: null,
  text: '2.0万个',
  confidence: 0.6,
};
const provenance = {
  sources: [source],
  unsure: [{ path: '/indicators/0/actual', field: null, reason: 'low-confidence' as const, confidence: 0.6 }],
};

describe('the values of an uploaded 自评表 / 监控表 to confirm', () => {
  it('finds a value’s place and doubt by its pointer, the 监控表’s progress under its own name', () => {
    expect(sourceAt(provenance, rowPath('self-evaluation', 0, 'actual'))).toBe(source);
    expect(unsureAt(provenance, '/indicators/0/actual')?.confidence).toBe(0.6);
    expect(unsureAt(provenance, '/indicators/0/target')).toBeUndefined();
    expect(rowPath('monitoring', 2, 'actual')).toBe('/indicators/2/actualToDate');
    expect(sourceAt(undefined, '/name')).toBeUndefined();
  });

  it('says in Chinese why a value is doubtful and where it was read', () => {
    expect(unsureTip(provenance.unsure[0]!, source)).toContain('第 11 行第 6 格');
    expect(unsureTip(provenance.unsure[0]!, undefined)).toContain('没有找到它的位置');
    expect(unsureTip({ ...provenance.unsure[0]!, reason: 'missing' }, undefined)).toContain('没有读到');
    expect(pathInWords('/indicators/2/actualToDate')).toBe('第 3 个指标的执行情况');
    expect(pathInWords('/budget/executed')).toBe('全年执行数');
  });
});
