// The published 部门预算公开, newest year first, for the public home page (plain HTML: public bundle).
import { Link } from 'react-router-dom';
import { PublicError } from '../../public/components/PublicStatus.tsx';
import { usePublishedDisclosures } from '../hooks/use-disclosure.ts';

export function PublishedDisclosures() {
  const q = usePublishedDisclosures();
  const items = [...(q.data?.items ?? [])].sort((a, b) => b.year - a.year);
  if (q.error) return <PublicError error={q.error} />;
  if (items.length === 0) return null;
  return (
    <section className="public-card" aria-label="部门预算公开">
      <h2 className="public-card-title">
        部门预算公开
        <a href="/api/open-data/datapackage.json" className="public-card-extra">
          开放数据
        </a>
      </h2>
      <ul className="public-list">
        {items.map((d) => (
          <li key={d.url}>
            <Link to={d.url} className="public-item">
              <span className="public-item-name">
                {d.department} {d.year} 年部门预算公开
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
