// R-PUB-09: year-on-year statements agree with each other: where the parts listed under a total (（一）基本支出,
// （二）项目支出 …) make up that total this year, the changes stated for the parts add up to the change stated
// for the total (an inconsistent last-year figure shows here even when each percentage is right).
import { Decimal } from '../../money/decimal.ts';
import { readChanges, sentences } from '../helpers/disclosure-text.ts';
import { excerpt } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

interface Stated {
  amount: Decimal;
  /** Signed change against last year; null when the sentence states none. */
  delta: Decimal | null;
  sentence: string;
}

const MARKERS: Array<[string, RegExp]> = [
  ['paren', /^[（(][一二三四五六七八九十]+[）)]/],
  ['number', /^\d+[.、．]/],
];

function stated(sentence: string): Stated | null {
  const c = readChanges(sentence)[0];
  if (c)
    return {
      amount: new Decimal(c.amount),
      delta: new Decimal(c.delta).mul(c.direction === 'decrease' ? -1 : 1),
      sentence,
    };
  const flat = /(\d+(?:\.\d+)?)万元[，,]?与\d{4}年(?:预算)?持平/.exec(sentence);
  if (flat) return { amount: new Decimal(flat[1]!), delta: new Decimal(0), sentence };
  const amount = /(\d+(?:\.\d+)?)万元/.exec(sentence);
  return amount ? { amount: new Decimal(amount[1]!), delta: null, sentence } : null;
}

export const rule: Rule = {
  meta: {
    id: 'R-PUB-09',
    severity: 'warning',
    category: 'arithmetic',
    description: '公开说明中各组成部分的比上年增减额之和应等于总额的增减额',
    messages: {
      partsDisagree:
        '「{sentence}」：比上年增减 {whole} 万元，而所列各部分（{parts}）的增减额合计为 {sum} 万元：上年数据前后不一致，请核对上年预算数',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5.1',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.sections.forEach((section, si) => {
      const list = sentences(section.text);
      const wholeAt = list.findIndex(
        (s) => !MARKERS.some(([, re]) => re.test(s)) && readChanges(s).length > 0,
      );
      if (wholeAt < 0) return;
      const whole = stated(list[wholeAt]!)!;
      for (const [, marker] of MARKERS) {
        const parts = list
          .slice(wholeAt + 1)
          .filter((s) => marker.test(s))
          .map(stated);
        if (parts.length < 2 || parts.some((p) => p === null || p.delta === null)) continue;
        const ps = parts as Stated[];
        const thisYear = ps.reduce((a, p) => a.plus(p.amount), new Decimal(0));
        if (!thisYear.minus(whole.amount).abs().lte('0.01')) continue; // the parts are not this total's
        const sum = ps.reduce((a, p) => a.plus(p.delta!), new Decimal(0));
        if (sum.minus(whole.delta!).abs().gt('0.01'))
          reports.push({
            messageId: 'partsDisagree',
            path: `/sections/${si}/text`,
            data: {
              sentence: excerpt(whole.sentence, 40),
              whole: whole.delta!.toFixed(2),
              parts: ps.map((p) => p.delta!.toFixed(2)).join('、'),
              sum: sum.toFixed(2),
            },
          });
      }
    });
    return reports;
  },
};
