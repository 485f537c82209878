// Entry: the public pages and the signed-in app are two separate bundles. A visitor of /public… downloads
// React, the router and plain HTML/CSS pages only (no antd, no charts), and the page's data is requested
// here, before any page code arrives, so that code and data load side by side.
import { fetchEarly, publicPathsOf } from './api/early.ts';
import './ui/official.css';

const root = document.getElementById('root')!;
if (/^\/public(\/|$)/.test(window.location.pathname)) {
  publicPathsOf(window.location.pathname).forEach(fetchEarly);
  void import('./public/mount-public.tsx').then((m) => m.mountPublic(root));
} else {
  void import('./app/mount-app.tsx').then((m) => m.mountApp(root));
}
