import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-13.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { renderMessage } from '../render.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

// corpus 035 (安徽 池州, 2024): the 三公 table and the text's figures (10 / 78.7 = 43 + 35.7 / 240, 328.7).
const TABLE = {
  threePublic: '328.7',
  threePublicAbroad: '10',
  threePublicVehicles: '78.7',
  threePublicVehiclePurchase: '43',
  threePublicVehicleOperation: '35.7',
  threePublicReception: '240',
};
const withText = (statedInText: Record<string, string>): Disclosure => ({
  ...makeDisclosure(),
  sections: [{ title: '说明', text: '“三公”经费支出预算为328.7万元。' }],
  figures: { ...TABLE },
  statedInText,
});

describe('R-PUB-13', () => {
  it('passes text that restates the table (035)', () => {
    expect(run(withText({ ...TABLE }))).toEqual([]);
  });
  it('names two parts swapped between the table and the text', () => {
    const r = run(withText({ ...TABLE, threePublicAbroad: '240', threePublicReception: '10' }));
    expect(r.map((x) => renderMessage(rule.meta.messages[x.messageId]!, x.data ?? {}))).toEqual([
      '说明中因公出国（境）费为 240 万元、公务接待费为 10 万元，报表中恰好相反（因公出国（境）费 10 万元、公务接待费 240 万元）：两项金额写反了，请核对',
    ]);
  });
  it('names a part the text states otherwise, in 万元 whatever unit the text wrote (35.7万元 = 357000元)', () => {
    expect(run(withText({ ...TABLE, threePublicVehicleOperation: '35.7' }))).toEqual([]);
    expect(
      run(withText({ ...TABLE, threePublicVehicleOperation: '37' })).map((x) => [x.messageId, x.path]),
    ).toEqual([['differs', '/figures/threePublicVehicleOperation']]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'the text restates the table (corpus 035)', form: withText({ ...TABLE }) }],
  invalid: [
    {
      name: '接待 and 出国 swapped in the text',
      form: withText({ ...TABLE, threePublicAbroad: '240', threePublicReception: '10' }),
      errors: [{ messageId: 'swapped', path: '/figures/threePublicAbroad' }],
    },
  ],
});

describe('R-PUB-13 at the precision the text prints', () => {
  // A 说明 in 万元 to two decimals over tables in 元 (18,976,755.10 元 = 18976.7551 万元; fresh/643).
  const inYuan = (stated: string): Disclosure => ({
    ...makeDisclosure(),
    sections: [{ title: '说明', text: `财政拨款收入${stated}万元。` }],
    figures: { incomeFiscal: '18976.7551' },
    statedInText: { incomeFiscal: stated },
  });
  it('takes a figure rounded to its printed places as the table’s', () => {
    expect(run(inYuan('18976.76'))).toEqual([]);
    expect(run(inYuan('18977'))).toEqual([]);
  });
  it('finds a figure off by more than half its last printed digit', () => {
    expect(run(inYuan('18976.77')).map((x) => x.messageId)).toEqual(['differs']);
    expect(run(inYuan('18976.7')).map((x) => x.messageId)).toEqual(['differs']);
  });
});
