import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '@jixiao/core';
import { annotatedPlace } from './annotations.ts';

const warning = { rule: 'R-IND-01', severity: 'warning', message: '指标未量化' } as Finding;

describe('annotatedPlace', () => {
  it('marks a place by its worst finding, a change since review, and offers picking', () => {
    const onPick = vi.fn();
    const { findings, props } = annotatedPlace(
      { findings: new Map([['/name', [warning]]]), changed: new Set(['/name']), onPick },
      '/name',
      '项目名称',
      'cell',
    );
    expect(findings).toEqual([warning]);
    expect(props.className).toBe('cell has-warning pickable changed-since-review');
    expect(props.tabIndex).toBe(0);
    expect(props.title).toBe('点击对“项目名称”写审核意见');
    props.onKeyDown?.({ key: 'Enter' });
    props.onClick?.();
    expect(onPick.mock.calls).toEqual([
      ['/name', '项目名称'],
      ['/name', '项目名称'],
    ]);
  });
  it('is a plain place without annotations', () => {
    const { findings, props } = annotatedPlace(undefined, '/name', '项目名称', undefined);
    expect(findings).toBeUndefined();
    expect(props).toMatchObject({ className: '', onClick: undefined, tabIndex: undefined, title: undefined });
  });
});
