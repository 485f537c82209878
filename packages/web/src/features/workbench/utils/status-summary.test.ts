import { describe, expect, it } from 'vitest';
import { countByStatus, formLink, waitingFor } from './status-summary.ts';
import { buildStatusChartOption } from './status-chart.ts';

const items = [
  { id: '1', status: 'draft', kind: 'project' },
  { id: '2', status: 'returned', kind: 'project' },
  { id: '3', status: 'submitted', kind: 'project' },
  { id: '4', status: 'passed', kind: 'department' },
  { id: '5', status: 'draft', kind: 'project' },
];

describe('工作台 summary', () => {
  it('counts by status with every status present', () => {
    expect(countByStatus(items)).toEqual({
      draft: 2,
      submitted: 1,
      returned: 1,
      passed: 1,
      approved: 0,
      published: 0,
    });
  });
  it('lists what waits for each role, returned first for fillers', () => {
    expect(waitingFor('filler', items).map((i) => i.id)).toEqual(['1', '5', '2']);
    expect(waitingFor('reviewer', items).map((i) => i.id)).toEqual(['3']);
    expect(waitingFor('finance', items).map((i) => i.id)).toEqual(['4']);
    expect(waitingFor('nobody', items)).toEqual([]);
  });
  it('links each role to the page where it acts', () => {
    expect(formLink('filler', items[0]!)).toBe('/forms/1/edit');
    expect(formLink('reviewer', items[2]!)).toBe('/review/3');
    expect(formLink('finance', items[3]!)).toBe('/approval/4');
    expect(formLink('reviewer', items[0]!)).toBe('/forms/1');
  });
});

describe('buildStatusChartOption', () => {
  it('has one bar per status, in workflow order, labelled in Chinese', () => {
    const option = buildStatusChartOption(countByStatus(items));
    expect(option.xAxis.data).toEqual([
      '草稿',
      '已提交待审核',
      '已退回',
      '审核通过待批复',
      '已批复',
      '已公开',
    ]);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([2, 1, 1, 1, 0, 0]);
    expect(option.yAxis.minInterval).toBe(1);
  });
});
