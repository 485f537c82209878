// The weight scheme of a department-wide self-evaluation (部门整体绩效自评, DOMAIN.md §4): 预算执行率 10 and
// 90 points over the six 一级 of the Hubei department tree. A department form written with the project
// framework (产出/效益/满意度, seed 003) is scored with the project scheme.
//
// 🔶 DESIGN CHOICE, configurable like R-EVAL-04: no source found fixes these 一级 weights. What the stored
// public material says (search of 2026-11, pages/docs/code corpora):
// * For the Hubei tree (运行成本 / 管理效率 / 履职效能 / 社会效应 / 可持续发展能力 / 满意度) nothing with 分值
//   was found; its defining 鄂财绩发 document was not found either (DOMAIN open item 2).
// * Published 部门整体支出绩效评价指标表 use the older 投入 / 过程 / 产出 / 效果 frame (财预〔2013〕53号 style),
//   and their points differ from place to place, e.g. 投入 15 (目标设定 5 + 预算配置 10;
//   m.taodocs.com/p-534480183.html), 投入 13 with 在职人员控制率 5 and “三公经费”变动率 8
//   (m.51dongshi.net/eedfrcvdvdcgg.html), 投入 19 (a PDF copy,
//   yabovip8.sbs/html/2024/1115/8017113143006143.shtm),
//   产出 20 + 效果 25 = 部门绩效 45 with 预算管理 15 / 绩效管理 5 / 资产管理 5 (a document copy), and a 2017
//   得分表 with 部门决策 25 / 综合管理 30 (wanglu.net/thread/t12-491155-4.html). All are third-party copies,
//   none complete enough to rebuild one full split, and none is a scheme for the Hubei tree.
// * Whether the 53号 框架 itself gives weights was not checked (its text was not in the corpora), so no
//   投入/过程/产出/效果 scheme is offered here: its numbers would be as much a choice as the ones below.
// Note: SEED 002 also has 预算执行率 as a 三级 under 管理效率 / 预算执行, so with this scheme budget execution
// counts both as the separate 10 points and inside 管理效率's 20.
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
