import { describe, expect, it } from 'vitest';
import { actionButtons, blockReason, opinionPrompt } from './workflow-actions.ts';

describe('workflow buttons', () => {
  it('shows only what the server allows, in workflow order', () => {
    expect(actionButtons(['edit', 'review-pass', 'review-return']).map((b) => b.action)).toEqual([
      'review-return',
      'review-pass',
    ]);
    expect(actionButtons(['publish']).map((b) => b.label)).toEqual(['公开']);
    expect(actionButtons([])).toEqual([]);
  });
  it('requires an opinion to return a form', () => {
    const [ret, pass] = actionButtons(['review-return', 'review-pass']);
    expect(blockReason(ret!, ' ')).toBe('退回修改须填写意见');
    expect(blockReason(ret!, '请量化指标')).toBeNull();
    expect(blockReason(pass!, '')).toBeNull();
  });
  it('offers the opinion box only while an opinion can go with a step (not after approval)', () => {
    expect(opinionPrompt(actionButtons(['review-return', 'review-pass']))).toBe('总体意见（退回时必填）');
    expect(opinionPrompt(actionButtons(['publish']))).toBeNull();
    expect(opinionPrompt(actionButtons([]))).toBeNull();
  });
});
