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

  it('says where a year pointed at was read: the year in words, its cell and label', () => {
    const year = { ...source, path: '/year', line: 3, column: 1, label: '批次', text: '2024', confidence: 1 };
    const read = { sources: [year], unsure: [] };
    expect(pathInWords('/year')).toBe('年度');
    expect(sourceAt(read, '/year')).toBe(year);
    expect(
      unsureTip({ path: '/year', field: null, reason: 'low-confidence', confidence: 0.5 }, year),
    ).toContain('第 3 行第 2 格，标签“批次”');
  });

  it('says where a budget pointed at was read: the year’s budget in words, its cell and label in 元', () => {
    const budget = {
      ...source,
      path: '/budget/annual',
      line: 5,
      column: 1,
      label: '经费安排（元）',
      text: '2,000,000',
      confidence: 1,
    };
    expect(pathInWords('/budget/annual')).toBe('全年预算数');
    expect(sourceAt({ sources: [budget], unsure: [] }, '/budget/annual')).toBe(budget);
    expect(
      unsureTip({ path: '/budget/annual', field: null, reason: 'low-confidence', confidence: 0.5 }, budget),
    ).toContain('标签“经费安排（元）”，把握 100%');
  });
});
