// 一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则 (a budget pack's 财政支出绩效目标申报表): a template with two
// levels whose 二级 column holds the indicators themselves (资金到位率, 预算支出进度, 项目资金专项核算) and whose
// 指标内容 column says what each one measures (资金到位率=(实际到位资金/计划投入资金)×100%。, 预算支出进度是否达到
// 90%以上。). The lexicon reads 指标内容 as the indicator column, as most templates mean it (佳县's 一级指标 | 二级指标
// | 指标内容 | 指标值, where 指标内容 holds 新建标准化示范园面积). Which one a table means is told by its cells: 二级 cells
// that are no 二级 category (数量指标, 质量指标 …), each a different one, over 指标内容 cells that read as explanations.
import type { Indicator } from '@jixiao/core';
import { isLevelName } from './level-names.ts';

/** What an explanation of an indicator reads like: a formula, a question, a sentence closed by its stop. */
const EXPLANATION = /是否|[=＝]|[。；;]$/;

/** The indicators with their names taken from the 二级 column where that column holds them; else as they are. */
export function namesFromLevel2(indicators: Indicator[]): Indicator[] {
  if (indicators.length < 2) return indicators;
  const level2 = indicators.map((i) => i.level2?.trim() ?? '');
  if (level2.some((l) => l === '' || isLevelName(l) !== null)) return indicators;
  if (new Set(level2).size !== level2.length) return indicators;
  // Most of the 指标内容 cells explain (a name here and there may not): a majority, the first row among them.
  const explained = indicators.filter((i) => EXPLANATION.test((i.name ?? '').trim()));
  if (explained.length * 2 <= indicators.length || !EXPLANATION.test((indicators[0]!.name ?? '').trim()))
    return indicators;
  return indicators.map((i, k) => ({ ...i, name: level2[k]!, level2: null }));
}
