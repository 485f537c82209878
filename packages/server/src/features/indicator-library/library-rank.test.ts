// Ranking library entries: name likeness first, then the project's sector, then use; the editor's
// merged list with the approved forms' names.
import { describe, expect, it } from 'vitest';
import {
  categoryAffinity,
  level2Matches,
  rankEntries,
  textScore,
  type RankableEntry,
} from './library-rank.ts';
import { mergeSuggestions } from './merge-suggestions.ts';
import type { LibraryEntry } from '@jixiao/core/contracts';

const entry = (name: string, sector: string, uses = 0, definition: string | null = null): RankableEntry => ({
  name,
  definition,
  sector,
  field: null,
  level2: '服务对象满意度指标',
  uses,
});

describe('rankEntries', () => {
  const entries = [
    entry('患者满意度', '卫生健康'),
    entry('家长满意度', '教育'),
    entry('农村公路新改建里程', '交通运输'),
    entry('受益农户满意度', '农业农村', 5),
  ];
  it('drops names unlike the query and keeps the alike', () => {
    const names = rankEntries(entries, { q: '满意度' }).map((e) => e.name);
    expect(names).not.toContain('农村公路新改建里程');
    expect(names).toHaveLength(3);
  });
  it('puts the most used first when nothing else tells them apart', () => {
    expect(rankEntries(entries, { q: '满意度' })[0]!.name).toBe('受益农户满意度');
  });
  it('puts the project category’s sector first', () => {
    expect(rankEntries(entries, { q: '满意度', category: '教育类项目' })[0]!.name).toBe('家长满意度');
    expect(rankEntries(entries, { q: '满意度', category: '医疗服务' })[0]!.name).toBe('患者满意度');
  });
  it('finds an entry by a word of its definition, below one found by its name', () => {
    const withDef = [
      entry('居民健康素养水平', '卫生健康', 0, '具备基本健康素养的居民占监测人群的比例'),
      entry('监测人群覆盖', '共性'),
    ];
    const out = rankEntries(withDef, { q: '监测人群' });
    expect(out.map((e) => e.name)).toEqual(['监测人群覆盖', '居民健康素养水平']);
    expect(textScore('监测人群', withDef[0]!)).toBeLessThan(textScore('监测人群', withDef[1]!));
  });
});

describe('categoryAffinity and level2Matches', () => {
  it('knows a sector by its usual words, and nothing without a category', () => {
    expect(categoryAffinity('乡村振兴衔接资金', { sector: '农业农村', field: null })).toBe(1);
    expect(categoryAffinity('公路养护', { sector: '教育', field: null })).toBe(0);
    expect(categoryAffinity(undefined, { sector: '教育', field: null })).toBe(0);
    expect(categoryAffinity('培训类', { sector: '共性', field: '培训类' })).toBe(1);
  });
  it('matches 二级指标 with or without 指标 and 成本 within 经济成本', () => {
    expect(level2Matches('数量指标', '数量')).toBe(true);
    expect(level2Matches('成本指标', '经济成本指标')).toBe(true);
    expect(level2Matches('数量指标', '质量指标')).toBe(false);
  });
});

describe('mergeSuggestions', () => {
  const lib = (name: string, score: number, usualValue: string | null): LibraryEntry & { score: number } => ({
    id: `00000000-0000-4000-8000-00000000000${name.length}`,
    sector: '共性',
    field: null,
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name,
    definition: `${name}的定义`,
    formula: null,
    unit: '%',
    direction: '≥',
    usualValue,
    scoring: null,
    dataSource: null,
    sourceTitle: '101号',
    sourceUrl: null,
    origin: 'builtin',
    uses: 0,
    updatedAt: '',
    score,
  });
  const used = {
    name: '服务对象 满意度',
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    uses: 4,
    values: [{ raw: '≥95%', count: 4 }],
    unit: '%',
    basis: '计划标准',
    score: 0.7,
  };
  it('folds a name known to both into the library entry with the forms’ values and use', () => {
    const out = mergeSuggestions([used], [lib('服务对象满意度', 0.7, '≥90%')], 5);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ definition: '服务对象满意度的定义', uses: 4, basis: '计划标准' });
    expect(out[0]!.values).toEqual([{ raw: '≥95%', count: 4 }]);
  });
  it('offers a library entry’s usual value only when it is a number', () => {
    const out = mergeSuggestions([], [lib('项目总成本', 0.9, '≤预算数'), lib('满意度', 0.8, '≥90%')], 5);
    expect(out.map((s) => s.values)).toEqual([[], [{ raw: '≥90%', count: 0 }]]);
  });
  it('keeps names of approved forms the library lacks, after an equally alike library entry', () => {
    const out = mergeSuggestions([{ ...used, name: '群众满意率' }], [lib('满意度', 0.7, null)], 5);
    expect(out.map((s) => [s.name, s.libraryId === null])).toEqual([
      ['满意度', false],
      ['群众满意率', true],
    ]);
  });
});
