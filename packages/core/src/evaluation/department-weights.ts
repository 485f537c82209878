// The weight scheme of a department-wide self-evaluation (部门整体绩效自评, DOMAIN.md §4). No source fixes its
// 一级 weights (🔶 design choice, configurable like R-EVAL-04): 预算执行率 10 and 90 points over the six 一级 of
// the Hubei department tree. A department form written with the project framework (产出/效益/满意度, seed 003)
// is scored with the project scheme.
import { DEFAULT_WEIGHT_SCHEME, level1Key, type WeightScheme } from './weights.ts';

export const DEPARTMENT_WEIGHT_SCHEME: WeightScheme = {
  id: 'dept-10-10-20-30-15-5-10',
  title:
    '部门整体：预算执行率 10 / 运行成本 10 / 管理效率 20 / 履职效能 30 / 社会效应 15 / 可持续发展能力 5 / 满意度 10（🔶 可配置）',
  execution: '10',
  groups: [
    { name: '运行成本', level1: ['运行成本'], weight: '10' },
    { name: '管理效率', level1: ['管理效率'], weight: '20' },
    { name: '履职效能', level1: ['履职效能'], weight: '30' },
    { name: '社会效应', level1: ['社会效应'], weight: '15' },
    { name: '可持续发展能力', level1: ['可持续发展能力'], weight: '5' },
    { name: '满意度', level1: ['满意度', '服务对象满意度'], weight: '10' },
  ],
  total: '100',
};

/**
 * The scheme for a set of indicators: the department scheme when every 一级 belongs to it, else the project
 * scheme (which reports any 一级 it does not know).
 */
export function weightSchemeFor(indicators: ReadonlyArray<{ level1: string | null }>): WeightScheme {
  const keys = new Set(DEPARTMENT_WEIGHT_SCHEME.groups.flatMap((g) => g.level1.map(level1Key)));
  const isDepartment = indicators.length > 0 && indicators.every((i) => keys.has(level1Key(i.level1)));
  return isDepartment ? DEPARTMENT_WEIGHT_SCHEME : DEFAULT_WEIGHT_SCHEME;
}
