// Read-only 部门预算公开: explanation sections and the published tables.
import type { Disclosure } from '@jixiao/core';

export function DisclosureView({ form }: { form: Disclosure }) {
  return (
    <div className="official-form">
      <h2 className="official-title">
        {form.title ?? `${form.department ?? ''}${form.year ?? ''}年部门预算公开`}
      </h2>
      {form.sections.map((s, i) => (
        <section key={i} className="disclosure-section">
          <h3>{s.title}</h3>
          <p className="pre">{s.text}</p>
        </section>
      ))}
      {form.tables.map((t, i) => (
        <div className="official-scroll" key={i}>
          <table className="official-table">
            <caption>
              {t.title}
              {t.unit ? `（单位：${t.unit}）` : ''}
            </caption>
            <thead>
              <tr>
                {t.columns.map((c, j) => (
                  <th key={j}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r, j) => (
                <tr key={j}>
                  {r.map((c, k) => (
                    <td key={k}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
