// 公开: published departments by year, each with its published forms (no account needed). Plain HTML:
// this page is in the public bundle, which carries no antd.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { PublishedDisclosures } from '../features/disclosure/components/PublishedDisclosures.tsx';
import { usePublishedDisclosures } from '../features/disclosure/hooks/use-disclosure.ts';
import { PublicError, PublicLoading } from '../features/public/components/PublicStatus.tsx';
import { usePublicForms } from '../features/public/hooks/use-public-forms.ts';
import {
  groupByDepartment,
  hasUndatedForms,
  NO_YEAR,
  publishedYears,
} from '../features/public/utils/group-published.ts';
import { formatWan } from '../ui/format.ts';
import { KIND_LABELS } from '../ui/status.ts';

export function PublicHomePage() {
  const list = usePublicForms();
  // Both lists show at once: the disclosures arriving after the forms would push the forms down.
  const disclosures = usePublishedDisclosures();
  const loading = list.isLoading || disclosures.isLoading;
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const years = useMemo(
    () => [...publishedYears(items), ...(hasUndatedForms(items) ? [NO_YEAR] : [])],
    [items],
  );
  const [chosen, setChosen] = useState<number | null>(null);
  // The newest year until the reader picks another.
  const year = chosen ?? years[0] ?? null;
  const groups = useMemo(() => groupByDepartment(items, year), [items, year]);
  return (
    <div className="public-page">
      <h1 className="public-title">部门预算与绩效目标公开</h1>
      <PublicError error={list.error} />
      {loading ? <PublicLoading label="正在加载公开目录…" /> : <PublishedDisclosures />}
      {!loading && years.length > 0 && (
        <div className="public-years" role="group" aria-label="年度">
          {years.map((y) => (
            <button
              key={y}
              type="button"
              className="public-year"
              aria-pressed={y === year}
              onClick={() => setChosen(y)}
            >
              {y === NO_YEAR ? '未注明年度' : `${y}年`}
            </button>
          ))}
        </div>
      )}
      {!loading && !list.error && groups.length === 0 && <p className="public-empty">暂无公开信息</p>}
      {!loading &&
        groups.map((g) => (
          <section key={g.department} className="public-card" aria-label={g.department}>
            <h2 className="public-card-title">{g.department}</h2>
            <ul className="public-list">
              {g.forms.map((f) => (
                <li key={f.id}>
                  <Link to={`/public/forms/${f.id}`} className="public-item">
                    <span className="public-item-name">{f.name}</span>
                    <span className="public-item-meta">
                      <span className="public-tag">{KIND_LABELS[f.kind] ?? f.kind}</span>
                      {f.budgetTotal
                        ? `${f.budgetApproved ? '批复预算 ' : '预算 '}${formatWan(f.budgetTotal)} 万元`
                        : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
