import { describe, expect, it } from 'vitest';
import type { Finding } from '@jixiao/core';
import {
  countBySeverity,
  fieldDomId,
  indicatorIndexOf,
  nearestShownPointer,
  placeFindings,
  worstSeverity,
} from './finding-paths.ts';

const finding = (path: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'R-X',
  severity,
  message: 'm',
  path,
  form: 'f',
});

describe('fieldDomId', () => {
  it('makes a stable id from a pointer', () => {
    expect(fieldDomId('/indicators/3/target')).toBe('field-indicators-3-target');
    expect(fieldDomId('/budget/total')).toBe('field-budget-total');
    expect(fieldDomId('')).toBe('field-root');
    expect(fieldDomId('/history/a~1b')).toBe('field-history-a_2Fb');
  });
});

describe('placing findings', () => {
  const shown = new Set(['/name', '/indicators/3', '/indicators/3/target', '/budget/total']);
  it('uses the field itself or its nearest shown parent', () => {
    expect(nearestShownPointer('/indicators/3/target', shown)).toBe('/indicators/3/target');
    expect(nearestShownPointer('/indicators/3/level2', shown)).toBe('/indicators/3');
    expect(nearestShownPointer('/emptyLevel2/0', shown)).toBeNull();
    expect(nearestShownPointer('', shown)).toBeNull();
  });
  it('groups findings by where they are shown; the rest under ""', () => {
    const placed = placeFindings(
      [finding('/name'), finding('/indicators/3/history/上年'), finding('/goals/0')],
      shown,
    );
    expect(placed.get('/name')).toHaveLength(1);
    expect(placed.get('/indicators/3')).toHaveLength(1);
    expect(placed.get('')).toHaveLength(1);
  });
  it('summarises severities', () => {
    const list = [finding('/a', 'warning'), finding('/b', 'error'), finding('/c', 'info')];
    expect(worstSeverity(list)).toBe('error');
    expect(worstSeverity([])).toBeNull();
    expect(countBySeverity(list)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(indicatorIndexOf('/indicators/12/target')).toBe(12);
    expect(indicatorIndexOf('/goals/1')).toBeNull();
  });
});
