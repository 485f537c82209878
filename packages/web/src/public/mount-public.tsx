// Mounts the public pages: React Query and the router around plain HTML pages (no antd, no charts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './PublicApp.tsx';

export function mountPublic(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
}
