import { describe, expect, it } from 'vitest';
import { rule } from './r-pub-03.ts';
import { makeDisclosure, withCell } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure } from '../../model/disclosure.ts';

const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-03', () => {
  it('passes when 合计 = 出国 + 用车 + 接待', () => expect(run(makeDisclosure())).toEqual([]));
  it('finds a 合计 that is not the sum of its parts', () => {
    expect(run(withCell(makeDisclosure(), 2, 0, 1, '4.00')).map((x) => [x.messageId, x.path])).toEqual([['mismatch', '/tables/2/rows/0/1']]);
  });
  it('finds 公务用车购置及运行维护费 ≠ 购置 + 运行维护', () => {
    const r = run(withCell(makeDisclosure(), 2, 3, 1, '0.50'));
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['mismatch', '/tables/2/rows/2/1']]);
  });
});
