// The monitoring and self-evaluation routes with their access policy, walked by
// features/evaluation-common/evaluation-access.test.ts (every role × own/child/parent/other organisation);
// the general authorisation matrix counts them as covered from this list.
export type EvalWho = 'public' | 'filler' | 'reviewer' | 'finance' | 'admin';
export type EvalRel = 'own' | 'child' | 'parent' | 'other' | 'none';

export const sees = (who: EvalWho, rel: EvalRel) =>
  who === 'finance' ||
  (who === 'filler' && rel === 'own') ||
  (who === 'reviewer' && (rel === 'own' || rel === 'child'));
export const writes = (who: EvalWho, rel: EvalRel) => who === 'filler' && rel === 'own';
const only =
  (...roles: EvalWho[]) =>
  (who: EvalWho) =>
    roles.includes(who);

export interface EvaluationAccessSpec {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  /** What the route acts on, prepared in the organisation of each relation. */
  target?: 'round' | 'entry' | 'evaluation' | 'form';
  allow: (who: EvalWho, rel: EvalRel) => boolean;
  body?: (ids: { formId: string }) => unknown;
  multipart?: boolean;
}

export const evaluationAccessSpecs: EvaluationAccessSpec[] = [
  { method: 'GET', url: '/api/monitoring/candidates?year=2025', allow: only('finance') },
  { method: 'GET', url: '/api/monitoring/rounds', allow: only('filler', 'reviewer', 'finance') },
  {
    method: 'POST',
    url: '/api/monitoring/rounds',
    target: 'form',
    allow: (who) => who === 'finance',
    body: ({ formId }) => ({ year: 2025, month: 7, formIds: [formId] }),
  },
  { method: 'GET', url: '/api/monitoring/rounds/:id', target: 'round', allow: sees },
  { method: 'GET', url: '/api/monitoring/rounds/:id/entries', target: 'round', allow: sees },
  { method: 'POST', url: '/api/monitoring/rounds/:id/close', target: 'round', allow: only('finance') },
  {
    method: 'POST',
    url: '/api/monitoring/rounds/:id/reopen',
    target: 'round',
    allow: only('finance'),
    body: () => ({ reason: '单位申请更正' }),
  },
  {
    method: 'POST',
    url: '/api/monitoring/entries/:id/submit',
    target: 'entry',
    allow: writes,
    body: () => ({ version: 1 }),
  },
  {
    method: 'POST',
    url: '/api/monitoring/entries/:id/withdraw',
    target: 'entry',
    allow: writes,
    body: () => ({ version: 1 }),
  },
  { method: 'GET', url: '/api/monitoring/entries/:id', target: 'entry', allow: sees },
  {
    method: 'PUT',
    url: '/api/monitoring/entries/:id',
    target: 'entry',
    allow: writes,
    body: () => ({ version: 1, budget: { annual: '200', executedToDate: '10' }, indicators: [] }),
  },
  { method: 'GET', url: '/api/monitoring/entries/:id/export', target: 'entry', allow: sees },
  {
    method: 'POST',
    url: '/api/monitoring/entries/:id/import',
    target: 'entry',
    allow: writes,
    multipart: true,
  },
  { method: 'GET', url: '/api/self-evaluations', allow: only('filler', 'reviewer', 'finance') },
  {
    method: 'GET',
    url: '/api/self-evaluations/candidates?year=2025',
    allow: only('filler', 'reviewer', 'finance'),
  },
  {
    method: 'GET',
    url: '/api/self-evaluations/behind?year=2025',
    allow: only('filler', 'reviewer', 'finance'),
  },
  {
    method: 'POST',
    url: '/api/self-evaluations',
    target: 'form',
    allow: writes,
    body: ({ formId }) => ({ formId, year: 2025 }),
  },
  { method: 'GET', url: '/api/self-evaluations/:id', target: 'evaluation', allow: sees },
  {
    method: 'PUT',
    url: '/api/self-evaluations/:id',
    target: 'evaluation',
    allow: writes,
    body: () => ({
      version: 1,
      budget: { initial: null, annual: '200', executed: '10' },
      goals: [],
      indicators: [],
      conclusions: { problems: null, improvements: null },
    }),
  },
  ...(
    [
      ['submit', writes],
      ['review-return', (who: EvalWho, rel: EvalRel) => who === 'reviewer' && sees(who, rel)],
      ['review-pass', (who: EvalWho, rel: EvalRel) => who === 'reviewer' && sees(who, rel)],
      ['finance-return', only('finance')],
      ['confirm', only('finance')],
    ] as const
  ).map(([action, allow]): EvaluationAccessSpec => ({
    method: 'POST',
    url: `/api/self-evaluations/:id/${action}`,
    target: 'evaluation',
    allow,
    body: () => ({ version: 1, opinion: '意见' }),
  })),
  { method: 'GET', url: '/api/self-evaluations/:id/export', target: 'evaluation', allow: sees },
  {
    method: 'POST',
    url: '/api/self-evaluations/:id/import',
    target: 'evaluation',
    allow: writes,
    multipart: true,
  },
  { method: 'GET', url: '/api/forms/:id/evaluation-history', target: 'form', allow: sees },
  { method: 'GET', url: '/api/evaluation/dashboard?year=2025', allow: only('reviewer', 'finance') },
  {
    method: 'GET',
    url: '/api/evaluation/dashboard/evaluations?year=2025',
    allow: only('reviewer', 'finance'),
  },
];

/** `METHOD /url` keys of the route table the list covers. */
export const evaluationRoutesCovered = evaluationAccessSpecs.map((s) => `${s.method} ${s.url.split('?')[0]}`);
