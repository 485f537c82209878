// A 自评表 published as a result sheet (湖北's 项目自评结果: 一、自评结论, then the indicator table) states its funds
// and its score in sentences instead of a budget block: …实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算
// 执行率99%。 and 综合评价得分为 99.8分。 Read where the form prints no budget block and no total of its own.
import type { EvaluationBudget } from '@jixiao/core';

/** An amount in 万元 after the words of money given (预算, 下达, 安排, 批复): no clause mark between them. */
const GIVEN = /(?:预算|下达|安排|批复)[^\d。；;，,：:]{0,6}?(\d+(?:\.\d+)?)\s*万元/u;
/** An amount in 万元 after the words of money spent (支出, 执行数, 使用) — after the amount given, in its sentence. */
const SPENT = /(?:支出|执行数|执行了|使用)[^\d。；;，,：:]{0,4}?(\d+(?:\.\d+)?)\s*万元/u;
/** The rate the sentence prints after both amounts: 执行率99%, 执行率为 100%. */
const RATE = /执行率(?:为|是|达)?\s*(\d+(?:\.\d+)?[%％])/u;
/** The score a conclusion states: 综合评价得分为 99.8分, 自评得分为96分. */
const STATED_SCORE = /(?:评价|自评)得分(?:为|是)\s*(\d+(?:\.\d+)?)\s*分/u;

export type SentenceFunds = Pick<EvaluationBudget, 'annual' | 'executed' | 'rate'>;

/**
 * The year's budget, the amount spent and the rate one sentence states, the amount given first: null unless one
 * sentence gives both amounts (a sentence of one amount may be any sum — a balance, a part, a standard).
 */
export function fundsInSentences(texts: readonly string[]): SentenceFunds | null {
  for (const text of texts)
    for (const sentence of text.split(/[。！？]/u)) {
      const given = GIVEN.exec(sentence);
      if (!given) continue;
      const after = sentence.slice(given.index + given[0].length);
      const spent = SPENT.exec(after);
      if (!spent) continue;
      const rate = RATE.exec(after.slice(spent.index + spent[0].length))?.[1] ?? null;
      return { annual: given[1]!, executed: spent[1]!, rate };
    }
  return null;
}

/** The score a sentence states (综合评价得分为 99.8分); null where none does. */
export function scoreInSentences(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = STATED_SCORE.exec(text);
    if (m) return m[1]!;
  }
  return null;
}
