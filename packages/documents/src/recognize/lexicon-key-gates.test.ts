import { describe, expect, it } from 'vitest';
import { isKnownLabel } from './labels.ts';
import { columnConcept, departmentConcept, goalConcept, lexiconKey, projectConcept } from './lexicon.ts';

// Two shortcuts of the lexicon that must answer as the long way does: lexiconKey turns a text away by its first
// character before the numbering pattern, and isKnownLabel asks one map of every table's keys.
describe('lexicon shortcuts', () => {
  it('keys a numbered or 其中 label with no space or colon in it', () => {
    expect(lexiconKey('其中人员经费')).toBe('人员经费');
    expect(lexiconKey('十、项目名称')).toBe('项目名称');
    expect(lexiconKey('3.项目名称')).toBe('项目名称');
    expect(lexiconKey('二十．实施单位')).toBe('实施单位');
    // Not numbered: left as written.
    expect(lexiconKey('项目名称')).toBe('项目名称');
    expect(lexiconKey('其他')).toBe('其他');
  });

  it('knows a label of each table, a funds total by its words, and no other text', () => {
    const long = (key: string) =>
      projectConcept(key) !== null ||
      departmentConcept(key) !== null ||
      goalConcept(key) !== null ||
      columnConcept(key) !== null;
    const texts = [
      '项目名称',
      '部门名称',
      '年度绩效目标',
      '三级指标',
      '年度预算资金总额',
      '培训人次',
      '≥95%',
      '',
    ];
    for (const t of texts) expect(isKnownLabel(t), t).toBe(long(lexiconKey(t)));
    expect(texts.filter(isKnownLabel)).toEqual([
      '项目名称',
      '部门名称',
      '年度绩效目标',
      '三级指标',
      '年度预算资金总额',
    ]);
  });
});
