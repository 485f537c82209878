// /api/dashboards: the figures of the 财政 / 主管部门 dashboard for a year, and the forms behind them.
import { http, query } from '../../../api/http.ts';

export interface DashboardForm {
  id: string;
  name: string;
  orgName: string;
  group: string;
  kind: string;
  status: string;
  category: string | null;
  budgetTotal: string | null;
  approvedTotal: string | null;
  indicators: number;
  quantified: number;
  rules: string[];
}

export interface Dashboard {
  year: number | null;
  truncated: boolean;
  statuses: string[];
  byStatus: { group: string; counts: Record<string, number>; total: number }[];
  budgetByGroup: { group: string; declared: string; approved: string; forms: number }[];
  budgetByCategory: { category: string; declared: string; forms: number }[];
  quality: {
    indicators: number;
    quantified: number;
    share: number | null;
    findingsByRule: { rule: string; description: string; severity: string; count: number; forms: number }[];
    defects: {
      rule: string;
      messageId: string;
      severity: string;
      description: string;
      example: string;
      count: number;
    }[];
  };
  forms: DashboardForm[];
}

export const dashboardsApi = {
  get: (year: number | null) => http.get<Dashboard>(`/dashboards${query({ year })}`),
};
