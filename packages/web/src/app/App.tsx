// Providers and routes. Public pages need no account; everything else sits behind the sign-in.
import { lazy, Suspense } from 'react';
import { ConfigProvider, App as AntApp, Spin } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client.ts';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { SessionProvider } from '../features/auth/components/SessionProvider.tsx';
import { RequireSession } from '../features/auth/components/RequireSession.tsx';
import { AppLayout } from './AppLayout.tsx';
import { PublicRedirect } from './PublicRedirect.tsx';

// Pages load on demand: the login stays small. The public pages are another bundle (src/public).
const LoginPage = lazy(() => import('../pages/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const WorkbenchPage = lazy(() =>
  import('../pages/WorkbenchPage.tsx').then((m) => ({ default: m.WorkbenchPage })),
);
const EditorPage = lazy(() => import('../pages/EditorPage.tsx').then((m) => ({ default: m.EditorPage })));
const FormPage = lazy(() => import('../pages/FormPage.tsx').then((m) => ({ default: m.FormPage })));
const ImportPage = lazy(() => import('../pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const ImportedEvaluationPage = lazy(() =>
  import('../pages/ImportedEvaluationPage.tsx').then((m) => ({ default: m.ImportedEvaluationPage })),
);
const ReviewInboxPage = lazy(() =>
  import('../pages/ReviewInboxPage.tsx').then((m) => ({ default: m.ReviewInboxPage })),
);
const ReviewPage = lazy(() => import('../pages/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })));
const ApprovalInboxPage = lazy(() =>
  import('../pages/ApprovalInboxPage.tsx').then((m) => ({ default: m.ApprovalInboxPage })),
);
const ApprovalPage = lazy(() =>
  import('../pages/ApprovalPage.tsx').then((m) => ({ default: m.ApprovalPage })),
);
const AdminPage = lazy(() => import('../pages/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const DashboardPage = lazy(() =>
  import('../pages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const MonitoringPage = lazy(() =>
  import('../pages/MonitoringPage.tsx').then((m) => ({ default: m.MonitoringPage })),
);
const MonitoringEntryPage = lazy(() =>
  import('../pages/MonitoringEntryPage.tsx').then((m) => ({ default: m.MonitoringEntryPage })),
);
const SelfEvaluationListPage = lazy(() =>
  import('../pages/SelfEvaluationListPage.tsx').then((m) => ({ default: m.SelfEvaluationListPage })),
);
const SelfEvaluationPage = lazy(() =>
  import('../pages/SelfEvaluationPage.tsx').then((m) => ({ default: m.SelfEvaluationPage })),
);
const EvaluationDashboardPage = lazy(() =>
  import('../pages/EvaluationDashboardPage.tsx').then((m) => ({ default: m.EvaluationDashboardPage })),
);
const IndicatorLibraryPage = lazy(() =>
  import('../pages/IndicatorLibraryPage.tsx').then((m) => ({ default: m.IndicatorLibraryPage })),
);
const BudgetPage = lazy(() => import('../pages/BudgetPage.tsx').then((m) => ({ default: m.BudgetPage })));
const DisclosurePage = lazy(() =>
  import('../pages/DisclosurePage.tsx').then((m) => ({ default: m.DisclosurePage })),
);
const CheckReportsPage = lazy(() =>
  import('../pages/CheckReportsPage.tsx').then((m) => ({ default: m.CheckReportsPage })),
);
const CheckReportPage = lazy(() =>
  import('../pages/CheckReportPage.tsx').then((m) => ({ default: m.CheckReportPage })),
);
const CheckDocumentPage = lazy(() =>
  import('../pages/CheckDocumentPage.tsx').then((m) => ({ default: m.CheckDocumentPage })),
);
const queryClient = createQueryClient();

const theme = {
  token: {
    colorPrimary: '#b8292f',
    borderRadius: 4,
    fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  },
};

export function App() {
  return (
    // Official forms write 保存, 批复 without a space: antd would insert one between two characters.
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <Suspense fallback={<Spin size="large" fullscreen />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/public/*" element={<PublicRedirect />} />
                  <Route
                    element={
                      <RequireSession>
                        <AppLayout />
                      </RequireSession>
                    }
                  >
                    <Route path="/" element={<WorkbenchPage />} />
                    <Route path="/forms/new" element={<EditorPage />} />
                    <Route path="/forms/:id/edit" element={<EditorPage />} />
                    <Route path="/forms/:id" element={<FormPage />} />
                    <Route path="/import" element={<ImportPage />} />
                    <Route path="/evaluation-imports/:id" element={<ImportedEvaluationPage />} />
                    <Route path="/review" element={<ReviewInboxPage />} />
                    <Route path="/review/:id" element={<ReviewPage />} />
                    <Route path="/approval" element={<ApprovalInboxPage />} />
                    <Route path="/approval/:id" element={<ApprovalPage />} />
                    <Route path="/admin" element={<AdminPage />} />
                    <Route path="/dashboard" element={<DashboardPage />} />
                    <Route path="/monitoring" element={<MonitoringPage />} />
                    <Route path="/monitoring/entries/:id" element={<MonitoringEntryPage />} />
                    <Route path="/self-evaluations" element={<SelfEvaluationListPage />} />
                    <Route path="/self-evaluations/:id" element={<SelfEvaluationPage />} />
                    <Route path="/evaluation-dashboard" element={<EvaluationDashboardPage />} />
                    <Route path="/indicator-library" element={<IndicatorLibraryPage />} />
                    <Route path="/budget" element={<BudgetPage />} />
                    <Route path="/disclosure" element={<DisclosurePage />} />
                    <Route path="/check-reports" element={<CheckReportsPage />} />
                    <Route path="/check-reports/:id" element={<CheckReportPage />} />
                    <Route path="/check-reports/:id/documents/:documentId" element={<CheckDocumentPage />} />
                  </Route>
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </Suspense>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
