import { describe, expect, it } from 'vitest';
import { textMemoSizes } from '@jixiao/core';
import { importText } from '../import-document.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isLevelName } from './level-names.ts';
import { lexiconKey } from './lexicon.ts';
import { titleKind } from './titles.ts';

// The readers' memos (answers by text) live as long as the process: a server reads texts for months, each
// document bringing texts never seen again. Every memo must stay within its bound however many it reads.

/** A target form whose every name, unit and figure is its own. */
function distinctForm(i: number): string {
  const rows = [
    `第${i}号项目支出绩效目标表`,
    `项目名称\t第${i}号专项工作经费\t主管部门\t某市第${i}局`,
    `项目资金（万元）\t${100 + i}`,
    '一级指标\t二级指标\t三级指标\t指标值',
    `产出指标\t数量指标\t培训第${i}期人次\t≥${i}人次`,
    `\t质量指标\t第${i}批验收合格率\t≥${90 + (i % 10)}.${i}%`,
    `效益指标\t社会效益指标\t第${i}项服务便利度\t有所提升（${i}）`,
    `满意度指标\t服务对象满意度指标\t第${i}类对象满意度\t≥${80 + (i % 20)}.${i}%`,
  ];
  return rows.join('\n') + '\n';
}

/** The memos along the text import: each made by the module that asks, so all are there once it is loaded. */
const IMPORT_MEMOS = [
  'lexiconKey',
  'isLevelName',
  'indicatorColumnOf',
  'titleKind',
  'joined heading',
  'indicator cell profiles',
  'row placements',
  'evaluation cell profiles',
  'budget amounts',
  'budget figure fits',
  'figure patterns',
  'decOfText',
];

describe('text memos', () => {
  it('every memo of the import path is a bounded one', () => {
    const names = textMemoSizes().map((m) => m.name);
    for (const name of IMPORT_MEMOS) expect(names).toContain(name);
  });

  it('the lexicon, level, column and title memos stay within their bounds past them', () => {
    const bound = (name: string) => textMemoSizes().find((m) => m.name === name)!.bound;
    const asked: Array<[string, (i: number) => unknown]> = [
      ['lexiconKey', (i) => lexiconKey(`指标 ${i}：`)],
      // A text that needs keying (a space): a text that is its own key is answered from a fixed table, not the memo.
      ['isLevelName', (i) => isLevelName(`指标 ${i}`)],
      ['indicatorColumnOf', (i) => indicatorColumnOf(`列${i}`)],
      ['titleKind', (i) => titleKind(`第${i}号表`)],
    ];
    for (const [name, ask] of asked) {
      const most = bound(name);
      let largest = 0;
      for (let i = 0; i < most + most / 2; i++) {
        ask(i);
        largest = Math.max(largest, textMemoSizes().find((m) => m.name === name)!.size);
      }
      expect(largest, name).toBeLessThanOrEqual(most);
      // The texts were remembered (the memo is the one asked), up to the bound.
      expect(largest, name).toBeGreaterThan(most / 2);
    }
  });

  it('reading many distinct forms keeps each memo under its bound, and reads each form', () => {
    for (let i = 1; i <= 300; i++) {
      const [form] = importText(distinctForm(i));
      expect(form?.kind === 'project' ? form.indicators.length : 0).toBe(4);
    }
    for (const m of textMemoSizes()) expect(m.size, m.name).toBeLessThanOrEqual(m.bound);
    const used = textMemoSizes()
      .filter((m) => m.size > 0)
      .map((m) => m.name);
    for (const name of ['lexiconKey', 'isLevelName', 'indicator cell profiles', 'titleKind'])
      expect(used).toContain(name);
  });
});
