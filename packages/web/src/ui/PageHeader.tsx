// The one heading of every signed-in page: where the page sits (breadcrumb), its title with tags and a
// line of context, and the page's actions on the right. Pages use nothing else for their title, so every
// page reads the same way and has exactly one <h1>.
import type { ReactNode } from 'react';
import { Breadcrumb } from 'antd';

export interface PageHeaderProps {
  title: ReactNode;
  /** Status tags and the like, beside the title. */
  tags?: ReactNode;
  /** One line of context under the title (organisation, year, version). */
  subtitle?: ReactNode;
  /** The way back, from the list down to this page: the last crumb is the page itself. */
  breadcrumb?: { title: ReactNode }[];
  /** Buttons and links on the right. */
  actions?: ReactNode;
  /** Stays at the top while the page scrolls (the editors, whose save button must stay in reach). */
  sticky?: boolean;
  className?: string;
}

export function PageHeader({
  title,
  tags,
  subtitle,
  breadcrumb,
  actions,
  sticky,
  className,
}: PageHeaderProps) {
  const classes = ['page-header', sticky ? 'page-header-sticky' : '', className ?? ''].filter(Boolean);
  return (
    <header className={classes.join(' ')}>
      {breadcrumb && breadcrumb.length > 0 && (
        <Breadcrumb className="page-header-crumbs" items={breadcrumb} />
      )}
      <div className="page-header-row">
        <div className="page-header-heading">
          <h1 className="page-header-title">{title}</h1>
          {tags}
          {subtitle && <span className="page-header-subtitle">{subtitle}</span>}
        </div>
        {actions && <div className="page-header-actions">{actions}</div>}
      </div>
    </header>
  );
}
