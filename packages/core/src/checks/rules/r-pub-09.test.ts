import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-09.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });
const withSection = (text: string): Disclosure => ({
  ...makeDisclosure(),
  sections: [{ title: '五、一般公共预算财政拨款支出预算情况', text }],
});

const consistent =
  '2025年一般公共预算财政拨款支出预算1000.00万元，比2024年预算减少50.00万元，下降4.76%。\n' +
  '（一）基本支出600.00万元，比2024年预算减少60.00万元，下降9.09%。其中：\n' +
  '1. 人员经费500.00万元。\n' +
  '（二）项目支出400.00万元，比2024年预算增加10.00万元，增长2.56%。';

describe('R-PUB-09', () => {
  it('passes when the parts’ changes add up to the total’s change (−60 + 10 = −50)', () => {
    expect(run(withSection(consistent))).toEqual([]);
  });
  it('passes when a part is unchanged (持平) and the rest carries the change', () => {
    const text =
      '2025年“三公”经费预算3.00万元，比2024年预算减少1.00万元，下降25.00%。其中：\n' +
      '1. 因公出国（境）经费预算0.00万元，与2024年预算持平。\n' +
      '2. 公务用车购置及运行维护费2.00万元，与2024年预算持平。\n' +
      '3. 公务接待费预算1.00万元，比2024年预算减少1.00万元，下降50.00%。';
    expect(run(withSection(text))).toEqual([]);
  });
  it('finds parts whose changes do not add up (−60 + 12 ≠ −50)', () => {
    const r = run(withSection(consistent.replace('增加10.00万元，增长2.56%', '增加12.00万元，增长3.09%')));
    expect(r.map((x) => [x.messageId, x.path, x.data?.sum])).toEqual([
      ['partsDisagree', '/sections/0/text', '-48.00'],
    ]);
  });
  it('ignores listed items that are not parts of the total (their amounts do not make it up)', () => {
    expect(run(withSection(consistent.replace('（二）项目支出400.00', '（二）项目支出300.00')))).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'the parts’ changes add up to the total’s change', form: withSection(consistent) }],
  invalid: [
    {
      name: 'the parts’ changes do not add up to the total’s change',
      form: withSection(consistent.replace('减少60.00万元，下降9.09%', '减少70.00万元，下降10.45%')),
      errors: [{ messageId: 'partsDisagree', path: '/sections/0/text' }],
    },
  ],
});
