// The public pages (no account): /public, /public/forms/:id, /public/disclosure/:orgId/:year. Plain HTML
// and CSS so that a phone renders them from a small bundle; the official layouts load after the first view.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { PublicDisclosurePage } from '../pages/PublicDisclosurePage.tsx';
import { PublicFormPage } from '../pages/PublicFormPage.tsx';
import { PublicHomePage } from '../pages/PublicHomePage.tsx';
import { PublicLayout } from './PublicLayout.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => count < 2 && (error as { status?: number }).status === 0,
      refetchOnWindowFocus: false,
    },
  },
});

export function PublicApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route path="/public/forms/:id" element={<PublicFormPage />} />
            <Route path="/public/disclosure/:orgId/:year" element={<PublicDisclosurePage />} />
            <Route path="*" element={<PublicHomePage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
