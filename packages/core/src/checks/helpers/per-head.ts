// An amount a text derives from a head count and a per-head standard (慰问对象120人，慰问标准300元/人 → 36000
// 元), and the amounts in 元 or 万元 the same text states — read so that an amount written in the wrong unit
// (3.6元 for 120 × 300 = 36000 元 = 3.6万元) can be told from an amount that is simply another figure.
import { Decimal } from '../../money/decimal.ts';
import { sentences } from './disclosure-text.ts';

const NUM = '(\\d+(?:\\.\\d+)?)';

export interface PerHead {
  count: string;
  standard: string;
  /** count × standard, in 元. */
  product: Decimal;
  sentence: string;
}

export interface StatedAmount {
  amount: string;
  unit: '元' | '万元';
  sentence: string;
}

/** In one sentence: a head count (120人) and a standard per head (300元/人, 300/人, 每人300元). */
export function readPerHead(text: string): PerHead[] {
  const out: PerHead[] = [];
  const countRe = new RegExp(`${NUM}(?:人|名)(?![\\/／次天日])`, 'g');
  const standardRe = new RegExp(
    `(?:标准|每人|人均)[^\\d，,。；]{0,4}${NUM}元?[\\/／]人|每人[^\\d，,。；]{0,4}${NUM}元`,
  );
  for (const sentence of sentences(text)) {
    const s = standardRe.exec(sentence);
    if (!s) continue;
    const standard = s[1] ?? s[2]!;
    // The count is a figure of its own, not the standard's "/人".
    const counts = [...sentence.matchAll(countRe)].filter(
      (m) => m.index < s.index || m.index >= s.index + s[0].length,
    );
    if (counts.length !== 1) continue;
    const count = counts[0]![1]!;
    out.push({ count, standard, product: new Decimal(count).mul(standard), sentence });
  }
  return out;
}

/** Amounts of money a text states, with the unit written (万元 or 元), by sentence. */
export function readStatedAmounts(text: string): StatedAmount[] {
  const out: StatedAmount[] = [];
  const re = new RegExp(`${NUM}(万?)元(?![\\/／])`, 'g');
  for (const sentence of sentences(text))
    for (const m of sentence.matchAll(re)) out.push({ amount: m[1]!, unit: m[2] ? '万元' : '元', sentence });
  return out;
}

/**
 * An amount whose written unit is off by 万 against the count × standard of the same text: 3.6元 where
 * 120 × 300 = 36000 元 (3.6万元), or 36000万元 where it is 36000 元. The amount itself is never the product.
 */
export function unitSlips(
  text: string,
): Array<{ perHead: PerHead; stated: StatedAmount; meant: '元' | '万元' }> {
  const perHeads = readPerHead(text);
  if (perHeads.length === 0) return [];
  const out: Array<{ perHead: PerHead; stated: StatedAmount; meant: '元' | '万元' }> = [];
  for (const stated of readStatedAmounts(text)) {
    const inYuan = new Decimal(stated.amount).mul(stated.unit === '万元' ? 10000 : 1);
    for (const perHead of perHeads) {
      if (inYuan.eq(perHead.product)) break; // the text's figure is right
      if (stated.unit === '元' && inYuan.mul(10000).eq(perHead.product))
        out.push({ perHead, stated, meant: '万元' });
      if (stated.unit === '万元' && inYuan.div(10000).eq(perHead.product))
        out.push({ perHead, stated, meant: '元' });
    }
  }
  return out;
}
