import { describe, expect, it } from 'vitest';
import { keyed } from './evaluation-text.ts';
import { findHeaderInText } from './evaluation-stream-table.ts';
import { scrambledLabelAt } from './scrambled-label.ts';

const SPELLINGS: Array<[string, string]> = [
  ['分值', 'weight'],
  ['得分', 'score'],
  ['指标值', 'target'],
];
const known = (key: string) => (i: number) => SPELLINGS.some(([s]) => key.startsWith(s, i));

describe('a header label the OCR scrambled', () => {
  it('reads a piece between two labels that holds every character of a spelling as that label', () => {
    const key = '三级指标考值参分指标值';
    expect(scrambledLabelAt(key, 4, SPELLINGS, known(key))).toEqual({ end: 8, value: 'weight' });
  });

  it('reads nothing where no known label follows the piece, or the piece lacks a character', () => {
    const alone = '三级指标考值参分完成情况';
    expect(scrambledLabelAt(alone, 4, SPELLINGS, known(alone))).toBeNull();
    const lacking = '三级指标考值参数指标值';
    expect(scrambledLabelAt(lacking, 4, SPELLINGS, known(lacking))).toBeNull();
  });

  it('lets a run-together header band cross the scrambled label', () => {
    // An OCR'd header as a .docx preview runs it together: 分值 came out as 考值参分.
    const header = findHeaderInText(
      keyed('一级指标二级指标三级指标考值参分指标值(八)全年实际值(B)得分未完成原因分析'),
    );
    expect(header?.columns).toEqual(expect.arrayContaining(['name', 'weight', 'target', 'actual', 'score']));
  });
});
