import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule, defaultRequiredTables } from './r-pub-05.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Disclosure, DisclosureTable } from '../../model/disclosure.ts';

const table = (
  title: string,
  rows: string[][] = [['', '合计', '0.00']],
  note: string | null = null,
): DisclosureTable => ({ title, unit: '万元', columns: ['编码', '名称', '金额'], rows, note });
const complete = (): Disclosure => ({
  ...makeDisclosure(),
  tables: defaultRequiredTables.map((t) => table(t)),
});
const run = (f: Disclosure) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-PUB-05', () => {
  it('passes when every required table is there', () => expect(run(complete())).toEqual([]));
  it('accepts a qualified title and numbering (7.一般公共预算基本支出表（经济分类款级）)', () => {
    const d = complete();
    d.tables[6] = table('7.一般公共预算基本支出表（经济分类款级）');
    expect(run(d)).toEqual([]);
  });
  it('finds a missing table; the 项级 table does not stand in for 一般公共预算支出表', () => {
    const d = complete();
    d.tables.splice(4, 1);
    expect(run(d).map((r) => [r.messageId, r.data?.table])).toEqual([['missingTable', '一般公共预算支出表']]);
  });
  it('finds an empty table without a remark, and accepts one with it', () => {
    const d = complete();
    d.tables[8] = table('政府性基金预算支出表', []);
    expect(run(d).map((r) => [r.messageId, r.path])).toEqual([['emptyWithoutNote', '/tables/8']]);
    d.tables[8] = table('政府性基金预算支出表', [], '本部门没有政府性基金预算财政拨款预算安排的支出');
    expect(run(d)).toEqual([]);
  });
  it('uses the list configured for the region and year', () => {
    const d = complete();
    expect(
      rule
        .check(d, {
          siblings: [d],
          options: { ...defaultCheckOptions, requiredDisclosureTables: ['国有资本经营预算支出表'] },
        })
        .map((r) => r.data?.table),
    ).toEqual(['国有资本经营预算支出表']);
  });
  it('does not ask a part of a package (partial) for the tables it was cut from, but still for the note of an empty one', () => {
    const part: Disclosure = {
      ...makeDisclosure(),
      partial: true,
      tables: [table('一般公共预算“三公”经费支出表'), table('政府性基金预算支出表', [])],
    };
    expect(run(part).map((r) => [r.messageId, r.path])).toEqual([['emptyWithoutNote', '/tables/1']]);
    expect(run({ ...part, partial: undefined }).filter((r) => r.messageId === 'missingTable')).toHaveLength(
      7,
    );
  });
});

ruleTester(rule, {
  valid: [{ name: 'every required table there', form: complete() }],
  invalid: [
    {
      name: 'an empty table without a remark',
      form: (() => {
        const d = complete();
        d.tables[8] = table('政府性基金预算支出表', []);
        return d;
      })(),
      errors: [{ messageId: 'emptyWithoutNote', path: '/tables/8' }],
    },
  ],
});
