// Read-only 部门预算公开: a contents list, the explanation sections and the published tables (amounts
// right-aligned), each with its findings, comments and change marks like the fields of the other forms.
import type { ReactNode } from 'react';
import type { Disclosure } from '@jixiao/core';
import { fieldDomId } from '../utils/finding-paths.ts';
import { pointerOf } from '../utils/json-pointer.ts';
import { annotatedPlace, type ViewAnnotations } from './annotations.ts';
import { FieldFindings } from './FieldFindings.tsx';

const NUMBER = /^[-+]?[\d,，]+(\.\d+)?%?$/;

function Part({
  pointer,
  label,
  annotations,
  children,
}: {
  pointer: string;
  label: string;
  annotations?: ViewAnnotations | undefined;
  children: ReactNode;
}) {
  const { findings, props } = annotatedPlace(annotations, pointer, label, 'disclosure-part');
  return (
    <section {...props}>
      {children}
      <FieldFindings findings={findings} />
      {annotations?.extra?.(pointer)}
    </section>
  );
}

export function DisclosureView({
  form,
  annotations,
}: {
  form: Disclosure;
  annotations?: ViewAnnotations | undefined;
}) {
  const contents = [
    ...form.sections.map((s, i) => ({ pointer: pointerOf('sections', i), title: s.title })),
    ...form.tables.map((t, i) => ({ pointer: pointerOf('tables', i), title: t.title })),
  ];
  return (
    <div className="official-form disclosure">
      <h2 className="official-title">
        {form.title ?? `${form.department ?? ''}${form.year ?? ''}年部门预算公开`}
      </h2>
      {contents.length > 3 && (
        <nav className="disclosure-contents" aria-label="目录">
          <ol>
            {contents.map((c) => (
              <li key={c.pointer}>
                <a href={`#${fieldDomId(c.pointer)}`}>{c.title || '（无标题）'}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {form.sections.map((s, i) => (
        <Part key={`s${i}`} pointer={pointerOf('sections', i)} label={s.title} annotations={annotations}>
          <h3>{s.title}</h3>
          <p className="pre">{s.text}</p>
        </Part>
      ))}
      {form.tables.map((t, i) => (
        <Part key={`t${i}`} pointer={pointerOf('tables', i)} label={t.title} annotations={annotations}>
          {/* The caption sits outside the scrolling frame: inside it, a phone cut it at the frame's edge. */}
          <div className="official-caption" id={`disclosure-table-${i}`}>
            {t.title}
            {t.unit ? `（单位：${t.unit}）` : ''}
          </div>
          <div className="official-scroll">
            <table className="official-table" aria-labelledby={`disclosure-table-${i}`}>
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
                      <td key={k} className={NUMBER.test(String(c ?? '').trim()) ? 'money' : undefined}>
                        {c}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Part>
      ))}
    </div>
  );
}
