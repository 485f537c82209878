// The review forms and self-evaluations both go through, declared once: the 主管部门 returns a submitted one
// with an opinion or passes it; finance returns a passed one with an opinion. What comes before (the unit's
// submission) and after (批复 and 公开 of a form, 审核确认 of a self-evaluation) is each feature's own.
import type { WorkflowRules } from './workflow-engine.ts';

export type ReviewStatus = 'submitted' | 'returned' | 'passed';
export type ReviewAction = 'review-return' | 'review-pass' | 'finance-return';

export const reviewRules: WorkflowRules<ReviewStatus, ReviewAction> = {
  'review-return': {
    label: '主管部门退回',
    role: 'reviewer',
    from: ['submitted'],
    to: 'returned',
    needsOpinion: true,
  },
  'review-pass': {
    label: '主管部门审核通过',
    role: 'reviewer',
    from: ['submitted'],
    to: 'passed',
    needsOpinion: false,
  },
  'finance-return': {
    label: '财政退回',
    role: 'finance',
    from: ['passed'],
    to: 'returned',
    needsOpinion: true,
  },
};
