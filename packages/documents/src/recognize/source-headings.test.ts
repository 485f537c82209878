import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { headedSourcesTotal, splitPartsTotal, splitSpacedSource } from './source-headings.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Made for these tests in the shape of a district's 项目支出绩效目标申报表 copied as text: the 资金来源 as an
// indented list under headings （一）（二）（三）, each with its subtotal, and no total printed.
const form = (sources: string[]) =>
  [
    '项目支出绩效目标申报表',
    '(2021年度)',
    '项目名称 某某补助',
    '预算单位 区某某局',
    '项目资金(万元) 年度资金总额 金额(万元)',
    ...sources,
    '',
    '年度目标',
    '为符合条件的对象发放补助。',
  ].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error(out.ok ? 'no project form read' : out.error.message);
  return f;
};

describe('资金来源 under headings （一）（二）… with no total', () => {
  it('takes the sum of the headed subtotals as the budget, each source with its amount', async () => {
    const f = await read(
      form([
        '   (一)财政拨款小计 6.30',
        '       1、一般公共预算 6.30',
        '       2、政府性基金 0.00',
        '   (二)自有资金小计 1.20',
        '       1、事业收入 1.20',
        '   (三)其他收入 0.00',
      ]),
    );
    expect(f.budget.total).toBe('7.5');
    expect(f.budget.sources.slice(0, 2)).toEqual([
      { name: '财政拨款小计', amount: '6.30' },
      { name: '一般公共预算', amount: '6.30' },
    ]);
  });

  it('takes no total from a single heading (a part, not the whole)', async () => {
    const f = await read(form(['   (一)财政拨款小计 6.30', '       1、一般公共预算 6.30']));
    expect(f.budget.total).toBeNull();
  });
});

describe('the helpers', () => {
  it('sums only when every heading has its figure', () => {
    expect(headedSourcesTotal(['6.30', '0.00', '1.25'])).toBe('7.55');
    expect(headedSourcesTotal(['6.30', null])).toBeNull();
  });

  it('totals a transfer’s split between the centre and the place, the centre’s part filled', () => {
    expect(
      splitPartsTotal([
        { name: '中央补助', amount: '50.29' },
        { name: '地方资金', amount: null },
      ]),
    ).toBe('50.29');
    expect(
      splitPartsTotal([
        { name: '中央资金', amount: '871' },
        { name: '地方资金', amount: '1509.91' },
      ]),
    ).toBe('2380.91');
    // The place's part alone says nothing of the centre's: no total.
    expect(splitPartsTotal([{ name: '地方资金', amount: '20' }])).toBeNull();
    // Parts of two splits are no one split.
    expect(
      splitPartsTotal([
        { name: '财政拨款', amount: '10' },
        { name: '地方资金', amount: '5' },
      ]),
    ).toBeNull();
  });

  it('splits a name from a trailing figure, never a figure from a figure', () => {
    expect(splitSpacedSource('财政拨款小计 6.30')).toEqual(['财政拨款小计', '6.30']);
    expect(splitSpacedSource('中央资金 12万元')).toEqual(['中央资金', '12万元']);
    expect(splitSpacedSource('2021 6.30')).toBeNull();
    expect(splitSpacedSource('财政拨款')).toBeNull();
  });
});
