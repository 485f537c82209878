import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { levelAt, keyed } from './evaluation-text.ts';
import { readBrokenHeader } from './broken-header-words.ts';

describe('an indicator header whose two-line headings came line by line', () => {
  it('joins each top piece with the bottom piece that completes it, in the order of the top pieces', () => {
    const words =
      '一级 指标 二级 指标名称 年初指 年终完 自评 复核 指标 (三级指标) 标值 成值 分 分 数量指标 采购'.split(
        ' ',
      );
    expect(readBrokenHeader(words)).toEqual({
      columns: ['level1', 'level2', 'name', 'target', 'actual', 'score', 'review'],
      taken: 14,
    });
  });

  it('reads a note cut into words of its own as a note', () => {
    const words = '二级 指标名称 年初指 自评 指标 ( 三级指标 ) 标值 分'.split(' ');
    expect(readBrokenHeader(words)?.columns).toEqual(['level2', 'name', 'target', 'score']);
  });

  it('is no header where no heading was broken, or a piece is never completed', () => {
    expect(readBrokenHeader('一级指标 二级指标 三级指标 年度指标值 实际完成值'.split(' '))).toBeNull();
    expect(readBrokenHeader('一级 指标 二级 指标名称 年初指 年终完 数量'.split(' '))).toBeNull();
  });
});

describe('figures and levels as a PDF text layer spaces them', () => {
  it('ends a figure with the unit printed a space after it (10 台套): no row opens with it', () => {
    const rows = readFusedRows(
      atomsOf(['采购设备 10 台套 10 台套 培训人员 20 人 20 人']),
      ['name', 'target', 'actual'],
      {
        maxWeight: null,
      },
    );
    expect(rows.map((r) => [r.name, r.cells.target, r.cells.actual])).toEqual([
      ['采购设备', '10台套', '10台套'],
      ['培训人员', '20人', '20人'],
    ]);
  });

  it('takes a level’s points printed without brackets (数量指标 15 分) with the level', () => {
    const seg = keyed('数量指标 15 分 采购设备');
    expect(levelAt(seg, 0)).toMatchObject({ name: '数量指标', weight: '15' });
    expect(levelAt(keyed('数量指标 15 分值'), 0)?.weight).toBeNull();
  });

  it('reads the 项目绩效 rows of the corpus copy (广水 wide/180) under its broken header', async () => {
    const data = readFileSync(new URL('../../test/corpus/wide/180_selfeval.txt', import.meta.url));
    const out = await importBuffer(new Uint8Array(data), '180_selfeval.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    const row = e.indicators.find((i) => i.name === '采购设备');
    expect([row?.target.raw, row?.actual.raw]).toEqual(['10台套', '10台套']);
  });
});
