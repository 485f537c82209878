// 部门预算公开 (signed in): generate, check, publish, download.
import { DisclosureWorkspace } from '../features/disclosure/components/DisclosureWorkspace.tsx';

export function DisclosurePage() {
  return <DisclosureWorkspace />;
}
