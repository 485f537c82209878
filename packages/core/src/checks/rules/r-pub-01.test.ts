import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-01.ts';
import { makeDisclosure, withCell } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Form } from '../../model/form.ts';

const run = (f: Form) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-01', () => {
  it('passes a consistent 部门收支总表', () => expect(run(makeDisclosure())).toEqual([]));
  it('finds an income item that does not add up to 本年收入合计', () => {
    const r = run(withCell(makeDisclosure(), 0, 0, 1, '990.00'));
    expect(r.map((x) => [x.messageId, x.path])).toContainEqual(['sumMismatch', '/tables/0/rows/8/1']);
  });
  it('finds economic classes that do not add up', () => {
    const r = run(withCell(makeDisclosure(), 0, 2, 3, '450.00'));
    expect(r.map((x) => x.messageId)).toContain('sumMismatch');
    expect(r[0]!.path).toBe('/tables/0/rows/8/3');
  });
  it('finds a 其中 block that does not add up to its head', () => {
    const r = run(withCell(makeDisclosure(), 0, 5, 3, '90.00'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['sumMismatch', '/tables/0/rows/3/3']]);
  });
  it('finds functional classes that do not add up', () => {
    const r = run(withCell(makeDisclosure(), 0, 1, 5, '99.00'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['sumMismatch', '/tables/0/rows/8/5']]);
  });
  it('finds 收入总计 ≠ 支出总计', () => {
    const d = withCell(withCell(makeDisclosure(), 0, 10, 3, '1001.00'), 0, 10, 1, '1000.00');
    expect(run(d).map((x) => x.messageId)).toContain('totalsDiffer');
  });
});

ruleTester(rule, {
  valid: [{ name: 'a consistent 部门收支总表', form: makeDisclosure() }],
  invalid: [
    {
      name: 'a 其中 block that does not add up to its head',
      form: withCell(makeDisclosure(), 0, 5, 3, '90.00'),
      errors: [{ messageId: 'sumMismatch', path: '/tables/0/rows/3/3', severity: 'error' }],
    },
  ],
});
