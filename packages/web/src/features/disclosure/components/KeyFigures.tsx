// The figures a reader looks for first, from the published disclosure (computed when it was generated).
// Plain HTML: the public page renders them from its small bundle.
import type { Disclosure } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';

const ITEMS: Array<[string, string]> = [
  ['income', '收支总预算'],
  ['basicExpenditure', '基本支出'],
  ['projectExpenditure', '项目支出'],
  ['threePublic', '“三公”经费'],
  ['operatingCosts', '机关运行经费'],
  ['procurement', '政府采购预算'],
];

export function KeyFigures({ disclosure }: { disclosure: Disclosure }) {
  const f = disclosure.figures;
  return (
    <section className="public-card" aria-label="预算要点">
      <h2 className="public-card-title">{disclosure.year ?? ''}年预算要点（单位：万元）</h2>
      <dl className="public-facts key-figures">
        {ITEMS.filter(([k]) => f[k] != null).map(([k, label]) => (
          <div key={k}>
            <dt>{label}</dt>
            <dd data-testid={`figure-${k}`}>{formatWan(f[k])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
