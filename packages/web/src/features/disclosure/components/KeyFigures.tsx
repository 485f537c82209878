// The figures a reader looks for first, from the published disclosure (computed when it was generated).
import type { Disclosure } from '@jixiao/core';
import { Descriptions } from 'antd';
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
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} title={`${disclosure.year ?? ''}年预算要点（单位：万元）`}>
      {ITEMS.filter(([k]) => f[k] != null).map(([k, label]) => (
        <Descriptions.Item key={k} label={label}>
          <span data-testid={`figure-${k}`}>{formatWan(f[k])}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
