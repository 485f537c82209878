import { describe, expect, it } from 'vitest';
import { batchActionsFor, batchBlockReason } from './batch-actions.ts';

describe('batch actions', () => {
  it('offers the reviewer pass and return on submitted forms only', () => {
    expect(batchActionsFor('reviewer', 'submitted').map((o) => o.action)).toEqual([
      'review-pass',
      'review-return',
    ]);
    expect(batchActionsFor('reviewer', 'passed')).toEqual([]);
    expect(batchActionsFor('filler', 'submitted')).toEqual([]);
  });

  it('offers finance approve and return on passed forms, publish on approved ones', () => {
    expect(batchActionsFor('finance', 'passed').map((o) => o.label)).toEqual(['批复', '退回']);
    expect(batchActionsFor('finance', 'approved').map((o) => o.label)).toEqual(['公开']);
    expect(batchActionsFor('finance', 'submitted')).toEqual([]);
  });

  it('needs a selection, and an opinion for a return', () => {
    const [pass, ret] = batchActionsFor('reviewer', 'submitted');
    expect(batchBlockReason(pass!, 0, '')).toBe('请先在列表中勾选表单');
    expect(batchBlockReason(pass!, 3, '')).toBeNull();
    expect(batchBlockReason(ret!, 3, ' ')).toBe('批量退回须填写意见');
    expect(batchBlockReason(ret!, 3, '请修改')).toBeNull();
  });
});
