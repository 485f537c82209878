import { subjectRuleTester } from '../rule-tester.ts';
import { describe, expect, it } from 'vitest';
import { rule } from './r-bud-01.ts';
import { makeBudget } from '../../budget/test-budget.ts';

const run = (mutate: (b: ReturnType<typeof makeBudget>) => void) => {
  const b = makeBudget();
  mutate(b);
  return rule.check({ kind: 'budget', budget: b }).map((r) => [r.messageId, r.path]);
};

describe('R-BUD-01', () => {
  it('passes when every code exists with its own name', () => expect(run(() => {})).toEqual([]));
  it('finds an unknown code', () =>
    expect(run((b) => void (b.functional[0]!.code = '2010398'))).toEqual([
      ['unknownCode', '/functional/0/code'],
    ]));
  it('finds a name that does not match its code', () =>
    expect(run((b) => void (b.economic[0]!.name = '奖金'))).toEqual([['nameDiffers', '/economic/0/name']]));
  it('finds a code of the wrong shape', () =>
    expect(run((b) => void (b.economic[1]!.code = '2010'))).toEqual([['badStructure', '/economic/1/code']]));
  it('notes an older name and a functional line above 项 level', () => {
    expect(
      run((b) => b.functional.push({ ...b.functional[0]!, code: '208', name: '社会保障和就业' })),
    ).toEqual([
      ['aliasName', '/functional/2/name'],
      ['notItemLevel', '/functional/2/code'],
    ]);
  });
  it('checks the parallel 政府预算 economic code by structure and existence', () => {
    expect(run((b) => void (b.economic[0]!.govCode = '50101'))).toEqual([]);
    expect(run((b) => void (b.economic[0]!.govCode = '30101'))).toEqual([
      ['badStructure', '/economic/0/govCode'],
    ]);
    expect(run((b) => void (b.economic[0]!.govCode = '50198'))).toEqual([
      ['unknownCode', '/economic/0/govCode'],
    ]);
  });
});

subjectRuleTester(rule, {
  valid: [{ name: 'every code exists with its own name', subject: { kind: 'budget', budget: makeBudget() } }],
  invalid: [
    {
      name: 'an unknown functional code',
      subject: (() => {
        const b = makeBudget();
        b.functional[0]!.code = '2010398';
        return { kind: 'budget' as const, budget: b };
      })(),
      errors: [{ messageId: 'unknownCode', path: '/functional/0/code', severity: 'error' }],
    },
  ],
});
