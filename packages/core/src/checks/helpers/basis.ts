// 指标值确定依据: the five standards (FASP2 指标库, DOMAIN §1.5) and what else people write in that cell.
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import { toHalfWidth } from '../../value/normalize.ts';
import { isBlank, squash } from './text.ts';

export const BASIS_STANDARDS = ['计划标准', '行业标准', '历史标准', '预算支出标准', '其他标准'] as const;
export type BasisStandard = (typeof BASIS_STANDARDS)[number];

export type BasisReading =
  | { kind: 'standard'; standard: BasisStandard }
  | { kind: 'alias'; standard: BasisStandard; written: string }
  | { kind: 'missing' }
  | { kind: 'value' | 'description' | 'valueType' | 'other'; written: string };

const ALIASES: Record<string, BasisStandard> = { 国家标准: '行业标准' };
/**
 * Words that name a standard by its meaning rather than its name (templates with a free-text 依据 column):
 * last year's actual or historical data is 历史标准, the approved budget or a spending quota 预算支出标准, the
 * work plan 计划标准 (FASP2's definitions of the five). A source that is no standard (问卷调查, 领导要求) is not here.
 */
const MEANT: readonly (readonly [RegExp, BasisStandard])[] = [
  [/^(?:上年|上一年|去年|往年|历年|以前年度|近[二两三五2-5]年)度?(?:实际|完成|数据|水平|平均)/, '历史标准'],
  [/^历史(?:数据|水平|数值)$/, '历史标准'],
  [/^(?:预算批复|批复预算|预算安排|支出定额|预算定额)$/, '预算支出标准'],
  [/^(?:年度|项目)?(?:工作)?计划(?:任务)?$/, '计划标准'],
];
const GRADE =
  /^(完成|基本完成|确保完成|良好|优秀?|较好|满意|达标|合格|提升|有所提升|明显|显著|健全|规范|相符|合理|科学|到位)$/;

/** Reads a basis cell. A trailing note in brackets (计划标准（2024年工作计划）) is allowed. */
export function readBasis(text: string | null | undefined): BasisReading {
  if (isBlank(text)) return { kind: 'missing' };
  const written = squash(text);
  const core = toHalfWidth(written)
    .replace(/\(.*\)$/, '')
    .replace(/^财政部(门)?认可的/, '');
  const standard = BASIS_STANDARDS.find((s) => s === core);
  if (standard) return { kind: 'standard', standard };
  const alias = ALIASES[core];
  if (alias) return { kind: 'alias', standard: alias, written };
  const meant = MEANT.find(([words]) => words.test(core))?.[1];
  if (meant) return { kind: 'alias', standard: meant, written };
  if (/^定[性量]/.test(core)) return { kind: 'valueType', written };
  if (/^(反映|用于|指|是指|衡量|考核|评价|主要|通过|按照|根据)/.test(core) && core.length > 4)
    return { kind: 'description', written };
  const asValue = parseIndicatorValue(written);
  if (
    (asValue.kind === 'quantitative' && asValue.problem == null) ||
    GRADE.test(core) ||
    /[≥≤<>=]\d/.test(core)
  )
    return { kind: 'value', written };
  return { kind: 'other', written };
}

/** True when the basis names 历史标准. */
export function isHistoryBasis(text: string | null | undefined): boolean {
  const b = readBasis(text);
  return b.kind === 'standard' && b.standard === '历史标准';
}
