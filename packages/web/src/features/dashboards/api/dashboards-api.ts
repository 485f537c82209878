// /api/dashboards: the figures of the 财政 / 主管部门 dashboard for a year, and the forms behind them.
import type { Dashboard } from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';

export type { Dashboard, DashboardForm } from '@jixiao/core/contracts';

export const dashboardsApi = {
  get: (year: number | null) => http.get<Dashboard>(`/dashboards${query({ year })}`),
};
