// The public pages (no account): /public, /public/forms/:id, /public/disclosure/:orgId/:year. Plain HTML
// and CSS so that a phone renders them from a small bundle; the official layouts load after the first view.
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client.ts';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { PublicDisclosurePage } from '../pages/PublicDisclosurePage.tsx';
import { PublicFormPage } from '../pages/PublicFormPage.tsx';
import { PublicHomePage } from '../pages/PublicHomePage.tsx';
import { PublicLayout } from './PublicLayout.tsx';

const queryClient = createQueryClient();

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
