// The public pages are a separate bundle (src/public): an in-app navigation to /public… loads them afresh.
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

export function PublicRedirect() {
  const { pathname, search } = useLocation();
  useEffect(() => window.location.assign(pathname + search), [pathname, search]);
  return null;
}
