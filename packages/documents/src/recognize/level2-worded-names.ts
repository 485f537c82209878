// Indicator names worded like a 二级 (指标名称 repeating its 二级, or a longer wording of it), read in a table copied
// one cell per line, where a 二级's word and a 三级's look alike: what decides is what stands around the word.
import { canonicalLevel2, frameworks } from '@jixiao/core';
import { lexiconKey } from './lexicon.ts';

/** A 二级's words without its closing 指标. */
const stem = (text: string) => lexiconKey(text).replace(/指标$/, '');

/** The characters two words end alike with. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Whether `written` is another wording of the 二级 `given` (服务对象或受益者满意度指标 of 服务对象满意度指标), not the
 * same words: the same 二级 in one of the trees, or the same measure its last words name (满意度; sibling 二级s
 * share less: 社会效益 / 经济效益, 数量 / 质量).
 */
export function rewordsLevel2(given: string, written: string): boolean {
  const a = stem(given);
  const b = stem(written);
  if (a === b) return false;
  if (sharedEnd(a, b) >= 3) return true;
  // 社会成本指标 under 成本指标: the given 二级's whole words closing a longer word — a kind of what the 二级 counts
  // (the 二级 of 成本指标 as a 一级 in the newer tree), printed as the 三级 of a form that keeps 成本指标 a 二级.
  if (a.length >= 2 && b.length > a.length && b.endsWith(a)) return true;
  return frameworks.some((fw) => {
    const c = canonicalLevel2(fw, null, lexiconKey(given));
    return c !== null && c === canonicalLevel2(fw, null, lexiconKey(written));
  });
}

/** A period written as a target (时效指标 | 全年): no indicator is named so. */
const PERIOD = /^(?:全年|全年度|年内|年度内|当年|本年度|年底前|年末前)$/;

export const isPeriodValue = (text: string): boolean => PERIOD.test(lexiconKey(text));
